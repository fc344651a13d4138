import type { FastifyReply, FastifyRequest } from 'fastify';
import { contentEtag, notModified } from '../content-etag.js';

/** Registry answers may be cached briefly by anyone; statuses change rarely and feeds carry changes as they happen. */
export const registryCacheControl = 'public, max-age=60';
/** The max-age above, in milliseconds: how long this server may keep a rendered answer too. */
export const registryCacheMaxAgeMs = 60_000;

/**
 * An onSend hook for registry lookups: a strong ETag over the answer's bytes and Cache-Control on 200 answers, and 304
 * without a body when the caller already holds that answer (If-None-Match).
 */
export async function registryCacheHeaders(request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
  if (reply.statusCode !== 200 || typeof payload !== 'string') return payload;
  const etag = contentEtag(payload);
  reply.header('etag', etag).header('cache-control', registryCacheControl);
  if (notModified(request.headers['if-none-match'], etag)) {
    reply.code(304);
    return '';
  }
  return payload;
}
