import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isoDate, isoMonth } from '../../domain/form/iso-date.js';
import { safeText } from '../../domain/form/safe-text.js';
import { proposeYearSchedule } from '../../domain/calendar/index.js';
import type { FlowDeps } from '../../flows/flow-deps.js';
import { declareCalendarYear, removeCalendarOverride, setCalendarOverride } from '../../flows/calendar-overrides.js';
import { errorResponses } from '../error-schema.js';
import { requirePrincipal } from '../request-context.js';

const date = isoDate;

/** The working-day calendar: anyone may read it; the ministry corrects it and loads new years' schedules. */
export async function calendarRoutes(app: FastifyInstance, { deps }: { deps: FlowDeps }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/calendar',
    {
      schema: {
        tags: ['calendar'],
        summary: 'Years with an official schedule, the range answered provisionally, overrides, and the working days of a month',
        querystring: z.object({ month: isoMonth.optional() }),
      },
    },
    async (request) => {
      const calendar = await deps.calendar.get();
      const overrides = await deps.db.selectFrom('calendar_overrides').select(['date', 'kind', 'name']).orderBy('date').execute();
      const month = request.query.month;
      let days: unknown[] = [];
      if (month) {
        const [y, m] = month.split('-').map(Number) as [number, number];
        const count = new Date(Date.UTC(y, m, 0)).getUTCDate();
        days = Array.from({ length: count }, (_, i) => {
          const d = `${month}-${String(i + 1).padStart(2, '0')}`;
          return calendar.isKnown(d) ? calendar.day(d) : { date: d, working: null, source: 'unknown' };
        });
      }
      return { knownYears: calendar.knownYears, provisionalYears: calendar.provisionalYears, overrides, days };
    },
  );
  r.put(
    '/calendar/overrides/:date',
    {
      schema: {
        tags: ['calendar'],
        summary: 'Mark a date as a holiday or a working day (ministry)',
        params: z.object({ date }),
        body: z.strictObject({ kind: z.enum(['holiday', 'workday']), name: safeText({ max: 50 }).optional() }),
        response: { 204: z.null(), ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const principal = requirePrincipal(request, ['ministry']);
      await setCalendarOverride(deps, principal.actor, { date: request.params.date, ...request.body });
      return reply.status(204).send(null);
    },
  );
  r.delete(
    '/calendar/overrides/:date',
    { schema: { tags: ['calendar'], summary: 'Remove an override (ministry)', params: z.object({ date }), response: { 204: z.null(), ...errorResponses(401, 403, 404) } } },
    async (request, reply) => {
      const principal = requirePrincipal(request, ['ministry']);
      await removeCalendarOverride(deps, principal.actor, { date: request.params.date });
      return reply.status(204).send(null);
    },
  );
  const year = z.coerce.number().int().min(2000).max(2100);
  r.get(
    '/calendar/years/:year',
    {
      schema: {
        tags: ['calendar'],
        summary: "A year's holidays and make-up working days to load: the official schedule when the built-in data has it, else the statutory days off (ministry)",
        params: z.object({ year }),
        response: {
          200: z.object({
            year: z.number().int(),
            loaded: z.boolean().describe('the calendar already answers every date of the year officially'),
            source: z.enum(['schedule', 'statutory', 'none']).describe('schedule: the official schedule; statutory: the regulation’s days off only, make-up working days to be added; none: no rules for the year'),
            days: z.array(z.object({ date: isoDate, kind: z.enum(['holiday', 'workday']), name: z.object({ zh: z.string(), en: z.string() }) })),
          }),
          ...errorResponses(400, 401, 403),
        },
      },
    },
    async (request) => {
      requirePrincipal(request, ['ministry']);
      const calendar = await deps.calendar.get();
      return { ...proposeYearSchedule(request.params.year), loaded: calendar.knownYears.includes(request.params.year) };
    },
  );
  r.put(
    '/calendar/years/:year',
    {
      schema: {
        tags: ['calendar'],
        summary: "Declare a year's schedule complete, writing its holidays and make-up working days as overrides in the same step (ministry)",
        params: z.object({ year }),
        body: z
          .strictObject({
            days: z
              .array(z.strictObject({ date: isoDate, kind: z.enum(['holiday', 'workday']), name: safeText({ max: 50 }).optional() }))
              .max(120)
              .optional()
              .describe('the year’s days off and make-up working days, as reviewed; each a date of that year, once'),
          })
          .nullish()
          .describe('optional: without it the year is declared with the overrides already written'),
        response: { 204: z.null(), ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const principal = requirePrincipal(request, ['ministry']);
      await declareCalendarYear(deps, principal.actor, { year: request.params.year, ...(request.body?.days ? { days: request.body.days } : {}) });
      return reply.status(204).send(null);
    },
  );
}
