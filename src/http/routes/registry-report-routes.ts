import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BeianError } from '../../domain/errors/beian-error.js';
import { checkVerdicts } from '../../domain/registry/check-verdict.js';
import type { Actor } from '../../flows/actor.js';
import type { FlowDeps } from '../../flows/flow-deps.js';
import { openDistributionReport, streamDistributionReport } from '../../flows/registry/submit-distribution-report.js';
import { findReport, partyIdByReference, partyReports, reportRows, unfiledDistributions } from '../../store/distribution-reports.js';
import { requireRowQuota, requireScope, takeRows } from '../auth/require-scope.js';
import { errorResponses } from '../error-schema.js';
import { decodeInstantCursor, encodeInstantCursor, uuidPattern } from '../paging/instant-cursor.js';
import { presentReport, presentReportRow, reportCsvHeader, reportRowCsvLine, reportRowSchema, reportSchema, unfiledItemSchema } from '../presenters/distribution-report.js';
import { loggableError } from '../../domain/errors/loggable-error.js';
import { checkRowsDescription, ndjsonLines, requestRows } from './registry-check-routes.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'a calendar date');

function pageCursor(text: string | undefined): { reportId: string; row: number } | undefined {
  if (!text) return undefined;
  const match = /^([0-9a-f-]{36})\|(\d{1,7})$/.exec(Buffer.from(text, 'base64url').toString());
  if (!match) throw new BeianError('VALIDATION_FAILED', { path: 'querystring.cursor', message: 'not a cursor from this API' });
  return { reportId: match[1]!, row: Number(match[2]) };
}

const encode = (reportId: string, row: number) => Buffer.from(`${reportId}|${row}`).toString('base64url');

const csvPage = 1000;

/** The party a caller reports for: people and keys of a party only. */
function reportingParty(actor: Actor): string {
  if (!actor.partyId) throw new BeianError('FORBIDDEN');
  return actor.partyId;
}

