import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createFlowHarness, parseBody, type FlowHarness } from '../../test/support/flow-harness.js';
import { confirmAllSms } from '../../test/support/drive.js';
import { createRegionLookup, defaultRegions } from '../domain/regions/index.js';
import { sampleFirstFiling } from '../store/seed/sample-filing.js';
import { verifyHistoryChain } from '../store/history-chain.js';
import { bureauApprove } from './bureau-approve.js';
import { createApplication } from './create-application.js';
import { providerApprove } from './provider-approve.js';
import { submitApplication } from './submit-application.js';

describe('a first filing from draft to number', () => {
  let h: FlowHarness;
  before(async () => {
    h = await createFlowHarness();
  });
  after(async () => h.close());

  it('files the subject and its app, numbers them, and records every step in an intact history', async () => {
    const body = sampleFirstFiling({ n: 1, provinceCode: '110000', channelId: h.parties.providers[0] });
    const { applicationId } = await createApplication(h.deps, h.actors.applicant, parseBody(body));
    const state = async () => (await h.store.db.selectFrom('applications').selectAll().where('id', '=', applicationId).executeTakeFirstOrThrow()).state;
    assert.equal(await state(), 'draft');

    await submitApplication(h.deps, h.actors.applicant, { applicationId });
    assert.equal(await state(), 'provider_review');

    const approved = await providerApprove(h.deps, h.actors.provider, { applicationId });
    assert.equal(approved.phones, 2, 'main and service responsible persons each get a code');
    assert.equal(await state(), 'sms_pending');
    const challenges = await h.store.db.selectFrom('sms_challenges').selectAll().where('application_id', '=', applicationId).execute();
    for (const challenge of challenges) assert.match(challenge.code_hash, /^\$argon2id\$/, 'codes are stored hashed');

    await confirmAllSms(h, applicationId);
    assert.equal(await state(), 'bureau_review');

    const result = await bureauApprove(h.deps, h.actors.beijingBureau, { applicationId });
    assert.equal(result.subjectNumber, '京ICP备2026000001号');
    assert.deepEqual(result.serviceNumbers, ['京ICP备2026000001号-1A']);
    assert.equal(await state(), 'approved');

    const filings = await h.store.db.selectFrom('filings').select(['number', 'kind', 'status', 'shell']).orderBy('number').execute();
    assert.deepEqual(filings, [
      { number: '京ICP备2026000001号', kind: 'subject', status: 'active', shell: false },
      { number: '京ICP备2026000001号-1A', kind: 'service', status: 'active', shell: false },
    ]);
    const history = await h.store.db.selectFrom('history').select(['action', 'to_state', 'actor_role']).where('entity_id', '=', applicationId).orderBy('seq').execute();
    assert.deepEqual(
      history.map((r) => r.action),
      ['create', 'submit', 'providerApprove', 'smsConfirm', 'smsConfirm', 'smsComplete', 'bureauApprove'],
    );
    const verdict = await verifyHistoryChain(h.store.db);
    assert.equal(verdict.intact, true);
  });

  it("numbers with the administrator's province table: a Sichuan subject gets the prefix configured for 510000", async () => {
    const table = defaultRegions.map((r) => (r.code === '510000' ? { ...r, abbreviation: '川', aliases: ['蜀'] } : r));
    const deps = { ...h.deps, regions: createRegionLookup(table) };
    const bureau = await h.store.db
      .insertInto('users')
      .values({ login: 'bureau-sc', role: 'bureau', party_id: h.parties.bureaus['510000']!, display_name: 'bureau-sc', password_hash: '!' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const body = sampleFirstFiling({ n: 3, provinceCode: '510000', channelId: h.parties.providers[0] });
    const { applicationId } = await createApplication(deps, h.actors.applicant, parseBody(body));
    await submitApplication(deps, h.actors.applicant, { applicationId });
    await providerApprove(deps, h.actors.provider, { applicationId });
    await confirmAllSms(h, applicationId);
    const result = await bureauApprove(deps, { userId: bureau.id, role: 'bureau', partyId: h.parties.bureaus['510000']!, provinceCode: '510000' }, { applicationId });
    assert.equal(result.subjectNumber, '川ICP备2026000001号');
  });

  it('gives mini-programs an X suffix and the next number of the province', async () => {
    const body = sampleFirstFiling({ n: 2, provinceCode: '110000', channelId: h.parties.miniProgramPlatform, serviceType: 'mini_program' });
    const { applicationId } = await createApplication(h.deps, h.actors.applicant, parseBody(body));
    await submitApplication(h.deps, h.actors.applicant, { applicationId });
    await providerApprove(h.deps, h.actors.miniProgramPlatform, { applicationId });
    await confirmAllSms(h, applicationId);
    const result = await bureauApprove(h.deps, h.actors.beijingBureau, { applicationId });
    assert.equal(result.subjectNumber, '京ICP备2026000002号');
    assert.deepEqual(result.serviceNumbers, ['京ICP备2026000002号-1X']);
    const filing = await h.store.db.selectFrom('filings').select('shell').where('number', '=', '京ICP备2026000002号-1X').executeTakeFirstOrThrow();
    assert.equal(filing.shell, false, 'a mini-program needs no access record to be a live filing');
  });
});
