import { createHash } from 'node:crypto';
import { BeianError } from '../domain/errors/beian-error.js';
import type { Actor } from './actor.js';
import type { FlowDeps } from './flow-deps.js';
import { runFlow } from './run-flow.js';

export const materialMediaTypes = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export type MaterialMediaType = (typeof materialMediaTypes)[number];

/** The first bytes each accepted type must start with, so a mislabelled or malformed file is refused at the door. */
const signatures: Record<MaterialMediaType, number[]> = {
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d],
};

/**
 * Stores a certificate scan, photo, commitment letter or approval document content-addressed (its id is the SHA-256
 * of its bytes): uploading the same file twice stores it once, and each uploading account is recorded (a material
 * may be referenced only by its uploaders' parties).
 */
export async function uploadMaterial(deps: FlowDeps, actor: Actor, input: { content: Buffer; mediaType: string }): Promise<{ id: string; size: number; mediaType: MaterialMediaType }> {
  const mediaType = input.mediaType as MaterialMediaType;
  if (!materialMediaTypes.includes(mediaType)) throw new BeianError('VALIDATION_FAILED', { path: 'headers.content-type', message: 'materials are JPEG, PNG or PDF' });
  if (input.content.length === 0) throw new BeianError('VALIDATION_FAILED', { path: 'body', message: 'the file is empty' });
  if (!signatures[mediaType].every((byte, i) => input.content[i] === byte)) {
    throw new BeianError('VALIDATION_FAILED', { path: 'body', message: `the file is not a ${mediaType} file` });
  }
  const id = createHash('sha256').update(input.content).digest('hex');
  return runFlow(deps, actor, {}, async ({ trx, now }) => {
    await trx
      .insertInto('materials')
      .values({ id, content: input.content, media_type: mediaType, size_bytes: input.content.length, created_by: actor.userId, created_at: now })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    if (actor.userId) {
      await trx
        .insertInto('material_uploads')
        .values({ material_id: id, user_id: actor.userId, party_id: actor.role === 'provider' ? actor.partyId : null, uploaded_at: now })
        .onConflict((oc) => oc.columns(['material_id', 'user_id']).doNothing())
        .execute();
    }
    return { id, size: input.content.length, mediaType };
  });
}
