import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BeianError } from '../../domain/errors/beian-error.js';
import { looksLikePackageName } from '../../domain/registry/search-grams.js';
import { safeText } from '../../domain/form/safe-text.js';
import type { FlowDeps } from '../../flows/flow-deps.js';
import { filingsByDomain, filingsByPackage, searchRegistry, type SearchCursor } from '../../store/registry-queries.js';
import { errorResponses } from '../error-schema.js';
import { presentRegistryFiling, presentRegistryPackage, registryFilingSchema, registryPackageSchema } from '../presenters/registry-filing.js';
import { anonymousLookupLimit, registryCacheHeaders } from './registry-cache.js';

const platformParam = z
  .enum(['android', 'ios', 'harmonyos', 'harmony'])
  .transform((p) => (p === 'harmony' ? 'harmonyos' : p))
  .describe('`harmony` and `harmonyos` are the same platform');

const domainPattern = /^(?=.{1,253}$)([a-z0-9\u00a1-\uffff]([a-z0-9\u00a1-\uffff-]{0,61}[a-z0-9\u00a1-\uffff])?\.)+[a-z\u00a1-\uffff][a-z0-9\u00a1-\uffff-]{0,62}$/;

function encodeCursor(cursor: SearchCursor): string {
  return Buffer.from(JSON.stringify([cursor.tier, cursor.key, cursor.number])).toString('base64url');
}

const cursorSchema = z.tuple([z.number().int().min(0).max(4), z.string().max(300), z.string().min(1).max(64)]);

function decodeCursor(text: string): SearchCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString());
  } catch {
    parsed = undefined;
  }
  const result = cursorSchema.safeParse(parsed);
  if (!result.success) throw new BeianError('VALIDATION_FAILED', { path: 'querystring.cursor', message: 'not a cursor from this API' });
  const [tier, key, number] = result.data;
  return { tier: tier as SearchCursor['tier'], key, number };
}

/** Registry lookups for platforms, app stores, terminal makers and the public: no sign-in, no captcha. */
export async function registryLookupRoutes(app: FastifyInstance, { deps, anonymousPerMinute }: { deps: FlowDeps; anonymousPerMinute: number }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  app.addHook('onSend', registryCacheHeaders);
  const config = anonymousLookupLimit(anonymousPerMinute);

  r.get(
    '/public/apps',
    {
      config,
      schema: {
        tags: ['registry'],
        summary: 'The filings whose feature info carries this package (with the filed signature digests)',
        querystring: z.object({ platform: platformParam, packageName: z.string().trim().min(1).max(255).regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/) }),
        response: {
          200: z.object({
            platform: z.string(),
            packageName: z.string(),
            items: z.array(registryFilingSchema.extend({ package: registryPackageSchema })),
          }),
          ...errorResponses(400, 404, 429),
        },
      },
    },
    async (request) => {
      const { platform, packageName } = request.query;
      const rows = await filingsByPackage(deps.db, platform, packageName);
      if (rows.length === 0) throw new BeianError('NOT_FOUND', { path: 'querystring.packageName' });
      return { platform, packageName, items: rows.map((row) => ({ ...presentRegistryFiling(row), package: presentRegistryPackage(row) })) };
    },
  );

  r.get(
    '/public/domains/:domain',
    {
      config,
      schema: {
        tags: ['registry'],
        summary: 'The filing that uses a domain (an active one first; cancelled filings keep the domains they had)',
        params: z.object({ domain: z.string().min(1).max(253) }),
        response: { 200: registryFilingSchema.extend({ domain: z.string(), others: z.array(registryFilingSchema) }), ...errorResponses(404, 429) },
      },
    },
    async (request) => {
      const domain = request.params.domain.trim().toLowerCase().replace(/\.$/, '');
      if (!domainPattern.test(domain)) throw new BeianError('NOT_FOUND', { path: 'params.domain', details: { reason: 'not a domain name' } });
      const [first, ...others] = await filingsByDomain(deps.db, domain);
      if (!first) throw new BeianError('NOT_FOUND', { path: 'params.domain' });
      return { domain, ...presentRegistryFiling(first), others: others.map(presentRegistryFiling) };
    },
  );

  r.get(
    '/public/search',
    {
      config,
      schema: {
        tags: ['registry'],
        summary: 'Search subject and service names (1, 2 or more Chinese characters) and package-name prefixes',
        description: 'Exact matches first (by number), then subject names, service names and package names starting with the query (each alphabetically), then names containing it (by number).',
        querystring: z.object({
          q: safeText({ min: 1, max: 64 }),
          type: z.enum(['subject', 'app', 'mini_program', 'quick_app', 'website']).optional(),
          cursor: z.string().max(200).optional(),
          limit: z.coerce.number().int().min(1).max(100).default(20),
        }),
        response: {
          200: z.object({ items: z.array(registryFilingSchema.extend({ match: z.enum(['exact', 'prefix', 'contains']) })), nextCursor: z.string().nullable() }),
          ...errorResponses(400, 429),
        },
      },
    },
    async (request) => {
      const { q, type, cursor, limit } = request.query;
      const rows = await searchRegistry(deps.db, { q, type, packages: looksLikePackageName(q), after: cursor ? decodeCursor(cursor) : undefined, limit });
      const last = rows.at(-1);
      const match = ['exact', 'prefix', 'prefix', 'prefix', 'contains'] as const;
      return {
        items: rows.map((row) => ({ ...presentRegistryFiling(row), match: match[row.tier] })),
        nextCursor: rows.length === limit && last ? encodeCursor({ tier: last.tier, key: last.key, number: last.number }) : null,
      };
    },
  );
}
