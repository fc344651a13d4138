import type { Kysely } from 'kysely';
import { publicFilingQuery, type PublicFilingRow } from './public-filings.js';
import type { Database } from './schema.js';

/** The active service filings of the subject that holds filing `id` (itself excluded), in number order. */
export async function otherServicesOfSubject(db: Kysely<Database>, id: string, limit = 100): Promise<PublicFilingRow[]> {
  return publicFilingQuery(db)
    .where('filings.kind', '=', 'service')
    .where('filings.status', '=', 'active')
    .where('filings.id', '!=', id)
    .where('filings.subject_id', '=', (eb) => eb.selectFrom('filings as own').select('own.subject_id').where('own.id', '=', id))
    .orderBy('filings.number')
    .limit(limit)
    .execute();
}
