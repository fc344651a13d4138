import { z } from 'zod';
import { checkVerdicts } from '../../domain/registry/check-verdict.js';
import type { findReport, reportRows } from '../../store/distribution-reports.js';

export const reportSchema = z.object({
  id: z.string(),
  party: z.object({ code: z.string().nullable(), name: z.string() }),
  kind: z.enum(['distribution', 'preinstall']),
  periodStart: z.string(),
  periodEnd: z.string(),
  status: z.enum(['receiving', 'complete', 'failed']),
  rows: z.number().int(),
  verdicts: z.record(z.string(), z.number().int()),
  submittedAt: z.string(),
});

export const reportRowSchema = z.object({
  row: z.number().int(),
  platform: z.string().nullable(),
  packageName: z.string().nullable(),
  appName: z.string().nullable(),
  subjectName: z.string().nullable(),
  number: z.string().nullable(),
  verdict: z.enum(checkVerdicts),
  filedNumber: z.string().nullable(),
  details: z.unknown().optional(),
});

/** A row not filed as it should be, of a party's latest complete report (what bureaus and the ministry list). */
export const unfiledItemSchema = reportSchema
  .pick({ party: true, kind: true, periodStart: true, periodEnd: true })
  .extend({ reportId: z.string() })
  .extend(reportRowSchema.pick({ row: true, platform: true, packageName: true, appName: true, verdict: true, filedNumber: true }).shape);

type StoredReport = NonNullable<Awaited<ReturnType<typeof findReport>>>;
type StoredRow = Awaited<ReturnType<typeof reportRows>>[number];

export function presentReport(report: StoredReport): z.infer<typeof reportSchema> {
  return {
    id: report.id,
    party: { code: report.party_code, name: report.party_name },
    kind: report.kind,
    periodStart: report.period_start,
    periodEnd: report.period_end,
    status: report.status,
    rows: report.row_count,
    verdicts: report.verdicts,
    submittedAt: new Date(report.created_at).toISOString(),
  };
}

export function presentReportRow(row: StoredRow): z.infer<typeof reportRowSchema> {
  return {
    row: row.row,
    platform: row.platform,
    packageName: row.package_name,
    appName: row.app_name,
    subjectName: row.subject_name,
    number: row.number,
    verdict: row.verdict as (typeof checkVerdicts)[number],
    filedNumber: row.filed_number,
    ...(row.details ? { details: row.details } : {}),
  };
}

export const reportCsvHeader = 'row,platform,packageName,appName,subjectName,number,verdict,filedNumber,code,path\n';

/**
 * A cell of the CSV download: quoted when it holds a comma, quote or line break, and led by an apostrophe when it
 * starts like a spreadsheet formula (the values are what the reporter sent, and a download is opened in spreadsheets).
 */
function cell(value: unknown): string {
  let text = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One stored row as a line of the CSV download; `code` and `path` name what made an invalid row invalid. */
export function reportRowCsvLine(row: StoredRow): string {
  const details = (row.details ?? {}) as { code?: unknown; path?: unknown };
  return `${[row.row, row.platform, row.package_name, row.app_name, row.subject_name, row.number, row.verdict, row.filed_number, details.code, details.path].map(cell).join(',')}\n`;
}
