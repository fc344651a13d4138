import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { bureauReviewDeadline, providerReviewDeadline } from '../../domain/calendar/index.js';
import { BeianError } from '../../domain/errors/beian-error.js';
import { isoDate } from '../../domain/form/iso-date.js';
import { overdueCutoff } from '../../domain/statistics/overdue-cutoff.js';
import { statisticsScope, type StatisticsScope } from '../../domain/statistics/statistics-scope.js';
import type { FlowDeps } from '../../flows/flow-deps.js';
import { applicationCounts } from '../../store/statistics/application-counts.js';
import { filingCounts } from '../../store/statistics/filing-counts.js';
import { reportingParties } from '../../store/statistics/reporting-parties.js';
import { reviewBacklog } from '../../store/statistics/review-backlog.js';
import { reviewTimes } from '../../store/statistics/review-times.js';
import { errorResponses } from '../error-schema.js';
import { backlogView, countsView, presentBacklog, presentCounts, presentReviewTimes, reviewTimesView, type ViewContext } from '../presenters/statistics-views.js';
import { requirePrincipal } from '../request-context.js';

const province = z.string().regex(/^[1-9]\d0000$/, 'expected a six-digit province code such as 110000').describe('Six-digit province code (GB/T 2260); a bureau may give only its own');
const periodQuery = z.object({
  from: isoDate.optional().describe('First day counted (Asia/Shanghai), included; absent: from the beginning'),
  to: isoDate.optional().describe('Last day counted (Asia/Shanghai), included; absent: up to now'),
  province: province.optional(),
});

/**
 * Figures for the ministry (every province, or one) and the bureaus (their own province): filings and applications
 * counted by province, service type, channel and state; reviews waiting and overdue; how long reviews took.
 */
export async function statisticsRoutes(app: FastifyInstance, { deps }: { deps: FlowDeps }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  async function context(request: FastifyRequest, query: z.infer<typeof periodQuery>): Promise<{ scope: StatisticsScope; view: ViewContext }> {
    const principal = requirePrincipal(request, ['ministry', 'bureau']);
    if (query.province !== undefined && !deps.regions.byCode(query.province)) {
      throw new BeianError('VALIDATION_FAILED', { path: 'querystring.province', details: { reason: 'not a province of the region table', value: query.province } });
    }
    const scope = statisticsScope(principal.actor, query);
    const parties = await reportingParties(deps.db, scope);
    const provinces = deps.regions.regions.filter((region) => scope.provinceCode === null || region.code === scope.provinceCode);
    return { scope, view: { period: { from: query.from ?? null, to: query.to ?? null }, provinceCode: scope.provinceCode, provinces, regionOf: (code) => deps.regions.byCode(code), ...parties } };
  }

  r.get(
    '/statistics/counts',
    {
      schema: {
        tags: ['statistics'],
        summary: 'Filings approved and applications first submitted in a period, by province, service type, channel and status or state (ministry; a bureau: its province)',
        querystring: periodQuery,
        response: { 200: countsView, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const { scope, view } = await context(request, request.query);
      return presentCounts(view, await filingCounts(deps.db, scope), await applicationCounts(deps.db, scope));
    },
  );

  r.get(
    '/statistics/backlog',
    {
      schema: {
        tags: ['statistics'],
        summary: 'Reviews waiting now and those past their working-day deadline, by channel (initial review) and by bureau (ministry; a bureau: its province)',
        querystring: z.object({ province: province.optional() }),
        response: { 200: backlogView, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const { scope, view } = await context(request, request.query);
      const calendar = await deps.calendar.get();
      const now = deps.now();
      const providerCutoff = overdueCutoff(now, (at) => providerReviewDeadline(at, calendar, deps.policy));
      const bureauCutoff = overdueCutoff(now, (at) => bureauReviewDeadline(at, calendar, deps.policy));
      return presentBacklog(
        view,
        now,
        await reviewBacklog(deps.db, 'provider_review', scope, providerCutoff),
        await reviewBacklog(deps.db, 'bureau_review', scope, bureauCutoff),
      );
    },
  );

  r.get(
    '/statistics/review-times',
    {
      schema: {
        tags: ['statistics'],
        summary: 'Median and 90th percentile of review time (entering the stage to the decision, in seconds) for decisions taken in a period, by channel and by bureau (ministry; a bureau: its province)',
        querystring: periodQuery,
        response: { 200: reviewTimesView, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const { scope, view } = await context(request, request.query);
      return presentReviewTimes(view, await reviewTimes(deps.db, scope));
    },
  );
}
