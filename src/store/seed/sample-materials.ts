import { createHash } from 'node:crypto';
import type { MaterialKindCode } from '../../domain/codes/material-kinds.js';

/** The material kinds a sample filing lists: what every kind of sample application needs, anywhere. */
const subjectKinds = ['subject_certificate', 'main_person_certificate', 'commitment_letter'] as const satisfies readonly MaterialKindCode[];
const serviceKinds = ['service_person_certificate', 'verification_sheet', 'commitment_letter', 'service_commitment_letter'] as const satisfies readonly MaterialKindCode[];

/** A one-page PDF (A4, two lines of text) standing in for a scanned document of this kind (demo data and tests). */
function samplePdf(kind: string): Buffer {
  const text = `BT /F1 28 Tf 72 740 Td (Beian sample material) Tj 0 -40 Td /F1 20 Tf (${kind}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

export interface SampleMaterial {
  kind: MaterialKindCode;
  id: string;
  content: Buffer;
}

/** One sample file per kind used by sample filings; each account that files samples uploads them first. */
export const sampleMaterials: readonly SampleMaterial[] = [...new Set<MaterialKindCode>([...subjectKinds, ...serviceKinds])].map((kind) => {
  const content = samplePdf(kind);
  return { kind, id: createHash('sha256').update(content).digest('hex'), content };
});

const idOf = (kind: MaterialKindCode) => sampleMaterials.find((m) => m.kind === kind)!.id;

/** The subject's materials of a sample first filing. */
export function sampleSubjectMaterials(): Array<{ kind: string; materialId: string }> {
  return subjectKinds.map((kind) => ({ kind, materialId: idOf(kind) }));
}

/** The materials of a sample service: enough for a first filing, an added service or a change, in any province. */
export function sampleServiceMaterials(): Array<{ kind: string; materialId: string }> {
  return serviceKinds.map((kind) => ({ kind, materialId: idOf(kind) }));
}
