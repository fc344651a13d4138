import type { Kysely } from 'kysely';
import { visibleApplications, type ApplicationViewer } from './application-queries.js';
import type { Database } from './schema.js';

/** Who references a material: the writing account, its party, and the subject the application is for (if filed). */
export interface MaterialUser {
  userId: string | null;
  partyId: string | null;
  /** The subject whose owner's uploads may be referenced too. */
  subjectId?: string | null;
}

/**
 * True when the material exists and `user` may reference it: it was uploaded by that account, by a member of its
 * party, or by the owner of the subject the application is for.
 */
export async function materialUsableBy(db: Kysely<Database>, materialId: string, user: MaterialUser): Promise<boolean> {
  const row = await db
    .selectFrom('material_uploads')
    .select('material_id')
    .where('material_id', '=', materialId)
    .where((eb) =>
      eb.or([
        eb('user_id', '=', user.userId ?? ''),
        ...(user.partyId ? [eb('party_id', '=', user.partyId)] : []),
        ...(user.subjectId
          ? [eb('user_id', 'in', eb.selectFrom('subjects').select('owner_user_id').where('id', '=', user.subjectId).where('owner_user_id', 'is not', null).$narrowType<{ owner_user_id: string }>())]
          : []),
      ]),
    )
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** True when the material is among those recorded for the application. */
export async function materialAttached(db: Kysely<Database>, applicationId: string, materialId: string): Promise<boolean> {
  const row = await db
    .selectFrom('application_materials')
    .select('material_id')
    .where('application_id', '=', applicationId)
    .where('material_id', '=', materialId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Records the materials an application references, replacing what was recorded before. */
export async function recordApplicationMaterials(db: Kysely<Database>, applicationId: string, materialIds: Iterable<string>): Promise<void> {
  await db.deleteFrom('application_materials').where('application_id', '=', applicationId).execute();
  const rows = [...new Set(materialIds)].map((material_id) => ({ application_id: applicationId, material_id }));
  if (rows.length > 0) await db.insertInto('application_materials').values(rows).execute();
}

/**
 * True when the viewer may download the material: its uploader's party (or the uploading account), or anyone who
 * may see an application that references it legitimately (recorded in application_materials).
 */
export async function materialVisibleTo(db: Kysely<Database>, materialId: string, viewer: ApplicationViewer): Promise<boolean> {
  if (viewer.userId && (await materialUsableBy(db, materialId, { userId: viewer.userId, partyId: viewer.role === 'provider' ? viewer.partyId : null }))) {
    return true;
  }
  const row = await visibleApplications(db, viewer)
    .where('id', 'in', db.selectFrom('application_materials').select('application_id').where('material_id', '=', materialId))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
