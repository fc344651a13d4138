import type { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BeianError } from '../../domain/errors/beian-error.js';
import type { FlowDeps } from '../../flows/flow-deps.js';
import { importFilings } from '../../flows/import-filings.js';
import { importFormatOf, importRows } from '../../runtime/import-rows.js';
import { errorResponses } from '../error-schema.js';
import { requirePrincipal } from '../request-context.js';

const importMediaTypes = ['text/csv', 'application/x-ndjson', 'application/ndjson', 'application/jsonl'];

const report = z.object({
  read: z.number(),
  imported: z.object({ subjects: z.number(), websites: z.number() }),
  refused: z.array(
    z.object({ line: z.number(), code: z.string(), path: z.string().nullable(), message: z.object({ zh: z.string(), en: z.string() }), reason: z.string().optional() }),
  ),
});

/**
 * Import of existing subjects and website filings (ministry: any province; a bureau: its own), the same as
 * `beian import`: the request body is the file, read as it arrives — CSV (`text/csv`, a header line first) or NDJSON
 * (`application/x-ndjson`) — and the answer is the report of what went in and which lines were refused and why.
 */
export async function importRoutes(app: FastifyInstance, { deps }: { deps: FlowDeps }): Promise<void> {
  // The body stays a stream: rows are imported as they arrive, never buffered whole.
  app.addContentTypeParser(importMediaTypes, (_request, payload, done) => done(null, payload));
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/imports/filings',
    {
      schema: {
        tags: ['imports'],
        summary: 'Import existing subjects and website filings with their numbers (CSV or NDJSON body; ministry or bureau)',
        response: { 200: report, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request, ['ministry', 'bureau']);
      const format = importFormatOf(String(request.headers['content-type'] ?? ''));
      if (!format) throw new BeianError('IMPORT_FORMAT_UNKNOWN', { path: 'headers.content-type' });
      return importFilings(deps, principal.actor, importRows(request.body as Readable, format));
    },
  );
}
