import { sql, type Kysely } from 'kysely';

/**
 * API keys carry scopes and quotas (requests per minute, rows per day). Keys made before scopes existed keep what
 * any anonymous caller may do (lookups), now with their own quota. Rows used per caller per day (Asia/Shanghai)
 * are counted in the database so a quota holds across every server process.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table api_keys add column scopes jsonb not null default '["lookup"]';
    alter table api_keys add column requests_per_minute integer not null default 600 check (requests_per_minute > 0);
    alter table api_keys add column rows_per_day integer not null default 100000 check (rows_per_day >= 0);
    create index api_keys_user on api_keys (user_id);

    create table row_quota_usage (
      principal text not null,
      day date not null,
      rows bigint not null,
      last_grant bigint not null,
      primary key (principal, day)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table row_quota_usage;
    drop index api_keys_user;
    alter table api_keys drop column rows_per_day;
    alter table api_keys drop column requests_per_minute;
    alter table api_keys drop column scopes;
  `.execute(db);
}
