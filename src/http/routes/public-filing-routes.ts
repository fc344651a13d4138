import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BeianError } from '../../domain/errors/beian-error.js';
import { parseFilingNumber } from '../../domain/numbers/parse-filing-number.js';
import type { FlowDeps } from '../../flows/flow-deps.js';
import { findFilingsByNumbers, latestFilings, type PublicFilingRow } from '../../store/public-filings.js';
import { BatchedReads } from '../batched-reads.js';
import { requireScope } from '../auth/require-scope.js';
import { errorResponses } from '../error-schema.js';
import { decodeInstantCursor, encodeInstantCursor, uuidPattern } from '../paging/instant-cursor.js';
import { presentPublicFiling, publicFilingSchema } from '../presenters/public-filing.js';
import type { LookupAnswerCache, CachedAnswer } from '../lookup-answer-cache.js';
import { registryCacheControl } from './registry-cache.js';

function afterFiling(cursor: string) {
  const { at, id } = decodeInstantCursor(cursor, uuidPattern);
  return { approvedAt: at, id };
}

/** The public query (公共查询): anyone may look a number up; answers carry published fields only. */
export async function publicFilingRoutes(app: FastifyInstance, { deps, answers }: { deps: FlowDeps; answers: LookupAnswerCache }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // Lookups that miss the answer cache at about the same time are read together: one statement for many numbers.
  const filings = new BatchedReads<string, PublicFilingRow>((numbers) => findFilingsByNumbers(deps.db, numbers), { maxBatch: 200, maxInFlight: 4 });
  r.get(
    '/public/filings/:number',
    {
      onRequest: requireScope('lookup'),
      schema: {
        tags: ['public'],
        summary: 'Look up a filing number (subject or service)',
        params: z.object({ number: z.string().min(1).max(64) }),
        response: { 200: publicFilingSchema, ...errorResponses(403, 404, 429) },
      },
    },
    async (request, reply) => {
      // Answers by number are rendered once and kept until the change feed names the filing (see LookupAnswerCache).
      await answers.catchUp();
      let answer: CachedAnswer | undefined = answers.get(request.params.number);
      if (!answer) {
        // Anything that is not a filed number — malformed or unknown — is simply not found; details say which.
        const parsed = parseFilingNumber(request.params.number, deps.regions);
        if (!parsed.valid) throw new BeianError('NOT_FOUND', { path: 'params.number', details: { reason: parsed.reason } });
        const ticket = answers.ticket();
        const filing = await filings.get(parsed.number.text);
        if (!filing) throw new BeianError('NOT_FOUND', { path: 'params.number' });
        // The schema keeps the published fields only, as the serializer would.
        const body = JSON.stringify(publicFilingSchema.parse(presentPublicFiling(filing)));
        answer = answers.set(parsed.number.text, parsed.number.text === request.params.number ? ticket : -1, body);
      }
      // The answer is sent as the JSON text it was rendered to (no second serialization).
      const raw = reply as unknown as FastifyReply;
      raw.header('etag', answer.etag).header('cache-control', registryCacheControl).header('content-type', 'application/json; charset=utf-8');
      const held = request.headers['if-none-match'];
      if (held && held.split(',').some((tag) => tag.trim().replace(/^W\//, '') === answer.etag)) return raw.code(304).send();
      return raw.send(answer.body);
    },
  );
  r.get(
    '/public/filings',
    {
      schema: {
        tags: ['public'],
        summary: 'The latest approved filings, newest first',
        querystring: z.object({
          limit: z.coerce.number().int().min(1).max(100).default(20),
          cursor: z.string().max(200).optional(),
          kind: z.enum(['subject', 'service']).optional(),
        }),
        response: { 200: z.object({ items: z.array(publicFilingSchema), nextCursor: z.string().nullable() }), ...errorResponses(400) },
      },
    },
    async (request) => {
      const { limit, cursor, kind } = request.query;
      const rows = await latestFilings(deps.db, { limit, ...(cursor ? { after: afterFiling(cursor) } : {}), ...(kind ? { kind } : {}) });
      const last = rows.at(-1);
      return {
        items: rows.map(presentPublicFiling),
        nextCursor: rows.length === limit && last ? encodeInstantCursor(last.approved_at, last.id) : null,
      };
    },
  );
}
