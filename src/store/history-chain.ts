import { createHash } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
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

/** What a row's hash links to: its place in the single chain written before entity chains, or in its entity's chain. */
export type HistoryLink = { seq: number } | { entitySeq: number };

export const GENESIS = '0'.repeat(64);

export function historyRowHash(link: HistoryLink, prevHash: string, entry: HistoryEntry): string {
  const content = canonicalJson({
    ...link,
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

/** The hash a stored row should carry, recomputed from its content. */
export function storedRowHash(row: Selectable<HistoryTable>): string {
  const link: HistoryLink = row.entity_seq === null ? { seq: row.seq } : { entitySeq: row.entity_seq };
  return historyRowHash(link, row.prev_hash, historyEntryOf(row));
}

/** A log entry's hash: the previous entry's hash, this entry's position, and the row it seals. */
export function logEntryHash(prevHash: string, position: number, historySeq: number, rowHash: string): string {
  return createHash('sha256').update(`${prevHash}:${position}:${historySeq}:${rowHash}`).digest('hex');
}

/**
 * Appends one row to its entity's chain. Only the entity's head row is locked (an application's changes are already
 * serialised by its own row lock), so changes to different entities never wait for each other; the row reaches the
 * global log when the sealer next runs (sealHistory).
 */
export async function appendHistory(trx: Transaction<Database>, entry: HistoryEntry): Promise<number> {
  const head = await trx
    .insertInto('history_heads')
    .values({ entity_type: entry.entityType, entity_id: entry.entityId, seq: 1, hash: '' })
    .onConflict((oc) => oc.columns(['entity_type', 'entity_id']).doUpdateSet((eb) => ({ seq: eb('history_heads.seq', '+', 1) })))
    .returning(['seq', 'hash'])
    .executeTakeFirstOrThrow();
  const prevHash = head.seq === 1 ? GENESIS : head.hash;
  const hash = historyRowHash({ entitySeq: head.seq }, prevHash, entry);
  const row = await trx
    .insertInto('history')
    .values({
      entity_seq: head.seq,
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
      prev_hash: prevHash,
      hash,
    })
    .returning('seq')
    .executeTakeFirstOrThrow();
  await trx.updateTable('history_heads').set({ hash }).where('entity_type', '=', entry.entityType).where('entity_id', '=', entry.entityId).execute();
  return row.seq;
}

export type ChainVerdict =
  | { intact: true; rows: number; headHash: string; unsealed: number }
  | { intact: false; rows: number; brokenAt: number; problem: string };

type Broken = Extract<ChainVerdict, { intact: false }>;
type HistoryRow = Selectable<HistoryTable>;

/** The single chain written before entity chains: rows 1…n in order, ending at the frozen history_head. */
async function verifySingleChain(db: Kysely<Database>, batchSize: number): Promise<Omit<Broken, 'intact' | 'rows'> | number> {
  let expectedPrev = GENESIS;
  let expectedSeq = 1;
  for (;;) {
    const batch = await db.selectFrom('history').selectAll().where('entity_seq', 'is', null).where('seq', '>=', expectedSeq).orderBy('seq').limit(batchSize).execute();
    for (const row of batch) {
      if (row.seq !== expectedSeq) return { brokenAt: expectedSeq, problem: `row ${expectedSeq} is missing` };
      if (row.prev_hash !== expectedPrev) return { brokenAt: row.seq, problem: 'prev_hash does not match the previous row' };
      if (storedRowHash(row) !== row.hash) return { brokenAt: row.seq, problem: 'content does not match its hash' };
      expectedPrev = row.hash;
      expectedSeq += 1;
    }
    if (batch.length < batchSize) break;
  }
  const head = await db.selectFrom('history_head').select(['seq', 'hash']).executeTakeFirstOrThrow();
  if (head.seq !== expectedSeq - 1 || head.hash !== expectedPrev) {
    return { brokenAt: expectedSeq, problem: 'the chain head does not match the last row (rows removed at the end?)' };
  }
  return expectedSeq - 1;
}

/** The log, entry by entry: each entry's hash, the row it seals still there and unchanged, the head at its end. */
async function verifyLog(db: Kysely<Database>, batchSize: number): Promise<Omit<Broken, 'intact' | 'rows'> | { headHash: string; sealed: number }> {
  let prev = GENESIS;
  let position = 0;
  for (;;) {
    const batch = await db
      .selectFrom('history_log as l')
      .leftJoin('history as h', 'h.seq', 'l.history_seq')
      .select(['l.position', 'l.history_seq', 'l.row_hash', 'l.hash as entry_hash'])
      .selectAll('h')
      .where('l.position', '>', position)
      .orderBy('l.position')
      .limit(batchSize)
      .execute();
    for (const entry of batch) {
      if (entry.position !== position + 1) return { brokenAt: entry.history_seq, problem: `log entry ${position + 1} is missing` };
      if (logEntryHash(prev, entry.position, entry.history_seq, entry.row_hash) !== entry.entry_hash) {
        return { brokenAt: entry.history_seq, problem: 'the log entry does not match its hash' };
      }
      if (entry.seq === null) return { brokenAt: entry.history_seq, problem: `row ${entry.history_seq} is missing` };
      const row = entry as unknown as HistoryRow;
      if (storedRowHash(row) !== row.hash) return { brokenAt: row.seq, problem: 'content does not match its hash' };
      if (row.hash !== entry.row_hash) return { brokenAt: row.seq, problem: 'the row’s hash is not the one that was sealed' };
      prev = entry.entry_hash;
      position = entry.position;
    }
    if (batch.length < batchSize) break;
  }
  const head = await db.selectFrom('history_log_head').select(['position', 'hash']).executeTakeFirstOrThrow();
  if (head.position !== position || head.hash !== prev) {
    return { brokenAt: 0, problem: 'the log head does not match its last entry (entries removed at the end?)' };
  }
  return { headHash: prev, sealed: position };
}

/** Every entity's chain: positions 1…n, each row linking to the one before it, the head at its end. */
async function verifyEntityChains(db: Kysely<Database>, batchSize: number): Promise<Omit<Broken, 'intact' | 'rows'> | number> {
  let after: [string, string, number] | undefined;
  let entity = '';
  let position = 0;
  let prev = GENESIS;
  let rows = 0;
  for (;;) {
    const cursor = after;
    const batch = await db
      .selectFrom('history')
      .selectAll()
      .$if(cursor !== undefined, (qb) => qb.where(sql<boolean>`(entity_type, entity_id, seq) > (${cursor![0]}, ${cursor![1]}, ${cursor![2]})`))
      .orderBy('entity_type')
      .orderBy('entity_id')
      .orderBy('seq')
      .limit(batchSize)
      .execute();
    for (const row of batch) {
      const key = `${row.entity_type}\u0000${row.entity_id}`;
      if (key !== entity) {
        entity = key;
        position = 0;
        prev = GENESIS;
      }
      position += 1;
      if (row.entity_seq !== null) {
        if (row.entity_seq !== position) {
          return { brokenAt: row.seq, problem: `row ${position} of ${row.entity_type} ${row.entity_id}'s chain is missing` };
        }
        if (storedRowHash(row) !== row.hash) return { brokenAt: row.seq, problem: 'content does not match its hash' };
        if (row.prev_hash !== prev) return { brokenAt: row.seq, problem: `prev_hash does not match the previous row of ${row.entity_type} ${row.entity_id}` };
      }
      prev = row.hash;
      rows += 1;
    }
    if (batch.length < batchSize) break;
    const last = batch.at(-1)!;
    after = [last.entity_type, last.entity_id, last.seq];
  }
  // Every head at the end of its chain (a removed last row shows here), and no chain without a head.
  const { rows: heads } = await sql<{ entity_type: string; entity_id: string; last_seq: number | null }>`
    select h.entity_type, h.entity_id, last.seq as last_seq
    from history_heads h
    left join lateral (
      select r.seq, r.hash, count(*) over () as n from history r
      where r.entity_type = h.entity_type and r.entity_id = h.entity_id
      order by r.seq desc limit 1
    ) last on true
    where last.hash is distinct from h.hash or last.n is distinct from h.seq
    limit 1`.execute(db);
  if (heads[0]) {
    const h = heads[0];
    return { brokenAt: h.last_seq ?? 0, problem: `the chain head of ${h.entity_type} ${h.entity_id} does not match its last row (rows removed at the end?)` };
  }
  const headless = await db
    .selectFrom('history as r')
    .select(['r.seq', 'r.entity_type', 'r.entity_id'])
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('history_heads as h').select('h.seq').whereRef('h.entity_type', '=', 'r.entity_type').whereRef('h.entity_id', '=', 'r.entity_id'))))
    .limit(1)
    .executeTakeFirst();
  if (headless) return { brokenAt: headless.seq, problem: `${headless.entity_type} ${headless.entity_id} has rows but no chain head` };
  return rows;
}

