import { sql } from 'kysely';
import type { OpenDatabase } from './open-database.js';

/** Lock keys (pg_advisory_lock's bigint space), one per purpose. */
export const lockKeys = {
  /** Start-up work done once per database: the demo seed. */
  startup: 0x6265_6961_6e01n,
} as const;

/**
 * Runs `work` while holding a session-level advisory lock on PostgreSQL, so that server processes starting together
 * on one database take turns. PGlite is one process with one connection: the work simply runs.
 */
export async function withAdvisoryLock<T>(store: Pick<OpenDatabase, 'db' | 'kind'>, key: bigint, work: () => Promise<T>): Promise<T> {
  if (store.kind !== 'postgres') return work();
  return store.db.connection().execute(async (connection) => {
    await sql`select pg_advisory_lock(${key.toString()}::bigint)`.execute(connection);
    try {
      return await work();
    } finally {
      await sql`select pg_advisory_unlock(${key.toString()}::bigint)`.execute(connection);
    }
  });
}
