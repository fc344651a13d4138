import { sql, type Kysely } from 'kysely';

/**
 * The statistics read reviewers' decisions by the time they were taken and filings by their approval time: indexes
 * so that a period's figures do not scan the whole history and registry.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create index history_review_decisions on history (at)
      where entity_type = 'application' and action in ('providerApprove', 'providerReturn', 'bureauApprove', 'bureauReturn');
    create index filings_approved_at on filings (approved_at);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index history_review_decisions; drop index filings_approved_at;`.execute(db);
}
