import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

export function publicFilingQuery(db: Kysely<Database>) {
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

/** A filing with the subject and service facts the public may see. */
export type PublicFilingRow = Awaited<ReturnType<ReturnType<typeof publicFilingQuery>['executeTakeFirstOrThrow']>>;

function registryPublicRows(db: Kysely<Database>) {
  return db
    .selectFrom('registry_filings')
    .select([
      'filing_id as id',
      'number',
      'status',
      'kind',
      'subject_name',
      'subject_nature as nature',
      'service_name',
      'service_type',
      'province_code',
      'approved_at',
      'shell',
      'access_limited',
    ]);
}

/**
 * One filing by its exact number (subject or service), whatever its status: one row of the registry read model by its
 * unique index (the registry of record would take a join of three tables per lookup).
 */
export async function findFilingByNumber(db: Kysely<Database>, number: string): Promise<PublicFilingRow | undefined> {
  return registryPublicRows(db).where('number', '=', number).executeTakeFirst();
}

/** The filings with these exact numbers (normalised ones: no commas), by number; one statement for all. */
export async function findFilingsByNumbers(db: Kysely<Database>, numbers: readonly string[]): Promise<Map<string, PublicFilingRow>> {
  const found = new Map<string, PublicFilingRow>();
  if (numbers.length === 0) return found;
  const rows = await registryPublicRows(db)
    .where('number', '=', sql<string>`any(string_to_array(${numbers.join(',')}, ','))`)
    .execute();
  for (const row of rows) found.set(row.number, row);
  return found;
}

export interface FilingCursor {
  approvedAt: Date;
  id: string;
}

/** Active filings, newest approval first, keyset-paged. */
export async function latestFilings(
  db: Kysely<Database>,
  options: { limit: number; after?: FilingCursor; kind?: 'subject' | 'service' },
): Promise<PublicFilingRow[]> {
  let query = publicFilingQuery(db).where('filings.status', '=', 'active');
  if (options.kind) query = query.where('filings.kind', '=', options.kind);
  if (options.after) {
    const { approvedAt, id } = options.after;
    query = query.where((eb) => eb.or([eb('filings.approved_at', '<', approvedAt), eb.and([eb('filings.approved_at', '=', approvedAt), eb('filings.id', '<', id)])]));
  }
  return query.orderBy('filings.approved_at', 'desc').orderBy('filings.id', 'desc').limit(options.limit).execute();
}
