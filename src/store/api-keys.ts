import type { Kysely } from 'kysely';
import type { ApiScope } from '../domain/keys/api-scopes.js';
import type { Database } from './schema.js';

export interface NewApiKey {
  userId: string;
  label: string;
  keyPrefix: string;
  keyHash: string;
  scopes: readonly ApiScope[];
  requestsPerMinute: number;
  rowsPerDay: number;
  createdAt: Date;
}

export interface ApiKeyRow {
  id: string;
  label: string;
  keyPrefix: string;
  scopes: string[];
  requestsPerMinute: number;
  rowsPerDay: number;
  createdAt: Date;
  revokedAt: Date | null;
  createdBy: string;
}

export async function insertApiKey(db: Kysely<Database>, key: NewApiKey): Promise<string> {
  const row = await db
    .insertInto('api_keys')
    .values({
      user_id: key.userId,
      label: key.label,
      key_prefix: key.keyPrefix,
      key_hash: key.keyHash,
      scopes: JSON.stringify(key.scopes),
      requests_per_minute: key.requestsPerMinute,
      rows_per_day: key.rowsPerDay,
      created_at: key.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Who may see and revoke which keys: a party's staff share their party's keys; a person without a party has their own. */
export interface KeyOwnership {
  userId: string;
  partyId: string | null;
}

function owned(db: Kysely<Database>, owner: KeyOwnership) {
  let query = db.selectFrom('api_keys').innerJoin('users', 'users.id', 'api_keys.user_id');
  query = owner.partyId === null ? query.where('api_keys.user_id', '=', owner.userId) : query.where('users.party_id', '=', owner.partyId);
  return query;
}

/** The keys the owner sees, newest first, revoked ones included (their history matters). */
export async function listApiKeys(db: Kysely<Database>, owner: KeyOwnership): Promise<ApiKeyRow[]> {
  const rows = await owned(db, owner)
    .select([
      'api_keys.id',
      'api_keys.label',
      'api_keys.key_prefix',
      'api_keys.scopes',
      'api_keys.requests_per_minute',
      'api_keys.rows_per_day',
      'api_keys.created_at',
      'api_keys.revoked_at',
      'users.display_name',
    ])
    .orderBy('api_keys.created_at', 'desc')
    .orderBy('api_keys.id')
    .limit(500)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    label: r.label,
    keyPrefix: r.key_prefix,
    scopes: r.scopes,
    requestsPerMinute: r.requests_per_minute,
    rowsPerDay: r.rows_per_day,
    createdAt: r.created_at,
    revokedAt: r.revoked_at,
    createdBy: r.display_name,
  }));
}

/** Revokes one of the owner's keys; false when the owner has no such key. Revoking twice keeps the first time. */
export async function revokeApiKey(db: Kysely<Database>, owner: KeyOwnership, id: string, now: Date): Promise<{ revokedAt: Date } | null> {
  const key = await owned(db, owner).select(['api_keys.id', 'api_keys.revoked_at']).where('api_keys.id', '=', id).executeTakeFirst();
  if (!key) return null;
  if (key.revoked_at) return { revokedAt: key.revoked_at };
  const row = await db
    .updateTable('api_keys')
    .set({ revoked_at: now })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .returning('revoked_at')
    .executeTakeFirst();
  return { revokedAt: row?.revoked_at ?? now };
}
