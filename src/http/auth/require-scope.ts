import type { FastifyReply, FastifyRequest } from 'fastify';
import { BeianError } from '../../domain/errors/beian-error.js';
import { scopesForRole, type ApiScope } from '../../domain/keys/api-scopes.js';

/**
 * A route hook (`onRequest: requireScope('check')`) admitting the callers that hold `scope`: an API key that
 * carries it, or a signed-in person whose role grants it. `lookup` admits anonymous callers too, counted per client
 * address. Keyed callers' requests per minute are counted for every route (see build-app), not here.
 */
export function requireScope(scope: ApiScope) {
  return async function scopeHook(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const principal = request.principal;
    if (!principal) {
      if (scope !== 'lookup') throw new BeianError('UNAUTHENTICATED', { path: 'headers.authorization' });
      await request.server.quotaGate.countAnonymousLookup(request, reply);
      return;
    }
    if (principal.apiKey) {
      if (!principal.apiKey.scopes.includes(scope)) throw new BeianError('API_KEY_SCOPE_MISSING', { path: 'headers.authorization', details: { scope } });
      return;
    }
    if (!scopesForRole(principal.actor.role).includes(scope)) throw new BeianError('FORBIDDEN');
  };
}

/**
 * Takes `rows` from the caller's daily row quota and returns how many it may process (fewer when the quota runs
 * out part-way; the rest are answered as over quota). Call `requireRowQuota` before answering with a stream, so a
 * caller with nothing left gets a plain 429.
 */
export async function takeRows(request: FastifyRequest, rows: number): Promise<number> {
  return (await request.server.quotaGate.takeRows(request, rows)).granted;
}

/** 429 ROW_QUOTA_EXCEEDED with Retry-After when the caller has no rows left today; takes none. */
export async function requireRowQuota(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const { used, limit, retryAfterSeconds } = await request.server.quotaGate.takeRows(request, 0);
  if (used >= limit) {
    reply.header('retry-after', retryAfterSeconds);
    throw new BeianError('ROW_QUOTA_EXCEEDED', { details: { retryAfterSeconds, limit } });
  }
}
