import qrcode from 'qrcode-generator';
import { html, type SafeHtml } from './html.js';

/**
 * A QR code of `text` as inline SVG (one path of dark modules, a quiet zone of four modules), for pages that must
 * read without JavaScript. Error correction M survives a smudged print.
 */
export function qrCodeSvg(text: string, options: { size: number; label: string }): SafeHtml {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const count = qr.getModuleCount();
  const quiet = 4;
  const side = count + quiet * 2;
  let path = '';
  for (let row = 0; row < count; row += 1) {
    for (let col = 0; col < count; col += 1) if (qr.isDark(row, col)) path += `M${col + quiet} ${row + quiet}h1v1h-1z`;
  }
  return html`<svg class="qr" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" width="${options.size}" height="${options.size}" role="img" aria-label="${options.label}" shape-rendering="crispEdges"><rect width="${side}" height="${side}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`;
}
