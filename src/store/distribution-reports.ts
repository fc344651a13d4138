import { sql, type Kysely } from 'kysely';
import type { CheckRow } from '../domain/registry/check-row.js';
import type { Database } from './schema.js';

export interface NewReport {
  partyId: string;
  submittedBy: string;
  kind: 'distribution' | 'preinstall';
  periodStart: string;
  periodEnd: string;
  now: Date;
}

export async function createReport(db: Kysely<Database>, report: NewReport): Promise<string> {
  const row = await db
    .insertInto('distribution_reports')
    .values({
      party_id: report.partyId,
      submitted_by: report.submittedBy,
      kind: report.kind,
      period_start: report.periodStart,
      period_end: report.periodEnd,
      status: 'receiving',
      created_at: report.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** One judged row as a report stores it. */
export interface JudgedRow {
  result: { row: number; verdict: string; number?: string | undefined; details?: unknown };
  input: CheckRow | undefined;
}

/** Stores one judged batch in one statement, with the province of each filing judged against (bureaus' scope). */
export async function storeReportRows(db: Kysely<Database>, reportId: string, judged: readonly JudgedRow[]): Promise<void> {
  if (judged.length === 0) return;
  const rows = judged.map(({ result, input }) => ({
    row: result.row,
    platform: input?.platform ?? null,
    package_name: input?.packageName ?? null,
    app_name: input?.appName ?? null,
    subject_name: input?.subjectName ?? null,
    number: input?.number ?? null,
    verdict: result.verdict,
    filed_number: result.number ?? null,
    details: result.details ?? null,
  }));
  await sql`
    insert into distribution_report_rows (report_id, row, platform, package_name, app_name, subject_name, number, verdict, filed_number, province_code, details)
    select ${reportId}, x.row, x.platform, x.package_name, x.app_name, x.subject_name, x.number, x.verdict, x.filed_number, rf.province_code, x.details
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        as x(row integer, platform text, package_name text, app_name text, subject_name text, number text, verdict text, filed_number text, details jsonb)
      left join registry_filings rf on rf.number = x.filed_number
  `.execute(db);
}

export async function finishReport(db: Kysely<Database>, reportId: string, status: 'complete' | 'failed', rowCount: number, now: Date): Promise<void> {
  await db.updateTable('distribution_reports').set({ status, row_count: rowCount, completed_at: now }).where('id', '=', reportId).execute();
}

const reportColumns = [
  'r.id',
  'r.party_id',
  'r.kind',
  sql<string>`r.period_start::text`.as('period_start'),
  sql<string>`r.period_end::text`.as('period_end'),
  'r.status',
  'r.row_count',
  'r.created_at',
  'r.completed_at',
  'p.name as party_name',
  'p.code as party_code',
] as const;

/** A report with its verdict counts, if the party may see it (its own party's; the ministry any). */
export async function findReport(db: Kysely<Database>, reportId: string, viewer: { partyId: string | null; ministry: boolean }) {
  let query = db.selectFrom('distribution_reports as r').innerJoin('parties as p', 'p.id', 'r.party_id').select(reportColumns).where('r.id', '=', reportId);
  if (!viewer.ministry) query = query.where('r.party_id', '=', viewer.partyId ?? '');
  const report = await query.executeTakeFirst();
  if (!report) return undefined;
  return { ...report, verdicts: (await verdictCounts(db, [report.id])).get(report.id) ?? {} };
}

/** The count of rows by verdict of each report named, in one query. */
async function verdictCounts(db: Kysely<Database>, reportIds: readonly string[]): Promise<Map<string, Record<string, number>>> {
  const counts = await db
    .selectFrom('distribution_report_rows')
    .select(['report_id', 'verdict', sql<number>`count(*)::int`.as('n')])
    .where('report_id', 'in', reportIds)
    .groupBy(['report_id', 'verdict'])
    .execute();
  const byReport = new Map<string, Record<string, number>>();
  for (const c of counts) {
    const of = byReport.get(c.report_id) ?? {};
    of[c.verdict] = c.n;
    byReport.set(c.report_id, of);
  }
  return byReport;
}

/** Where a page of a party's reports ends: the last report's submission instant and id (newest first). */
export interface ReportCursor {
  createdAt: Date;
  id: string;
}

/** A party's reports, newest first, keyset-paged, each with its count of rows by verdict (one query for the page). */
export async function partyReports(
  db: Kysely<Database>,
  partyId: string,
  options: { kind?: 'distribution' | 'preinstall' | undefined; after?: ReportCursor | undefined; limit: number },
) {
  let query = db.selectFrom('distribution_reports as r').innerJoin('parties as p', 'p.id', 'r.party_id').select(reportColumns).where('r.party_id', '=', partyId);
  if (options.kind) query = query.where('r.kind', '=', options.kind);
  if (options.after) {
    const { createdAt, id } = options.after;
    query = query.where((eb) => eb.or([eb('r.created_at', '<', createdAt), eb.and([eb('r.created_at', '=', createdAt), eb('r.id', '<', id)])]));
  }
  const reports = await query.orderBy('r.created_at', 'desc').orderBy('r.id', 'desc').limit(options.limit).execute();
  if (reports.length === 0) return [];
  const verdicts = await verdictCounts(db, reports.map((r) => r.id));
  return reports.map((report) => ({ ...report, verdicts: verdicts.get(report.id) ?? {} }));
}

/** A report's rows in order, optionally of one verdict, keyset-paged by row number. */
export async function reportRows(db: Kysely<Database>, reportId: string, options: { verdict?: string | undefined; afterRow?: number | undefined; limit: number }) {
  let query = db
    .selectFrom('distribution_report_rows')
    .select(['row', 'platform', 'package_name', 'app_name', 'subject_name', 'number', 'verdict', 'filed_number', 'details'])
    .where('report_id', '=', reportId);
  if (options.verdict) query = query.where('verdict', '=', options.verdict);
  if (options.afterRow !== undefined) query = query.where('row', '>', options.afterRow);
  return query.orderBy('row').limit(options.limit).execute();
}

/**
 * Apps distributed but not filed (every verdict but `filed` and `invalid`), from each party's latest complete report
 * of each kind; a bureau sees the rows judged against its province's filings, the ministry every row.
 */
export async function unfiledDistributions(
  db: Kysely<Database>,
  options: { provinceCode: string | null; partyId?: string | undefined; after?: { reportId: string; row: number } | undefined; limit: number },
) {
  const latest = db
    .selectFrom('distribution_reports')
    .select(['id'])
    .distinctOn(['party_id', 'kind'])
    .where('status', '=', 'complete')
    .orderBy('party_id')
    .orderBy('kind')
    .orderBy('period_end', 'desc')
    .orderBy('completed_at', 'desc');
  let query = db
    .selectFrom('distribution_report_rows as x')
    .innerJoin('distribution_reports as r', 'r.id', 'x.report_id')
    .innerJoin('parties as p', 'p.id', 'r.party_id')
    .select([
      'x.report_id',
      'x.row',
      'x.platform',
      'x.package_name',
      'x.app_name',
      'x.verdict',
      'x.filed_number',
      'r.kind',
      sql<string>`r.period_start::text`.as('period_start'),
      sql<string>`r.period_end::text`.as('period_end'),
      'p.code as party_code',
      'p.name as party_name',
    ])
    .where('x.report_id', 'in', latest)
    .where('x.verdict', 'not in', ['filed', 'invalid']);
  if (options.provinceCode) query = query.where('x.province_code', '=', options.provinceCode);
  if (options.partyId) query = query.where('r.party_id', '=', options.partyId);
  if (options.after) {
    const { reportId, row } = options.after;
    query = query.where((eb) => eb.or([eb('x.report_id', '>', reportId), eb.and([eb('x.report_id', '=', reportId), eb('x.row', '>', row)])]));
  }
  return query.orderBy('x.report_id').orderBy('x.row').limit(options.limit).execute();
}

/** A party by its id or its code. */
export async function partyIdByReference(db: Kysely<Database>, reference: string): Promise<string | undefined> {
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(reference);
  const row = await db
    .selectFrom('parties')
    .select('id')
    .where(uuid ? 'id' : 'code', '=', reference)
    .executeTakeFirst();
  return row?.id;
}
