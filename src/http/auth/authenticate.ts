import type {} from '@fastify/cookie';
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { BeianError } from '../../domain/errors/beian-error.js';
import { isApiScope, type ApiScope } from '../../domain/keys/api-scopes.js';
import type { Actor } from '../../flows/actor.js';
import type { Database } from '../../store/schema.js';
import { API_KEY_PREFIX, SESSION_COOKIE, tokenHash } from './tokens.js';

export interface Principal {
  actor: Actor;
  /** Scopes idempotency keys: the user for sessions, the key for API keys. */
  principalId: string;
  displayName: string;
  via: 'session' | 'api_key';
  /** For API keys: what the key may do and its quotas. */
  apiKey?: { id: string; scopes: readonly ApiScope[]; requestsPerMinute: number; rowsPerDay: number };
}

function bearer(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim();
  const key = request.headers['x-api-key'];
  return typeof key === 'string' ? key.trim() : undefined;
}

/** Resolves the caller from an API key (Authorization: Bearer bk_… or X-Api-Key) or the session cookie. */
export async function authenticate(db: Kysely<Database>, request: FastifyRequest, now: Date): Promise<Principal | null> {
  const key = bearer(request);
  const cookie = key ? undefined : request.cookies?.[SESSION_COOKIE];
  if (!key && !cookie) return null;
  const base = db
    .selectFrom('users')
    .leftJoin('parties', 'parties.id', 'users.party_id')
    .select(['users.id', 'users.role', 'users.party_id', 'users.display_name', 'parties.province_code', 'parties.kind as party_kind'])
    .where('users.disabled_at', 'is', null);
  if (key) {
    if (!key.startsWith(API_KEY_PREFIX)) throw new BeianError('UNAUTHENTICATED', { path: 'headers.authorization' });
    const row = await base
      .innerJoin('api_keys', 'api_keys.user_id', 'users.id')
      .select(['api_keys.id as key_id', 'api_keys.scopes', 'api_keys.requests_per_minute', 'api_keys.rows_per_day'])
      .where('api_keys.key_hash', '=', tokenHash(key))
      .where('api_keys.revoked_at', 'is', null)
      .executeTakeFirst();
    if (!row) throw new BeianError('UNAUTHENTICATED', { path: 'headers.authorization' });
    return {
      actor: toActor(row),
      principalId: `key:${row.key_id}`,
      displayName: row.display_name,
      via: 'api_key',
      apiKey: { id: row.key_id, scopes: row.scopes.filter(isApiScope), requestsPerMinute: row.requests_per_minute, rowsPerDay: row.rows_per_day },
    };
  }
  if (!cookie) return null;
  const row = await base
    .innerJoin('sessions', 'sessions.user_id', 'users.id')
    .where('sessions.token_hash', '=', tokenHash(cookie))
    .where('sessions.expires_at', '>', now)
    .executeTakeFirst();
  if (!row) return null;
  return { actor: toActor(row), principalId: `user:${row.id}`, displayName: row.display_name, via: 'session' };
}

function toActor(row: { id: string; role: Actor['role']; party_id: string | null; province_code: string | null; party_kind: string | null }): Actor {
  return { userId: row.id, role: row.role, partyId: row.party_id, provinceCode: row.party_kind === 'bureau' ? row.province_code : null };
}
