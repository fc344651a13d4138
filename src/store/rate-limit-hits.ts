import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

/**
 * Counts one hit for `key` in its current window, opening a new window of `windowMs` when the last one has ended;
 * atomic across processes (one upsert). Times come from the database server's clock, which every process shares.
 */
export async function countHit(db: Kysely<Database>, key: string, windowMs: number): Promise<{ hits: number; ttlMs: number }> {
  const hashed = createHash('sha256').update(key).digest('hex');
  const { rows } = await sql<{ hits: number; ttl_ms: number }>`
    insert into rate_limit_hits as r (key, hits, window_ends_at)
    values (${hashed}, 1, clock_timestamp() + make_interval(secs => ${windowMs / 1000}))
    on conflict (key) do update set
      hits = case when r.window_ends_at <= clock_timestamp() then 1 else r.hits + 1 end,
      window_ends_at = case when r.window_ends_at <= clock_timestamp() then excluded.window_ends_at else r.window_ends_at end
    returning hits, greatest(0, ceil(extract(epoch from (window_ends_at - clock_timestamp())) * 1000))::integer as ttl_ms
  `.execute(db);
  const row = rows[0]!;
  return { hits: row.hits, ttlMs: row.ttl_ms };
}

/** Forgets counters whose window ended; returns how many. */
export async function removeEndedHitWindows(db: Kysely<Database>): Promise<number> {
  const result = await sql`delete from rate_limit_hits where window_ends_at < clock_timestamp()`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/**
 * Adds several counters' hits at once (each `hits` to its `key`, already hashed), with the same window rule as
 * countHit; returns each counter's total in its current window and the time left. Keys are locked in sorted order so
 * two processes adding at once cannot deadlock.
 */
export async function addHits(
  db: Kysely<Database>,
  deltas: ReadonlyArray<{ key: string; hits: number }>,
  windowMs: number,
): Promise<Map<string, { hits: number; ttlMs: number }>> {
  const result = new Map<string, { hits: number; ttlMs: number }>();
  if (deltas.length === 0) return result;
  const sorted = [...deltas].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((d) => ({ k: d.key, h: d.hits }));
  const { rows } = await sql<{ key: string; hits: number; ttl_ms: number }>`
    insert into rate_limit_hits as r (key, hits, window_ends_at)
    select x.k, x.h, clock_timestamp() + make_interval(secs => ${windowMs / 1000})
      from jsonb_to_recordset(${JSON.stringify(sorted)}::jsonb) as x(k text, h integer)
     order by x.k
    on conflict (key) do update set
      hits = case when r.window_ends_at <= clock_timestamp() then excluded.hits else r.hits + excluded.hits end,
      window_ends_at = case when r.window_ends_at <= clock_timestamp() then excluded.window_ends_at else r.window_ends_at end
    returning key, hits, greatest(0, ceil(extract(epoch from (window_ends_at - clock_timestamp())) * 1000))::integer as ttl_ms
  `.execute(db);
  for (const row of rows) result.set(row.key, { hits: row.hits, ttlMs: row.ttl_ms });
  return result;
}
