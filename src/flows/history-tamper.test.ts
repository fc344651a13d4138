import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { loadConfig } from '../config/config.js';
import { openTestDatabase } from '../../test/support/test-database.js';
import { parseBody } from '../../test/support/flow-harness.js';
import { historyEntryOf, historyRowHash, verifyHistoryChain } from '../store/history-chain.js';
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
    const applicant = await user('applicant', 'applicant', null);
    const provider = await user('provider', 'provider', parties.providers[0]);
    const deps = createFlowDeps(store.db, loadConfig({}), { now: () => new Date('2026-03-02T02:00:00Z') });
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

  it('is intact as written, and the table refuses updates and deletes', async () => {
    const verdict = await verifyHistoryChain(store.db);
    assert.deepEqual({ intact: verdict.intact, rows: verdict.rows }, { intact: true, rows: 9 });
    await assert.rejects(sql`update history set reason = 'x' where seq = 1`.execute(store.db));
    await assert.rejects(sql`delete from history where seq = 9`.execute(store.db));
  });

  it('a changed reason breaks the chain at that row; putting it back mends it', async () => {
    const row = await returnRow('材料不全 702');
    await bypassTrigger(() => store.db.updateTable('history').set({ reason: 'OTHER@-: 无问题' }).where('seq', '=', row.seq).execute());
    const verdict = await verifyHistoryChain(store.db);
    assert.deepEqual(verdict, { intact: false, rows: row.seq - 1, brokenAt: row.seq, problem: 'content does not match its hash' });

    await bypassTrigger(() => store.db.updateTable('history').set({ reason: row.reason }).where('seq', '=', row.seq).execute());
    assert.equal((await verifyHistoryChain(store.db)).intact, true);
  });

  it('a forger who also rewrites the row’s hash is caught at the next row', async () => {
    const row = await returnRow('材料不全 701');
    const forged = historyRowHash(row.seq, row.prev_hash, { ...historyEntryOf(row), reason: 'OTHER@-: 无问题' });
    await bypassTrigger(() => store.db.updateTable('history').set({ reason: 'OTHER@-: 无问题', hash: forged }).where('seq', '=', row.seq).execute());
    const verdict = await verifyHistoryChain(store.db);
    assert.deepEqual(verdict, { intact: false, rows: row.seq, brokenAt: row.seq + 1, problem: 'prev_hash does not match the previous row' });
    await bypassTrigger(() => store.db.updateTable('history').set({ reason: row.reason, hash: row.hash }).where('seq', '=', row.seq).execute());
    assert.equal((await verifyHistoryChain(store.db)).intact, true);
  });

  it('a removed row is named, in the middle and at the end', async () => {
    for (const seq of [5, 9]) {
      const row = await store.db.selectFrom('history').selectAll().where('seq', '=', seq).executeTakeFirstOrThrow();
      await bypassTrigger(() => store.db.deleteFrom('history').where('seq', '=', seq).execute());
      const verdict = await verifyHistoryChain(store.db);
      assert.equal(verdict.intact, false);
      assert.equal(verdict.intact === false && verdict.brokenAt, seq, JSON.stringify(verdict));
      await store.db.insertInto('history').values({ ...row, data: JSON.stringify(row.data) }).execute();
      assert.equal((await verifyHistoryChain(store.db)).intact, true);
    }
  });
});
