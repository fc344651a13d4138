import type { Actor } from '../flows/actor.js';
import type { FlowDeps } from '../flows/flow-deps.js';
import { uploadMaterial } from '../flows/upload-material.js';
import { sampleMaterials } from '../store/seed/sample-materials.js';

/** Uploads the sample materials as this account, so its sample filings may reference them (demo data and tests). */
export async function uploadSampleMaterials(deps: FlowDeps, actor: Actor): Promise<void> {
  for (const material of sampleMaterials) await uploadMaterial(deps, actor, { content: material.content, mediaType: 'application/pdf' });
}
