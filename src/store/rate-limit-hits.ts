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
