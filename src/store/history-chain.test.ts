import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Migrator, sql } from 'kysely';
import { createScratchDatabase } from '../../test/support/test-database.js';
import { appendHistory, GENESIS, historyRowHash, verifyEntityChain, verifyHistoryChain, type HistoryEntry } from './history-chain.js';
import { sealHistory } from './history-seal.js';
import { migrateToLatest } from './migrate.js';
import { migrations } from './migrations/index.js';
import { openDatabase, type OpenDatabase } from './open-database.js';

const entry = (entityId: string, action: string): HistoryEntry => ({
  at: new Date('2026-03-02T02:00:00Z'),
  actorUserId: null,
  actorRole: 'system',
  actorPartyId: null,
  entityType: 'application',
  entityId,
  action,
  fromState: null,
  toState: null,
  reason: null,
  data: { action },
});

describe('history written as one chain before entity chains', () => {
  let store: OpenDatabase;
  let drop = async () => {};
  before(async () => {
    if (process.env.DATABASE_URL) {
      const scratch = await createScratchDatabase(process.env.DATABASE_URL);
      drop = scratch.drop;
      store = await openDatabase({ databaseUrl: scratch.url });
    } else store = await openDatabase({ dataDir: ':memory:' });
    // The schema as first released, and three rows written by its single chain.
    const first = new Migrator({ db: store.db, provider: { getMigrations: async () => ({ '0001-initial': migrations['0001-initial']! }) } });
    assert.equal((await first.migrateToLatest()).error, undefined);
    let prev = GENESIS;
    for (const [seq, id, action] of [[1, 'a', 'create'], [2, 'b', 'create'], [3, 'a', 'submit']] as const) {
      const e = entry(id, action);
      const hash = historyRowHash({ seq }, prev, e);
      await sql`insert into history (seq, at, actor_role, entity_type, entity_id, action, data, prev_hash, hash)
                values (${seq}, ${e.at}, 'system', 'application', ${id}, ${action}, ${JSON.stringify(e.data)}, ${prev}, ${hash})`.execute(store.db);
      await sql`update history_head set seq = ${seq}, hash = ${hash}`.execute(store.db);
      prev = hash;
    }
    assert.deepEqual(await migrateToLatest(store.db as never), Object.keys(migrations).filter((name) => name !== '0001-initial'));
  });
  after(async () => {
    await store.close();
    await drop();
  });

  it('keeps verifying, and each entity’s chain goes on from its last row', async () => {
    assert.deepEqual(await verifyHistoryChain(store.db), { intact: true, rows: 3, headHash: GENESIS, unsealed: 3 });
    const seq = await store.db.transaction().execute((trx) => appendHistory(trx, entry('a', 'providerApprove')));
    assert.equal(seq, 4, 'numbering continues after the old rows');
    const row = await store.db.selectFrom('history').selectAll().where('seq', '=', 4).executeTakeFirstOrThrow();
    const lastOfA = await store.db.selectFrom('history').select('hash').where('seq', '=', 3).executeTakeFirstOrThrow();
    assert.deepEqual([row.entity_seq, row.prev_hash], [3, lastOfA.hash]);
    assert.equal(await sealHistory(store.db), 4);
    const verdict = await verifyHistoryChain(store.db);
    assert.ok(verdict.intact && verdict.rows === 4 && verdict.unsealed === 0, JSON.stringify(verdict));
    assert.deepEqual(await verifyEntityChain(store.db, 'application', 'a'), { intact: true, rows: 3, headHash: row.hash, unsealed: 0 });
  });

  it('names a changed old row through the single chain', async () => {
    await sql`alter table history disable trigger history_no_update`.execute(store.db);
    try {
      await sql`update history set action = 'forged' where seq = 2`.execute(store.db);
      assert.deepEqual(await verifyHistoryChain(store.db), { intact: false, rows: 0, brokenAt: 2, problem: 'content does not match its hash' });
      await sql`update history set action = 'create' where seq = 2`.execute(store.db);
    } finally {
      await sql`alter table history enable trigger history_no_update`.execute(store.db);
    }
    assert.equal((await verifyHistoryChain(store.db)).intact, true);
  });
});
