import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BeianError } from '../../domain/errors/beian-error.js';
import type { FlowDeps } from '../../flows/flow-deps.js';
import { materialMediaTypes, uploadMaterial, type MaterialMediaType } from '../../flows/upload-material.js';
import { materialVisibleTo } from '../../store/material-access.js';
import { errorResponses } from '../error-schema.js';
import { requirePrincipal } from '../request-context.js';

const extensions: Record<MaterialMediaType, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'application/pdf': 'pdf' };

/**
 * An attachment disposition (RFC 6266) with a name made only of the id and the type's extension, so nothing the
 * uploader sent reaches the header; `filename*` (RFC 5987) carries the same name for clients that prefer it.
 */
export function materialDisposition(id: string, mediaType: string): string {
  const name = `material-${id.slice(0, 16)}.${extensions[mediaType as MaterialMediaType] ?? 'bin'}`;
  return `attachment; filename="${name}"; filename*=UTF-8''${name}`;
}

/**
 * Materials (证件、承诺书、前置审批文件): upload as the raw body; read back by the uploader's party and by those who may
 * see an application that legitimately references it (the reference was checked when the application was written).
 */
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
    {
      schema: {
        tags: ['materials'],
        summary: 'Download a material (as an attachment); a malformed, unknown or unreadable id is 404',
        params: z.object({ id: z.string().max(200) }),
        response: { 200: z.any(), ...errorResponses(401, 404) },
      },
    },
    async (request, reply) => {
      const { actor } = requirePrincipal(request);
      const id = request.params.id;
      if (!/^[0-9a-f]{64}$/.test(id)) throw new BeianError('NOT_FOUND', { path: 'params.id' });
      if (!(await materialVisibleTo(deps.db, id, actor))) throw new BeianError('NOT_FOUND', { path: 'params.id' });
      const material = await deps.db.selectFrom('materials').select(['content', 'media_type']).where('id', '=', id).executeTakeFirst();
      if (!material) throw new BeianError('NOT_FOUND', { path: 'params.id' });
      return reply
        .type(material.media_type)
        .header('x-content-type-options', 'nosniff')
        .header('content-disposition', materialDisposition(id, material.media_type))
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('cache-control', 'private, no-store')
        .send(Buffer.from(material.content));
    },
  );
}
