import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import { BeianError } from '../../domain/errors/beian-error.js';
import type { FlowDeps } from '../../flows/flow-deps.js';
import { materialMediaTypes, uploadMaterial } from '../../flows/upload-material.js';
import { visibleApplications } from '../../store/application-queries.js';
import { errorResponses } from '../error-schema.js';
import { requirePrincipal } from '../request-context.js';

/** Materials (证件、承诺书、前置审批文件): upload as the raw body; read back by the uploader and by reviewers of an application that names it. */
export async function materialRoutes(app: FastifyInstance, { deps, maxBytes }: { deps: FlowDeps; maxBytes: number }): Promise<void> {
  app.addContentTypeParser([...materialMediaTypes], { parseAs: 'buffer', bodyLimit: maxBytes }, (_request, body, done) => done(null, body));
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/materials',
    {
      bodyLimit: maxBytes,
      schema: {
        tags: ['materials'],
        summary: 'Upload a material (JPEG, PNG or PDF as the raw body); its id is its SHA-256',
        response: { 201: z.object({ id: z.string(), size: z.number(), mediaType: z.string() }), ...errorResponses(400, 401, 413) },
      },
    },
    async (request, reply) => {
      const principal = requirePrincipal(request, ['applicant', 'provider']);
      if (!Buffer.isBuffer(request.body)) throw new BeianError('VALIDATION_FAILED', { path: 'headers.content-type', message: 'send the file as the raw body with its media type' });
      const mediaType = String(request.headers['content-type']).split(';')[0]!.trim();
      return reply.status(201).send(await uploadMaterial(deps, principal.actor, { content: request.body, mediaType }));
    },
  );
  r.get(
    '/materials/:id',
    { schema: { tags: ['materials'], summary: 'Download a material', params: z.object({ id: z.string().regex(/^[0-9a-f]{64}$/) }), response: { 200: z.any(), ...errorResponses(401, 404) } } },
    async (request, reply) => {
      const { actor } = requirePrincipal(request);
      const material = await deps.db.selectFrom('materials').selectAll().where('id', '=', request.params.id).executeTakeFirst();
      if (!material) throw new BeianError('NOT_FOUND', { path: 'params.id' });
      // The uploader, or whoever may see an application that names the material.
      const allowed =
        material.created_by === actor.userId ||
        (await visibleApplications(deps.db, actor).where(sql<boolean>`strpos(payload::text, ${material.id}) > 0`).limit(1).executeTakeFirst()) !== undefined;
      if (!allowed) throw new BeianError('NOT_FOUND', { path: 'params.id' });
      return reply.type(material.media_type).header('cache-control', 'private, max-age=3600').send(Buffer.from(material.content));
    },
  );
}