/**
 * Proves the whole history: the rows written as a single chain before entity chains, then the log of sealed rows
 * (names a row removed, changed or re-hashed after sealing), then every entity's chain (which also covers rows not
 * sealed yet), then that every row is either sealed or waiting to be. Names the first row that does not fit.
 */
export async function verifyHistoryChain(db: Kysely<Database>, batchSize = 5000): Promise<ChainVerdict> {
  const total = Number((await db.selectFrom('history').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const single = await verifySingleChain(db, batchSize);
  if (typeof single !== 'number') return { intact: false, rows: 0, ...single };
  const log = await verifyLog(db, batchSize);
  if (!('headHash' in log)) return { intact: false, rows: single, ...log };
  const chains = await verifyEntityChains(db, batchSize);
  if (typeof chains !== 'number') return { intact: false, rows: log.sealed, ...chains };
  const stray = await db
    .selectFrom('history as r')
    .select('r.seq')
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('history_log as l').select('l.position').whereRef('l.history_seq', '=', 'r.seq'))))
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('history_unsealed as u').select('u.seq').whereRef('u.seq', '=', 'r.seq'))))
    .limit(1)
    .executeTakeFirst();
  if (stray) return { intact: false, rows: chains, brokenAt: stray.seq, problem: `row ${stray.seq} is neither sealed nor waiting to be` };
  return { intact: true, rows: total, headHash: log.headHash, unsealed: total - log.sealed };
}

