import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { loadConfig } from '../config/config.js';
import { openTestDatabase } from '../../test/support/test-database.js';
import { parseBody } from '../../test/support/flow-harness.js';
import { storedRowHash, verifyEntityChain, verifyHistoryChain } from '../store/history-chain.js';
import { sealHistory } from '../store/history-seal.js';
import type { OpenDatabase } from '../store/open-database.js';
import { sampleFirstFiling } from '../store/seed/sample-filing.js';
import { seedParties } from '../store/seed/seed-parties.js';
import { createFlowDeps } from '../runtime/create-flow-deps.js';
import type { Actor } from './actor.js';
import { createApplication } from './create-application.js';
import { returnApplication } from './return-application.js';
import { submitApplication } from './submit-application.js';
import { uploadSampleMaterials } from '../runtime/upload-sample-materials.js';

describe('the history chain names the row that was tampered with', () => {
  let store: OpenDatabase;
  let deps: ReturnType<typeof createFlowDeps>;
  let applicant: Actor;
  before(async () => {
    // No SMS and no sign-in here: users without password hashing keep the set-up cheap.
    store = await openTestDatabase();
    const parties = await seedParties(store.db);
    const user = async (login: string, role: 'applicant' | 'provider', partyId: string | null): Promise<Actor> => ({
      userId: (await store.db.insertInto('users').values({ login, role, party_id: partyId, display_name: login, password_hash: '!' }).returning('id').executeTakeFirstOrThrow()).id,
      role,
      partyId,
      provinceCode: null,
    });
    applicant = await user('applicant', 'applicant', null);
    const provider = await user('provider', 'provider', parties.providers[0]);
    deps = createFlowDeps(store.db, loadConfig({}), { now: () => new Date('2026-03-02T02:00:00Z') });
    await uploadSampleMaterials(deps, applicant);
    for (const n of [701, 702, 703]) {
      const { applicationId } = await createApplication(deps, applicant, parseBody(sampleFirstFiling({ n, channelId: parties.providers[0] })));
      await submitApplication(deps, applicant, { applicationId });
      await returnApplication(deps, provider, { applicationId, by: 'provider', reasons: [{ code: 'OTHER', note: `材料不全 ${n}` }] });
    }
  });
  after(async () => store.close());

  const bypassTrigger = async <T>(change: () => Promise<T>): Promise<T> => {
    await sql`alter table history disable trigger history_no_update`.execute(store.db);
    try {
      return await change();
    } finally {
      await sql`alter table history enable trigger history_no_update`.execute(store.db);
    }
  };
  const returnRow = (note: string) =>
    store.db.selectFrom('history').selectAll().where('action', '=', 'providerReturn').where('reason', 'like', `%${note}`).executeTakeFirstOrThrow();

  const rowAt = (seq: number) => store.db.selectFrom('history').selectAll().where('seq', '=', seq).executeTakeFirstOrThrow();
  const broken = async () => {
    const verdict = await verifyHistoryChain(store.db);
    assert.equal(verdict.intact, false, 'the change is noticed');
    return verdict.intact ? { brokenAt: 0, problem: '' } : { brokenAt: verdict.brokenAt, problem: verdict.problem };
  };
  const restore = async (row: Awaited<ReturnType<typeof rowAt>>) => {
    await bypassTrigger(() => store.db.updateTable('history').set({ reason: row.reason, hash: row.hash }).where('seq', '=', row.seq).execute());
    assert.equal((await verifyHistoryChain(store.db)).intact, true, 'mended');
  };

  it('is intact as written, each application’s chain on its own too, and the tables refuse updates and deletes', async () => {
    const verdict = await verifyHistoryChain(store.db);
    assert.deepEqual(verdict, { intact: true, rows: 9, headHash: '0'.repeat(64), unsealed: 9 });
    const row = await returnRow('材料不全 702');
    assert.deepEqual(await verifyEntityChain(store.db, 'application', row.entity_id), { intact: true, rows: 3, headHash: row.hash, unsealed: 0 });
    assert.deepEqual((await store.db.selectFrom('history').select(['entity_seq']).where('entity_id', '=', row.entity_id).orderBy('seq').execute()).map((r) => r.entity_seq), [1, 2, 3]);
    await assert.rejects(sql`update history set reason = 'x' where seq = 1`.execute(store.db));
    await assert.rejects(sql`delete from history where seq = 9`.execute(store.db));
  });

  // The same forgeries, first on rows not sealed yet (their entity's chain catches them), then on sealed rows (the
  // log names them: the row's own hash, the row removed).
  for (const phase of ['before sealing', 'after sealing'] as const) {
    const sealed = phase === 'after sealing';

    it(`${phase}: a changed reason breaks the chain at that row; putting it back mends it`, async () => {
      if (sealed) {
        assert.equal(await sealHistory(store.db, 4), 9, 'in batches of four');
        const verdict = await verifyHistoryChain(store.db);
        assert.ok(verdict.intact && verdict.unsealed === 0 && verdict.headHash !== '0'.repeat(64), JSON.stringify(verdict));
        await assert.rejects(sql`delete from history_log where position = 9`.execute(store.db), /append-only/);
      }
      const row = await returnRow('材料不全 702');
      await bypassTrigger(() => store.db.updateTable('history').set({ reason: 'OTHER@-: 无问题' }).where('seq', '=', row.seq).execute());
      assert.deepEqual(await broken(), { brokenAt: row.seq, problem: 'content does not match its hash' });
      assert.equal((await verifyEntityChain(store.db, 'application', row.entity_id)).intact, false, 'the applicant’s own check sees it too');
      await restore(row);
    });

    it(`${phase}: a forger who also rewrites the row’s hash is caught`, async () => {
      const row = await returnRow('材料不全 701');
      const forged = storedRowHash({ ...row, reason: 'OTHER@-: 无问题' });
      await bypassTrigger(() => store.db.updateTable('history').set({ reason: 'OTHER@-: 无问题', hash: forged }).where('seq', '=', row.seq).execute());
      assert.deepEqual(
        await broken(),
        sealed
          ? { brokenAt: row.seq, problem: 'the row’s hash is not the one that was sealed' }
          : { brokenAt: row.seq, problem: `the chain head of application ${row.entity_id} does not match its last row (rows removed at the end?)` },
      );
      await restore(row);
      // In the middle of a chain, the next row of the same application no longer links to it.
      const middle = await rowAt(row.seq - 1);
      const forgedMiddle = storedRowHash({ ...middle, reason: 'x' });
      await bypassTrigger(() => store.db.updateTable('history').set({ reason: 'x', hash: forgedMiddle }).where('seq', '=', middle.seq).execute());
      assert.deepEqual(
        await broken(),
        sealed
          ? { brokenAt: middle.seq, problem: 'the row’s hash is not the one that was sealed' }
          : { brokenAt: row.seq, problem: `prev_hash does not match the previous row of application ${row.entity_id}` },
      );
      await restore(middle);
    });

    it(`${phase}: a removed row is named, in the middle and at the end`, async () => {
      for (const seq of [5, 9]) {
        const row = await rowAt(seq);
        await bypassTrigger(() => store.db.deleteFrom('history').where('seq', '=', seq).execute());
        const verdict = await broken();
        if (sealed) assert.deepEqual(verdict, { brokenAt: seq, problem: `row ${seq} is missing` });
        else if (seq === 5) assert.deepEqual(verdict, { brokenAt: 6, problem: `row 2 of application ${row.entity_id}'s chain is missing` });
        else assert.deepEqual(verdict, { brokenAt: 8, problem: `the chain head of application ${row.entity_id} does not match its last row (rows removed at the end?)` });
        // Put back as it was: still waiting for its seal, or already sealed.
        await sql`alter table history disable trigger history_to_seal`.execute(store.db);
        try {
          await store.db.insertInto('history').values({ ...row, data: JSON.stringify(row.data) }).execute();
        } finally {
          await sql`alter table history enable trigger history_to_seal`.execute(store.db);
        }
        assert.equal((await verifyHistoryChain(store.db)).intact, true);
      }
    });
  }

  it('a removed log entry, or entries cut from the end of the log, are named', async () => {
    const last = await store.db.selectFrom('history_log').selectAll().where('position', '=', 9).executeTakeFirstOrThrow();
    await sql`alter table history_log disable trigger history_log_no_update`.execute(store.db);
    try {
      await store.db.deleteFrom('history_log').where('position', '=', 9).execute();
      assert.deepEqual(await broken(), { brokenAt: 0, problem: 'the log head does not match its last entry (entries removed at the end?)' });
      await store.db.insertInto('history_log').values(last).execute();
      const fourth = await store.db.selectFrom('history_log').selectAll().where('position', '=', 4).executeTakeFirstOrThrow();
      await store.db.deleteFrom('history_log').where('position', '=', 4).execute();
      assert.deepEqual(await broken(), { brokenAt: 5, problem: 'log entry 4 is missing' });
      await store.db.insertInto('history_log').values(fourth).execute();
    } finally {
      await sql`alter table history_log enable trigger history_log_no_update`.execute(store.db);
    }
    assert.equal((await verifyHistoryChain(store.db)).intact, true);
  });

  it('a row written after the last seal is checked through its chain until the next seal takes it in', async () => {
    const row = await returnRow('材料不全 703');
    await submitApplication(deps, applicant, { applicationId: row.entity_id });
    const verdict = await verifyHistoryChain(store.db);
    assert.ok(verdict.intact && verdict.unsealed === 1 && verdict.rows === 10, JSON.stringify(verdict));
    assert.equal(await sealHistory(store.db), 1);
    assert.ok(((v) => v.intact && v.unsealed === 0)(await verifyHistoryChain(store.db)));
  });
});
