import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { FlowDeps } from '../../flows/flow-deps.js';

const partySchema = z.object({
  id: z.string(),
  /** A short stable name applications may use instead of the id, where the party has one. */
  code: z.string().nullable(),
  kind: z.enum(['ministry', 'bureau', 'access_provider', 'distribution_platform', 'terminal_maker']),
  platformKind: z.enum(['app_store', 'mini_program', 'quick_app']).nullable(),
  name: z.string(),
  nameEn: z.string().nullable(),
  province: z.string().nullable(),
});

/** The parties of the system (public): which providers and platforms one can file through, and the bureaus. */
export async function partyRoutes(app: FastifyInstance, { deps }: { deps: FlowDeps }): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/parties',
    {
      schema: {
        tags: ['public'],
        summary: 'Access providers, distribution platforms, bureaus and the ministry (the channelId, access providerId and hostPlatformId of an application name one of these by id or code)',
        querystring: z.object({ kind: partySchema.shape.kind.optional() }),
        response: { 200: z.object({ items: z.array(partySchema) }) },
      },
    },
    async (request) => {
      let query = deps.db.selectFrom('parties').select(['id', 'code', 'kind', 'platform_kind', 'name', 'name_en', 'province_code']);
      if (request.query.kind) query = query.where('kind', '=', request.query.kind);
      const rows = await query.orderBy('kind').orderBy('province_code').orderBy('name').execute();
      return {
        items: rows.map((p) => ({ id: p.id, code: p.code, kind: p.kind, platformKind: p.platform_kind, name: p.name, nameEn: p.name_en, province: p.province_code })),
      };
    },
  );
}
