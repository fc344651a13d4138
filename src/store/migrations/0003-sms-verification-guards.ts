import { sql, type Kysely } from 'kysely';

/**
 * Guards on SMS verification that must hold across server processes: attempt counters per phone and per client
 * address, spent proof-of-work challenges, and the server secret that signs those challenges. Pending codes are found by
 * phone, since a person holding only the SMS knows no application id.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table verification_throttles (
      key text primary key,
      window_started_at timestamptz not null,
      attempts integer not null
    );

    create table proof_of_work_spent (
      id text primary key,
      expires_at timestamptz not null
    );
    create index proof_of_work_spent_expiry on proof_of_work_spent (expires_at);

    create table server_secrets (
      name text primary key,
      value text not null,
      created_at timestamptz not null default now()
    );

    create index sms_challenges_pending_phone on sms_challenges (phone) where verified_at is null;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop index sms_challenges_pending_phone;
    drop table server_secrets;
    drop table proof_of_work_spent;
    drop table verification_throttles;
  `.execute(db);
}
