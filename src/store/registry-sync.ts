import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

/**
 * Rebuilds the registry read model rows of these subjects' filings (names, packages, domains, statuses) from the
 * registry of record. Call it inside the transaction of every flow that files, changes or cancels; status flags
 * changed on `filings` alone are followed by a trigger as well.
 */
export async function refreshRegistry(db: Kysely<Database>, subjectIds: readonly string[]): Promise<void> {
  if (subjectIds.length === 0) return;
  await sql`select registry_refresh_subjects(string_to_array(${subjectIds.join(',')}, ','))`.execute(db);
}
