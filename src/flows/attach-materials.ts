import type { Transaction } from 'kysely';
import { BeianError } from '../domain/errors/beian-error.js';
import type { DraftApplicationBody } from '../domain/form/draft-application-body.js';
import { materialReferences } from '../domain/form/material-references.js';
import { materialAttached, materialUsableBy, recordApplicationMaterials } from '../store/material-access.js';
import type { Database } from '../store/schema.js';
import type { Actor } from './actor.js';

/**
 * Checks every material the body names and records them for the application. A material may be named by its
 * uploader's party (an applicant: its own account), by whoever acts for the subject's owner's uploads, or kept when
 * it was already recorded for this application. Anything else, absent or foreign alike, is MATERIAL_NOT_AVAILABLE
 * at the field that names it.
 */
export async function attachMaterials(
  trx: Transaction<Database>,
  actor: Actor,
  application: { id: string; subjectId: string },
  body: DraftApplicationBody,
): Promise<void> {
  const user = { userId: actor.userId, partyId: actor.role === 'provider' ? actor.partyId : null, subjectId: application.subjectId };
  const checked = new Map<string, boolean>();
  for (const ref of materialReferences(body)) {
    let usable = checked.get(ref.materialId);
    if (usable === undefined) {
      usable = (await materialAttached(trx, application.id, ref.materialId)) || (await materialUsableBy(trx, ref.materialId, user));
      checked.set(ref.materialId, usable);
    }
    if (!usable) throw new BeianError('MATERIAL_NOT_AVAILABLE', { path: ref.path });
  }
  await recordApplicationMaterials(trx, application.id, checked.keys());
}
