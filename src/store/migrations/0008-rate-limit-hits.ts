import { sql, type Kysely } from 'kysely';

/**
 * Request counters shared by every server process on one PostgreSQL database: one row per (limit, client) key,
 * counting hits in the current window. Unlogged: counters need not survive a crash.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create unlogged table rate_limit_hits (
      key text primary key,
      hits integer not null,
      window_ends_at timestamptz not null
    );
    create index rate_limit_hits_window on rate_limit_hits (window_ends_at);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table rate_limit_hits`.execute(db);
}
