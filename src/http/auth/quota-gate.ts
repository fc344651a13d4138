import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { BeianError } from '../../domain/errors/beian-error.js';
import { takeRowQuota } from '../../store/row-quota-usage.js';
import type { Database } from '../../store/schema.js';
import type { Config } from '../../config/config.js';
import { HitCounter } from './hit-counter.js';

declare module 'fastify' {
  interface FastifyInstance {
    quotaGate: QuotaGate;
  }
}

export interface QuotaGate {
  /** Counts a request made with an API key against the key's requests per minute; over it, 429 RATE_LIMITED. */
  countKeyRequest(request: FastifyRequest, reply: FastifyReply): Promise<void>;
  /** Counts a lookup without a key against its client address's allowance per minute; over it, 429 RATE_LIMITED. */
  countAnonymousLookup(request: FastifyRequest, reply: FastifyReply): Promise<void>;
  /** Takes up to `rows` from the caller's daily row quota (the key's, or the signed-in person's); returns how many it got. */
  takeRows(request: FastifyRequest, rows: number): Promise<{ granted: number; used: number; limit: number; retryAfterSeconds: number }>;
  /** Adds the request counts held in memory to the database now (they are added every second anyway). */
  flush(): Promise<void>;
  /** Flushes and stops counting in the background. */
  close(): Promise<void>;
}

const minute = 60_000;

/**
 * Request and row quotas, counted in the database so that they hold across every server process on it (PGlite
 * included: several app instances may share one embedded database). Requests per minute are counted in memory while
 * far from the limit and added to the database every `flushMs` (see HitCounter); rows are taken in the database.
 */
export function createQuotaGate(db: Kysely<Database>, quotas: Config['quotas'], options: { flushMs?: number } = {}): QuotaGate {
  const counter = new HitCounter(db, minute, options.flushMs);
  async function perMinute(reply: FastifyReply, key: string, limit: number): Promise<void> {
    const { hits, ttlMs } = await counter.hit(key, limit);
    const retryAfterSeconds = Math.max(1, Math.ceil(ttlMs / 1000));
    reply.header('x-ratelimit-limit', limit);
    reply.header('x-ratelimit-remaining', Math.max(0, limit - hits));
    reply.header('x-ratelimit-reset', retryAfterSeconds);
    if (hits > limit) {
      reply.header('retry-after', retryAfterSeconds);
      throw new BeianError('RATE_LIMITED', { details: { retryAfterSeconds, limit } });
    }
  }
  return {
    async countKeyRequest(request, reply) {
      const key = request.principal?.apiKey;
      if (key) await perMinute(reply, `api-key ${key.id}`, key.requestsPerMinute);
    },
    async countAnonymousLookup(request, reply) {
      await perMinute(reply, `lookup ${request.ip}`, quotas.anonymousLookupsPerMinute);
    },
    async takeRows(request, rows) {
      const principal = request.principal;
      if (!principal) throw new BeianError('UNAUTHENTICATED');
      const limit = principal.apiKey?.rowsPerDay ?? quotas.sessionRowsPerDay;
      const grant = await takeRowQuota(db, principal.principalId, Math.max(0, Math.floor(rows)), limit);
      return { granted: grant.granted, used: grant.used, limit, retryAfterSeconds: grant.secondsToReset };
    },
    flush: () => counter.flush(),
    close: () => counter.close(),
  };
}
