import type { Kysely } from 'kysely';
import type { PublicFilingRow } from '../http/presenters/public-filing.js';
import type { Database } from './schema.js';

function baseQuery(db: Kysely<Database>) {
  return db
    .selectFrom('filings')
    .innerJoin('subjects', 'subjects.id', 'filings.subject_id')
    .leftJoin('services', 'services.id', 'filings.service_id')
    .select([
      'filings.id',
      'filings.number',
      'filings.status',
      'filings.kind',
      'subjects.name as subject_name',
      'subjects.nature',
      'services.name as service_name',
      'filings.service_type',
      'filings.province_code',
      'filings.approved_at',
      'filings.shell',
      'filings.access_limited',
    ]);
}

function toRow(row: Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>): PublicFilingRow & { id: string } {
  return { ...row, subject_number: null };
}

/** One filing by its exact number (subject or service), whatever its status. */
export async function findFilingByNumber(db: Kysely<Database>, number: string): Promise<(PublicFilingRow & { id: string }) | undefined> {
  const row = await baseQuery(db).where('filings.number', '=', number).executeTakeFirst();
  return row && toRow(row);
}

export interface FilingCursor {
  approvedAt: Date;
  id: string;
}

/** Active filings, newest approval first, keyset-paged. */
export async function latestFilings(
  db: Kysely<Database>,
  options: { limit: number; after?: FilingCursor; kind?: 'subject' | 'service' },
): Promise<Array<PublicFilingRow & { id: string }>> {
  let query = baseQuery(db).where('filings.status', '=', 'active');
  if (options.kind) query = query.where('filings.kind', '=', options.kind);
  if (options.after) {
    const { approvedAt, id } = options.after;
    query = query.where((eb) => eb.or([eb('filings.approved_at', '<', approvedAt), eb.and([eb('filings.approved_at', '=', approvedAt), eb('filings.id', '<', id)])]));
  }
  const rows = await query.orderBy('filings.approved_at', 'desc').orderBy('filings.id', 'desc').limit(options.limit).execute();
  return rows.map(toRow);
}
