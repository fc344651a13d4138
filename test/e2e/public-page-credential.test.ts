import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalJWKSet, jwtVerify } from 'jose';
import jsQRModule from 'jsqr';
import type { QRCode } from 'jsqr';
import { createHttpHarness, type HttpHarness } from '../support/http-harness.js';
import { fileSample, type FiledSample } from '../support/lifecycle.js';

// jsqr is CommonJS: under Node's ESM loader its default import is the function itself.
const jsQR = jsQRModule as unknown as (data: Uint8ClampedArray, width: number, height: number) => QRCode | null;

/** Rasterises the page's QR SVG (dark unit squares on a white field) and reads it with an independent decoder. */
function decodeQrSvg(svg: string): string | null {
  const side = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)![1]);
  const path = /<path d="([^"]+)"/.exec(svg)![1]!;
  const scale = 6;
  const width = side * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, x, y] of path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    for (let dy = 0; dy < scale; dy += 1) {
      for (let dx = 0; dx < scale; dx += 1) {
        const at = ((Number(y) * scale + dy) * width + Number(x) * scale + dx) * 4;
        pixels[at] = pixels[at + 1] = pixels[at + 2] = 0;
      }
    }
  }
  return jsQR(pixels, width, width)?.data ?? null;
}

describe('the public filing page offers the credential and a QR code of its address', () => {
  const dir = mkdtempSync(join(tmpdir(), 'beian-page-credential-'));
  let h: HttpHarness;
  let filed: FiledSample;
  before(async () => {
    h = await createHttpHarness({ publicUrl: 'https://beian.example.cn/', credentials: { signingKeyFile: join(dir, 'keys.json'), validDays: 7 } });
    filed = await fileSample(h, 1);
  });
  after(async () => {
    await h?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const pageHtml = async (query = '') => (await fetch(`${h.baseUrl}/filings/${encodeURIComponent(filed.serviceNumber)}${query}`)).text();

  it('links the signed credential, which verifies against the published keys', async () => {
    const html = await pageHtml();
    const href = /<a href="([^"]+\/credential)" download="([^"]+)"/.exec(html);
    assert.ok(href, 'a download link to the credential');
    assert.equal(href[2], `${filed.serviceNumber}.jwt`);
    assert.ok(html.includes('href="/.well-known/jwks.json"'));
    const token = await (await fetch(`${h.baseUrl}${href[1]}`)).text();
    const jwks = await (await fetch(`${h.baseUrl}/.well-known/jwks.json`)).json();
    const { payload } = await jwtVerify(token, createLocalJWKSet(jwks as never), { currentDate: h.clock.now });
    assert.equal(payload.sub, filed.serviceNumber);
  });

  it('draws a QR code that reads back as the page’s public address, in both languages, without script', async () => {
    for (const [query, label] of [['', '本页地址的二维码'], ['?lang=en', "QR code of this page&#39;s address"]] as const) {
      const html = await pageHtml(query);
      const svg = /<svg class="qr"[\s\S]*?<\/svg>/.exec(html)?.[0];
      assert.ok(svg, 'an inline SVG QR code');
      assert.ok(svg.includes(`aria-label="${label}"`));
      assert.equal(decodeQrSvg(svg), `https://beian.example.cn/filings/${encodeURIComponent(filed.serviceNumber)}`);
      assert.ok(!/<script/i.test(html));
    }
  });
});
