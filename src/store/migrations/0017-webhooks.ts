import { sql, type Kysely } from 'kysely';

/**
 * Webhook subscriptions of parties, and their deliveries. A subscription receives the feed's events numbered after
 * `from_position` (the feed's end when it was made) whose types it names. The fan-out step (one at a time, head in
 * webhook_fanout_head) turns each numbered event into one delivery per matching subscription and an outbox message
 * that sends it; every attempt is logged in webhook_attempts.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table webhook_subscriptions (
      id text primary key default gen_random_uuid()::text,
      party_id text not null references parties (id),
      created_by text not null references users (id),
      url text not null,
      event_types jsonb not null,
      secret text not null,
      from_position bigint not null,
      created_at timestamptz not null,
      deleted_at timestamptz
    );
    create index webhook_subscriptions_party on webhook_subscriptions (party_id) where deleted_at is null;

    create table webhook_fanout_head (
      id integer primary key check (id = 1),
      position bigint not null
    );
    insert into webhook_fanout_head (id, position) values (1, 0);

    create table webhook_deliveries (
      id text primary key,
      subscription_id text not null references webhook_subscriptions (id),
      event_position bigint not null,
      event_type text not null,
      body text not null,
      status text not null default 'pending' check (status in ('pending', 'delivered', 'failed')),
      attempts integer not null default 0,
      last_status_code integer,
      last_error text,
      last_attempt_at timestamptz,
      delivered_at timestamptz,
      created_at timestamptz not null,
      unique (subscription_id, event_position)
    );
    create index webhook_deliveries_log on webhook_deliveries (subscription_id, created_at desc, id desc);

    create table webhook_attempts (
      id bigint generated always as identity primary key,
      delivery_id text not null references webhook_deliveries (id),
      at timestamptz not null,
      status_code integer,
      error text,
      duration_ms integer not null,
      replay boolean not null
    );
    create index webhook_attempts_delivery on webhook_attempts (delivery_id, id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table webhook_attempts;
    drop table webhook_deliveries;
    drop table webhook_fanout_head;
    drop table webhook_subscriptions;
  `.execute(db);
}