/** One entity's own timeline, without the rest of the history: its rows in order, each linked to the one before. */
export async function verifyEntityChain(db: Kysely<Database>, entityType: string, entityId: string): Promise<ChainVerdict> {
  const rows = await db.selectFrom('history').selectAll().where('entity_type', '=', entityType).where('entity_id', '=', entityId).orderBy('seq').execute();
  let prev = GENESIS;
  for (const [i, row] of rows.entries()) {
    if (row.entity_seq !== null) {
      if (row.entity_seq !== i + 1) return { intact: false, rows: i, brokenAt: row.seq, problem: `row ${i + 1} of the chain is missing` };
      if (row.prev_hash !== prev) return { intact: false, rows: i, brokenAt: row.seq, problem: 'prev_hash does not match the previous row' };
      if (storedRowHash(row) !== row.hash) return { intact: false, rows: i, brokenAt: row.seq, problem: 'content does not match its hash' };
    }
    prev = row.hash;
  }
  const head = await db.selectFrom('history_heads').select(['seq', 'hash']).where('entity_type', '=', entityType).where('entity_id', '=', entityId).executeTakeFirst();
  if ((head?.seq ?? 0) !== rows.length || (rows.length > 0 && head?.hash !== prev)) {
    return { intact: false, rows: rows.length, brokenAt: rows.at(-1)?.seq ?? 0, problem: 'the chain head does not match the last row (rows removed at the end?)' };
  }
  return { intact: true, rows: rows.length, headHash: prev, unsealed: 0 };
}
