import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface ThrottleCount {
  /** Attempts in the current window, this one included. */
  attempts: number;
  /** When the current window ends and the count starts again. */
  windowEndsAt: Date;
}

/**
 * Counts one attempt under `key` in a fixed window of `windowSeconds`, atomically (one upsert), so that every server
 * process sharing the database shares the count. A window that has run out starts again at this attempt.
 */
export async function countAttempt(db: Kysely<Database>, key: string, now: Date, windowSeconds: number): Promise<ThrottleCount> {
  const windowStart = new Date(now.getTime() - windowSeconds * 1000);
  const stale = sql<boolean>`verification_throttles.window_started_at <= ${windowStart}::timestamptz`;
  const row = await db
    .insertInto('verification_throttles')
    .values({ key, window_started_at: now, attempts: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        attempts: sql<number>`case when ${stale} then 1 else verification_throttles.attempts + 1 end`,
        window_started_at: sql<Date>`case when ${stale} then ${now}::timestamptz else verification_throttles.window_started_at end`,
      }),
    )
    .returning(['attempts', 'window_started_at'])
    .executeTakeFirstOrThrow();
  return { attempts: row.attempts, windowEndsAt: new Date(row.window_started_at.getTime() + windowSeconds * 1000) };
}

/**
 * Forgets windows that ended before `before` (the counters are worthless once their window is over). Pruned on every
 * entry, the table holds only the last hour's keys, so the unindexed scan stays small.
 */
export async function pruneThrottles(db: Kysely<Database>, before: Date): Promise<void> {
  await db.deleteFrom('verification_throttles').where('window_started_at', '<', before).execute();
}
