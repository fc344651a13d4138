import { sql, type Kysely } from 'kysely';

/**
 * Distribution reports (§二(八)): what an app store, platform or terminal maker distributes or preinstalls in a
 * period, every row checked against the registry when it arrived.
 *
 * - `distribution_reports`: one per submission; `status` is `receiving` while rows stream in, then `complete`
 *   (or `failed` when the input could not be read to the end). Readers other than the reporter see complete ones.
 * - `distribution_report_rows`: each row as reported (platform, package, names, number), its verdict and the filing
 *   it was judged against; `province_code` is that filing's province (null when the package is not filed), which
 *   scopes what a bureau sees.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table distribution_reports (
      id text primary key default gen_random_uuid()::text,
      party_id text not null references parties (id),
      submitted_by text not null references users (id),
      kind text not null check (kind in ('distribution', 'preinstall')),
      period_start date not null,
      period_end date not null,
      status text not null check (status in ('receiving', 'complete', 'failed')),
      row_count integer not null default 0,
      created_at timestamptz not null,
      completed_at timestamptz
    );
    create index distribution_reports_party on distribution_reports (party_id, period_end desc);

    create table distribution_report_rows (
      report_id text not null references distribution_reports (id) on delete cascade,
      row integer not null,
      platform text,
      package_name text,
      app_name text,
      subject_name text,
      number text,
      verdict text not null,
      filed_number text,
      province_code text,
      details jsonb,
      primary key (report_id, row)
    );
    create index distribution_report_rows_unfiled on distribution_report_rows (report_id, row) where verdict not in ('filed', 'invalid');
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table distribution_report_rows; drop table distribution_reports;`.execute(db);
}
