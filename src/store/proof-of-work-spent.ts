import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/**
 * Marks a proof-of-work challenge as used; false when it already was (a replay). Atomic across processes. Spent
 * challenges that expired before `now` are forgotten on the way: an expired challenge is refused anyway.
 */
export async function spendProofOfWork(db: Kysely<Database>, id: string, expiresAt: Date, now: Date): Promise<boolean> {
  await db.deleteFrom('proof_of_work_spent').where('expires_at', '<', now).execute();
  const inserted = await db
    .insertInto('proof_of_work_spent')
    .values({ id, expires_at: expiresAt })
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}
