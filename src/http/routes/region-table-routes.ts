import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { provinces } from '../../domain/codes/regions.js';
import { BeianError } from '../../domain/errors/beian-error.js';
import { countiesOf, prefecturesOf, type Division } from '../../domain/regions/divisions.js';

const named = { code: z.string(), zh: z.string(), en: z.string() };
const provinceRegionsSchema = z.object({
  province: z.object(named),
  cities: z.array(z.object({ ...named, districts: z.array(z.object(named)) })),
});
type ProvinceRegions = z.infer<typeof provinceRegionsSchema>;

/** Browsers and proxies keep a province's table for a day; the ETag lets them revalidate it at no cost after that. */
const CACHE_CONTROL = 'public, max-age=86400';

const pick = (division: Division) => ({ code: division.code, zh: division.name.zh, en: division.name.en });

/** Each mainland province's cities and districts, serialised once, with an ETag over the serialised body. */
function buildProvinceTables(): Map<string, { body: string; etag: string }> {
  const tables = new Map<string, { body: string; etag: string }>();
  for (const province of provinces.filter((p) => p.mainland)) {
    const code = `${province.code}0000`;
    const table: ProvinceRegions = {
      province: { code, zh: province.zh, en: province.en },
      cities: prefecturesOf(code).map((city) => ({ ...pick(city), districts: countiesOf(city.code).map(pick) })),
    };
    const body = JSON.stringify(provinceRegionsSchema.parse(table));
    tables.set(code, { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` });
  }
  return tables;
}

/**
 * GET /code-tables/regions/{province}: one province's prefecture-level cities and their county-level districts (GB/T 2260),
 * named in Chinese and English — what a province → city → district picker loads when a province is chosen.
 */
export async function regionTableRoutes(app: FastifyInstance): Promise<void> {
  const tables = buildProvinceTables();
  app.withTypeProvider<ZodTypeProvider>().get(
    '/code-tables/regions/:province',
    {
      schema: {
        tags: ['public'],
        summary: "One province's cities and districts (GB/T 2260 codes, Chinese and English names); cacheable, with an ETag",
        params: z.object({ province: z.string().regex(/^\d{6}$/, 'expected a 6-digit GB/T 2260 province code such as 440000') }),
        response: { 200: provinceRegionsSchema },
      },
    },
    async (request, reply) => {
      const table = tables.get(request.params.province);
      if (!table) throw new BeianError('NOT_FOUND', { path: 'params.province', details: { reason: 'not one of the 31 mainland provinces' } });
      const raw = reply as FastifyReply;
      raw.header('cache-control', CACHE_CONTROL).header('etag', table.etag);
      if (request.headers['if-none-match'] === table.etag) return raw.status(304).send();
      return raw.type('application/json; charset=utf-8').serializer((payload: unknown) => payload as string).send(table.body);
    },
  );
}
