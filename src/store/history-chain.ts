import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Selectable } from 'kysely';
import type { Database, HistoryTable } from './schema.js';

export interface HistoryEntry {
  at: Date;
  actorUserId: string | null;
  actorRole: string;
  actorPartyId: string | null;
  entityType: string;
  entityId: string;
  action: string;
  fromState: string | null;
  toState: string | null;
  reason: string | null;
  data: Record<string, unknown>;
}

/** JSON with object keys sorted at every level, so the same content always hashes the same (jsonb reorders keys). */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value instanceof Date ? value.toISOString() : value);
}

/** The hashed content of a stored history row. */
export function historyEntryOf(row: Selectable<HistoryTable>): HistoryEntry {
  return {
    at: row.at,
    actorUserId: row.actor_user_id,
    actorRole: row.actor_role,
    actorPartyId: row.actor_party_id,
    entityType: row.entity_type,
    entityId: row.entity_id,
    action: row.action,
    fromState: row.from_state,
    toState: row.to_state,
    reason: row.reason,
    data: row.data,
  };
}

export function historyRowHash(seq: number, prevHash: string, entry: HistoryEntry): string {
  const content = canonicalJson({
    seq,
    prevHash,
    at: entry.at.toISOString(),
    actorUserId: entry.actorUserId,
    actorRole: entry.actorRole,
    actorPartyId: entry.actorPartyId,
    entityType: entry.entityType,
    entityId: entry.entityId,
    action: entry.action,
    fromState: entry.fromState,
    toState: entry.toState,
    reason: entry.reason,
    data: entry.data,
  });
  return createHash('sha256').update(content).digest('hex');
}

/**
 * Appends one row to the history. The single-row head is updated first, so concurrent transactions queue on its
 * row lock and each row's prev_hash is the hash of the row committed before it.
 */
export async function appendHistory(trx: Transaction<Database>, entry: HistoryEntry): Promise<number> {
  const head = await trx
    .updateTable('history_head')
    .set((eb) => ({ seq: eb('seq', '+', 1) }))
    .where('id', '=', 1)
    .returning(['seq', 'hash'])
    .executeTakeFirstOrThrow();
  const hash = historyRowHash(head.seq, head.hash, entry);
  await trx
    .insertInto('history')
    .values({
      seq: head.seq,
      at: entry.at,
      actor_user_id: entry.actorUserId,
      actor_role: entry.actorRole,
      actor_party_id: entry.actorPartyId,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      action: entry.action,
      from_state: entry.fromState,
      to_state: entry.toState,
      reason: entry.reason,
      data: JSON.stringify(entry.data),
      prev_hash: head.hash,
      hash,
    })
    .execute();
  await trx.updateTable('history_head').set({ hash }).where('id', '=', 1).execute();
  return head.seq;
}

export type ChainVerdict =
  | { intact: true; rows: number; headHash: string }
  | { intact: false; rows: number; brokenAt: number; problem: string };

const GENESIS = '0'.repeat(64);

/** Walks the whole history in order, recomputing every hash; names the first row that does not fit. */
export async function verifyHistoryChain(db: Kysely<Database>, batchSize = 5000): Promise<ChainVerdict> {
  let expectedPrev = GENESIS;
  let expectedSeq = 1;
  let rows = 0;
  for (;;) {
    const batch = await db
      .selectFrom('history')
      .selectAll()
      .where('seq', '>=', expectedSeq)
      .orderBy('seq')
      .limit(batchSize)
      .execute();
    for (const row of batch) {
      if (row.seq !== expectedSeq) return { intact: false, rows, brokenAt: expectedSeq, problem: `row ${expectedSeq} is missing` };
      if (row.prev_hash !== expectedPrev) {
        return { intact: false, rows, brokenAt: row.seq, problem: 'prev_hash does not match the previous row' };
      }
      if (historyRowHash(row.seq, row.prev_hash, historyEntryOf(row)) !== row.hash) {
        return { intact: false, rows, brokenAt: row.seq, problem: 'content does not match its hash' };
      }
      expectedPrev = row.hash;
      expectedSeq += 1;
      rows += 1;
    }
    if (batch.length < batchSize) break;
  }
  const head = await db.selectFrom('history_head').select(['seq', 'hash']).executeTakeFirstOrThrow();
  if (head.seq !== rows || head.hash !== expectedPrev) {
    return { intact: false, rows, brokenAt: rows + 1, problem: 'the chain head does not match the last row (rows removed at the end?)' };
  }
  return { intact: true, rows, headHash: expectedPrev };
}
