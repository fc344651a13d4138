import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface RowGrant {
  /** Rows granted now (at most those asked for). */
  granted: number;
  /** Rows used today after this grant. */
  used: number;
  /** Seconds until the day ends in Asia/Shanghai and the quota starts afresh. */
  secondsToReset: number;
}

/**
 * Takes up to `rows` from a caller's daily quota of `limit`, atomically across processes: one upsert, which locks
 * the day's counter row, so concurrent takes never grant more than the limit between them. The day is the
 * calendar day in Asia/Shanghai on the database's clock.
 */
export async function takeRowQuota(db: Kysely<Database>, principal: string, rows: number, limit: number): Promise<RowGrant> {
  const { rows: result } = await sql<{ rows: string | number; last_grant: string | number; seconds_to_reset: number }>`
    insert into row_quota_usage as u (principal, day, rows, last_grant)
    select ${principal}, today.day, least(${rows}::bigint, ${limit}::bigint), least(${rows}::bigint, ${limit}::bigint)
    from (select (clock_timestamp() at time zone 'Asia/Shanghai')::date as day) today
    on conflict (principal, day) do update set
      rows = u.rows + greatest(0, least(${rows}::bigint, ${limit}::bigint - u.rows)),
      last_grant = greatest(0, least(${rows}::bigint, ${limit}::bigint - u.rows))
    returning u.rows, u.last_grant,
      greatest(1, ceil(extract(epoch from (((u.day + 1)::timestamp at time zone 'Asia/Shanghai') - clock_timestamp()))))::integer as seconds_to_reset
  `.execute(db);
  const row = result[0]!;
  return { granted: Number(row.last_grant), used: Number(row.rows), secondsToReset: row.seconds_to_reset };
}

/** Rows each of these callers used today (Asia/Shanghai); callers without any are absent. */
export async function rowsUsedToday(db: Kysely<Database>, principals: readonly string[]): Promise<Map<string, number>> {
  if (principals.length === 0) return new Map();
  const rows = await db
    .selectFrom('row_quota_usage')
    .select(['principal', 'rows'])
    .where('principal', 'in', principals)
    .where('day', '=', sql<string>`(clock_timestamp() at time zone 'Asia/Shanghai')::date`)
    .execute();
  return new Map(rows.map((r) => [r.principal, Number(r.rows)]));
}
