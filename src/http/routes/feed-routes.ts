import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { readFeed } from '../../flows/feed/read-feed.js';
import type { FlowDeps } from '../../flows/flow-deps.js';
import { filingEventTypes } from '../../store/filing-events.js';
import { requireScope } from '../auth/require-scope.js';
import { errorResponses } from '../error-schema.js';
import { filingEventSchema, presentFilingEvent } from '../presenters/filing-event.js';

/** The change feed: every public change of a filing, in commit order, for anyone to follow. */
export async function feedRoutes(app: FastifyInstance, { deps }: { deps: FlowDeps }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/feed',
    {
      onRequest: requireScope('lookup'),
      schema: {
        tags: ['public'],
        summary: 'Filing events after a cursor, in commit order',
        description:
          'Start without `after` (or with `after=0`); then pass the `nextCursor` of each answer. A page shorter than `limit` means the feed is read to its end for now: poll again with the same cursor. An event that commits late is given a later cursor than every event already listed, so nothing is skipped.',
        querystring: z.object({
          after: z
            .string()
            .regex(/^\d{1,15}$/, 'a cursor from this feed')
            .default('0'),
          limit: z.coerce.number().int().min(1).max(1000).default(100),
          types: z
            .string()
            .max(200)
            .optional()
            .transform((text, ctx) => {
              if (text === undefined || text === '') return undefined;
              const types = text.split(',');
              const unknown = types.find((type) => !(filingEventTypes as readonly string[]).includes(type));
              if (unknown !== undefined) {
                ctx.addIssue({ code: 'custom', message: `not an event type: ${unknown.slice(0, 40)}` });
                return z.NEVER;
              }
              return types as (typeof filingEventTypes)[number][];
            }),
        }),
        response: { 200: z.object({ items: z.array(filingEventSchema), nextCursor: z.string() }), ...errorResponses(400, 429) },
      },
    },
    async (request, reply) => {
      const { after, limit, types } = request.query;
      const page = await readFeed(deps.db, { after: Number(after), limit, ...(types ? { types } : {}) });
      void reply.header('cache-control', 'no-store');
      return { items: page.events.map(presentFilingEvent), nextCursor: String(page.next) };
    },
  );
}
