import { createHash } from 'node:crypto';
import type { MaterialKindCode } from '../../domain/codes/material-kinds.js';

/** The material kinds a sample filing lists: what every kind of sample application needs, anywhere. */
const subjectKinds = ['subject_certificate', 'main_person_certificate', 'commitment_letter'] as const satisfies readonly MaterialKindCode[];
const serviceKinds = ['service_person_certificate', 'verification_sheet', 'commitment_letter', 'service_commitment_letter'] as const satisfies readonly MaterialKindCode[];

/** A minimal PDF standing in for a scanned document of this kind (demo data and tests). */
function samplePdf(kind: string): Buffer {
  return Buffer.from(`%PDF-1.4\n% Beian sample material: ${kind}\n%%EOF\n`, 'latin1');
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