/** Distribution reports (§二(八), §二(九)): parties report what they distribute; bureaus and the ministry see what is not filed. */
export async function registryReportRoutes(app: FastifyInstance, { deps }: { deps: FlowDeps }): Promise<void> {
  app.addContentTypeParser('*', (_request, payload, done) => done(null, payload));
  const r = app.withTypeProvider<ZodTypeProvider>();

  /** A report of the caller's own party; another party's is as absent as an unknown one. */
  async function ownReport(actor: Actor, id: string) {
    const report = await findReport(deps.db, id, { partyId: reportingParty(actor), ministry: false });
    if (!report) throw new BeianError('NOT_FOUND', { path: 'params.id' });
    return report;
  }

  /** The header and every row of a report, read a page at a time so that a million rows never sit in memory. */
  async function* csvLines(reportId: string): AsyncGenerator<string> {
    yield reportCsvHeader;
    let after: number | undefined;
    for (;;) {
      const rows = await reportRows(deps.db, reportId, { afterRow: after, limit: csvPage });
      if (rows.length > 0) yield rows.map(reportRowCsvLine).join('');
      if (rows.length < csvPage) return;
      after = rows.at(-1)!.row;
    }
  }

  r.post(
    '/distribution-reports',
    {
      onRequest: requireScope('report'),
      schema: {
        tags: ['registry'],
        summary: 'Report everything the caller\'s party distributes or preinstalls in a period; each row is checked and stored',
        description: `${checkRowsDescription} The report's address is in \`Location\`; it is \`complete\` once every row was read.`,
        querystring: z.object({ kind: z.enum(['distribution', 'preinstall']).default('distribution'), periodStart: isoDate, periodEnd: isoDate }),
        response: { ...errorResponses(400, 401, 403, 415, 429) },
      },
    },
    async (request, reply) => {
      const principal = request.principal!;
      const rows = requestRows(request);
      await requireRowQuota(request, reply);
      const reportId = await openDistributionReport(deps, principal.actor, request.query);
      const lines = streamDistributionReport(deps, reportId, rows, { grant: (count) => takeRows(request, count) });
      const body = Readable.from(ndjsonLines(lines, (error) => request.log.error({ error: loggableError(error), route: request.routeOptions.url ?? null }, 'report stream failed')));
      return reply
        .header('content-type', 'application/x-ndjson; charset=utf-8')
        .header('cache-control', 'no-store')
        .header('location', `/api/v1/distribution-reports/${reportId}`)
        .header('x-report-id', reportId)
        .send(body as never);
    },
  );

  r.get(
    '/distribution-reports',
    {
      onRequest: requireScope('report'),
      schema: {
        tags: ['registry'],
        summary: 'The reports of the caller\'s party, newest first, each with its count of rows by verdict',
        querystring: z.object({
          kind: z.enum(['distribution', 'preinstall']).optional(),
          cursor: z.string().max(200).optional().describe('`nextCursor` of the previous page'),
          limit: z.coerce.number().int().min(1).max(100).default(20),
        }),
        response: { 200: z.object({ items: z.array(reportSchema), nextCursor: z.string().nullable() }), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const partyId = reportingParty(request.principal!.actor);
      const { kind, cursor, limit } = request.query;
      const after = cursor ? decodeInstantCursor(cursor, uuidPattern) : undefined;
      const reports = await partyReports(deps.db, partyId, { kind, after: after && { createdAt: after.at, id: after.id }, limit });
      const last = reports.at(-1);
      return { items: reports.map(presentReport), nextCursor: reports.length === limit && last ? encodeInstantCursor(new Date(last.created_at), last.id) : null };
    },
  );

  r.get(
    '/distribution-reports/:id',
    {
      onRequest: requireScope('report'),
      schema: {
        tags: ['registry'],
        summary: 'A report of the caller\'s party, with its count of rows by verdict',
        params: z.object({ id: z.string().uuid() }),
        response: { 200: reportSchema, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => presentReport(await ownReport(request.principal!.actor, request.params.id)),
  );

  r.get(
    '/distribution-reports/:id/rows',
    {
      onRequest: requireScope('report'),
      schema: {
        tags: ['registry'],
        summary: 'The rows of a report of the caller\'s party with their verdicts, in input order',
        params: z.object({ id: z.string().uuid() }),
        querystring: z.object({
          verdict: z.enum(checkVerdicts).optional(),
          after: z.coerce.number().int().min(0).optional().describe('the last row number of the previous page'),
          limit: z.coerce.number().int().min(1).max(1000).default(100),
        }),
        response: { 200: z.object({ items: z.array(reportRowSchema), nextAfter: z.number().int().nullable() }), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const report = await ownReport(request.principal!.actor, request.params.id);
      const { verdict, after, limit } = request.query;
      const rows = await reportRows(deps.db, report.id, { verdict, afterRow: after, limit });
      return { items: rows.map(presentReportRow), nextAfter: rows.length === limit ? rows.at(-1)!.row : null };
    },
  );

  r.get(
    '/distribution-reports/:id/rows.csv',
    {
      onRequest: requireScope('report'),
      schema: {
        tags: ['registry'],
        summary: 'Every row of a report of the caller\'s party with its verdict, as a CSV download streamed in input order',
        description: `Columns: \`${reportCsvHeader.trim()}\` (\`code\` and \`path\` say what made an invalid row invalid). A cell that starts like a spreadsheet formula is led by an apostrophe.`,
        params: z.object({ id: z.string().uuid() }),
        response: { ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const report = await ownReport(request.principal!.actor, request.params.id);
      const body = Readable.from(csvLines(report.id));
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${report.kind}-report-${report.period_start}-${report.period_end}.csv"`)
        .header('cache-control', 'private, no-store')
        .send(body as never);
    },
  );

  r.get(
    '/unfiled-distributions',
    {
      schema: {
        tags: ['registry'],
        summary: 'Apps distributed or preinstalled but not filed, per reporting party (latest complete report of each)',
        description:
          'Every verdict but `filed` and `invalid`. A bureau sees the rows judged against its province\'s filings; the ministry every row, including packages not filed at all.',
        querystring: z.object({
          party: z.string().max(100).optional().describe('a reporting party: its id or code'),
          cursor: z.string().max(200).optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
        response: {
          200: z.object({
            items: z.array(unfiledItemSchema),
            nextCursor: z.string().nullable(),
          }),
          ...errorResponses(400, 401, 403),
        },
      },
    },
    async (request) => {
      const principal = request.principal;
      if (!principal) throw new BeianError('UNAUTHENTICATED');
      const { role, provinceCode } = principal.actor;
      if (role !== 'ministry' && !(role === 'bureau' && provinceCode)) throw new BeianError('FORBIDDEN');
      const { party, cursor, limit } = request.query;
      const partyId = party ? await partyIdByReference(deps.db, party) : undefined;
      if (party && !partyId) return { items: [], nextCursor: null };
      const rows = await unfiledDistributions(deps.db, { provinceCode: role === 'bureau' ? provinceCode : null, partyId: partyId ?? undefined, after: pageCursor(cursor), limit });
      const last = rows.at(-1);
      return {
        items: rows.map((row) => ({
          party: { code: row.party_code, name: row.party_name },
          reportId: row.report_id,
          kind: row.kind,
          periodStart: row.period_start,
          periodEnd: row.period_end,
          row: row.row,
          platform: row.platform,
          packageName: row.package_name,
          appName: row.app_name,
          verdict: row.verdict as (typeof checkVerdicts)[number],
          filedNumber: row.filed_number,
        })),
        nextCursor: rows.length === limit && last ? encode(last.report_id, last.row) : null,
      };
    },
  );
}
