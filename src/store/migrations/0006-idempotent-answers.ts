import { sql, type Kysely } from 'kysely';

/** An idempotency key keeps the answer the caller got the first time (status in status_code), to give it again on a retry. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table idempotency_keys add column answer jsonb`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table idempotency_keys drop column answer`.execute(db);
}
