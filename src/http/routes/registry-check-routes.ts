import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { BeianError } from '../../domain/errors/beian-error.js';
import { catalogue } from '../../domain/errors/catalogue.js';
import { loggableError } from '../../domain/errors/loggable-error.js';
import type { FlowDeps } from '../../flows/flow-deps.js';
import { checkRows, type CheckLine } from '../../flows/registry/check-rows.js';
import { importFormatOf, importRows } from '../../runtime/import-rows.js';
import { errorResponses } from '../error-schema.js';
import { requireRowQuota, requireScope, takeRows } from '../auth/require-scope.js';

/** NDJSON lines, a batch per chunk; a failure after the answer has started ends it with one INTERNAL line. */
export async function* ndjsonLines(lines: AsyncIterable<CheckLine[]>, onError: (error: unknown) => void): AsyncGenerator<string> {
  try {
    for await (const batch of lines) {
      let text = '';
      for (const line of batch) text += `${JSON.stringify(line)}\n`;
      yield text;
    }
  } catch (error) {
    onError(error);
    const { zh, en } = catalogue.INTERNAL;
    yield `${JSON.stringify({ error: { code: 'INTERNAL', message: { zh, en } } })}\n`;
  }
}

/**
 * The rows of a streamed CSV or NDJSON body, or a catalogued refusal of its media type. The body is read only once
 * iteration starts (a refusal before then leaves it unread), and a parser's errors reach the iteration, never the
 * process.
 */
export function requestRows(request: FastifyRequest): AsyncIterable<unknown> {
  const format = importFormatOf(request.headers['content-type'] ?? '');
  if (!format) throw new BeianError('CHECK_FORMAT_UNKNOWN', { path: 'headers.content-type' });
  const body = request.body as Readable;
  return {
    [Symbol.asyncIterator]() {
      // Marks where the body must be waited for: rows read by then are answered meanwhile.
      const rows = importRows(body, format, { markWaits: true });
      const emitter = rows as { on?: (event: string, listener: () => void) => unknown };
      if (typeof emitter.on === 'function') emitter.on('error', () => undefined);
      return rows[Symbol.asyncIterator]();
    },
  };
}

export const checkRowsDescription =
  'Rows `{ platform, packageName, signatureMd5?, appName?, subjectName?, number? }` as NDJSON (`application/x-ndjson`) or CSV ' +
  '(`text/csv`, a header row naming the columns), up to 1,000,000. The answer streams one NDJSON line per row, in input order, ' +
  'as rows arrive: `{ row, verdict, number?, filed?: { subjectName, serviceName, status }, details? }`; verdicts `filed`, ' +
  '`not_filed`, `cancelled`, `revoked`, `access_limited`, `signature_mismatch`, `name_mismatch`, `subject_mismatch`, `invalid` ' +
  '(details: catalogued code and field path). Input that cannot be read on, too many rows, or the end of the caller\'s daily row quota ends the answer with one `{ error }` line.';

/** Bulk checks for app stores, terminal makers and platforms (§二(九)): streamed in, streamed out. */
export async function registryCheckRoutes(app: FastifyInstance, { deps }: { deps: FlowDeps }): Promise<void> {
  // The body is read as it arrives, row by row: no body limit applies and nothing is buffered.
  app.addContentTypeParser('*', (_request, payload, done) => done(null, payload));
  app.post(
    '/checks',
    {
      onRequest: requireScope('check'),
      schema: {
        tags: ['registry'],
        summary: 'Check many packages at once against the registry (streamed NDJSON answer)',
        description: checkRowsDescription,
        response: { ...errorResponses(401, 403, 415, 429) },
      },
    },
    async (request, reply) => {
      const rows = requestRows(request);
      // A caller with no rows left today gets a plain 429; one that runs out part-way gets the rows granted, then an error line.
      await requireRowQuota(request, reply);
      const lines = checkRows(deps.db, rows, { grant: (count) => takeRows(request, count) });
      const body = Readable.from(ndjsonLines(lines, (error) => request.log.error({ error: loggableError(error), route: request.routeOptions.url ?? null }, 'check stream failed')));
      return reply.header('content-type', 'application/x-ndjson; charset=utf-8').header('cache-control', 'no-store').send(body);
    },
  );
}
