import { FilePdfOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Skeleton } from 'antd';
import './pdf-thumbnail.css';

/**
 * The first page of a PDF drawn as an image by pdf.js (loaded only when a PDF is shown). Unlike a frame with the
 * browser's PDF viewer, the picture never takes the keyboard focus from the field being typed in, and a page with ten
 * materials does not start ten viewers. A file pdf.js cannot read shows as a PDF icon.
 */
export function PdfThumbnail({ data, fileKey, label, width = 180 }: { data: Blob; fileKey: string; label: string; width?: number }) {
  // Drawn once per file and width: shown again (a re-render, another page) it appears at once.
  const picture = useQuery({ queryKey: ['pdf-thumbnail', fileKey, width], staleTime: Infinity, gcTime: 10 * 60_000, retry: false, queryFn: () => renderFirstPage(data, width) });
  if (picture.isPending) return <Skeleton.Image active />;
  if (picture.isError) {
    return (
      <span className="pdf-thumbnail-unreadable" role="img" aria-label={label} data-testid="material-preview" data-preview="pdf-icon">
        <FilePdfOutlined style={{ fontSize: 48 }} />
      </span>
    );
  }
  return <img className="pdf-thumbnail" src={picture.data} alt={label} style={{ width }} data-testid="material-preview" data-preview="pdf" />;
}

async function renderFirstPage(data: Blob, width: number): Promise<string> {
  const pdfjs = await import('pdfjs-dist');
  if (!pdfjs.GlobalWorkerOptions.workerSrc) {
    pdfjs.GlobalWorkerOptions.workerSrc = (await import('pdfjs-dist/build/pdf.worker.min.mjs?url')).default;
  }
  // No eval (the pages' content security policy forbids it) and no fetches of fonts or maps from elsewhere.
  const document = await pdfjs.getDocument({ data: new Uint8Array(await data.arrayBuffer()), isEvalSupported: false, disableFontFace: false, useSystemFonts: true }).promise;
  try {
    const page = await document.getPage(1);
    const unscaled = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: (width * (globalThis.devicePixelRatio || 1)) / unscaled.width });
    const canvas = globalThis.document.createElement('canvas');
    canvas.width = Math.ceil(viewport.width);
    canvas.height = Math.ceil(viewport.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    await page.render({ canvasContext: context, viewport }).promise;
    return canvas.toDataURL('image/png');
  } finally {
    void document.destroy();
  }
}
