import { sql, type Kysely } from 'kysely';

/**
 * What a signed-in account's package uploads (POST /api/v1/app-info) read: the signing facts reviewers compare with an
 * application's declared feature info. The package itself is not kept.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table package_reads (
      id text primary key default gen_random_uuid()::text,
      user_id text not null,
      platform text not null,
      package_name text not null,
      app_name text,
      version_name text,
      public_key text,
      signature_md5 text,
      read_at timestamptz not null
    );
    create index package_reads_user_package on package_reads (user_id, package_name, read_at desc);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table package_reads`.execute(db);
}
