import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { isBeianError } from '../domain/errors/beian-error.js';
import type { ApplicationBodyInput } from '../domain/form/application-body.js';
import { createFlowHarness, parseBody, type FlowHarness } from '../../test/support/flow-harness.js';
import { applicationState } from '../../test/support/lifecycle.js';
import { sampleFirstFiling } from '../store/seed/sample-filing.js';
import { verifyHistoryChain } from '../store/history-chain.js';
import { bureauApprove } from './bureau-approve.js';
import { createApplication } from './create-application.js';
import { providerApprove } from './provider-approve.js';
import { codeInSmsText } from './sms/sms-text.js';
import { verifySmsCode } from './sms/verify-sms-code.js';
import { submitApplication } from './submit-application.js';

const onPostgres = Boolean(process.env.DATABASE_URL);
const skipReason = 'needs PostgreSQL: PGlite is a single connection, so nothing runs in parallel';

/** Runs the tasks with at most `limit` in flight. */
async function bounded<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: limit }, worker));
}

describe('concurrent approvals and submissions (PostgreSQL)', () => {
  let h: FlowHarness;
  before(async () => {
    if (onPostgres) h = await createFlowHarness();
  });
  after(async () => {
    if (onPostgres) await h.close();
  });

  /** A Beijing first filing whose app's responsible person is the main person: one SMS code to confirm. */
  const onePersonFiling = (n: number): ApplicationBodyInput => {
    const body = sampleFirstFiling({ n, provinceCode: '110000', channelId: h.parties.providers[0] });
    body.services![0]!.responsiblePerson = { ...body.subject!.mainPerson };
    return body;
  };

  async function toBureauReview(n: number): Promise<string> {
    const body = onePersonFiling(n);
    const { applicationId } = await createApplication(h.deps, h.actors.applicant, parseBody(body));
    await submitApplication(h.deps, h.actors.applicant, { applicationId });
    await providerApprove(h.deps, h.actors.provider, { applicationId });
    const main = body.subject!.mainPerson;
    const sms = await h.store.db.selectFrom('outbox').select('payload').where('topic', '=', 'sms').where('recipient', '=', main.mobile).orderBy('id', 'desc').executeTakeFirstOrThrow();
    const code = codeInSmsText((sms.payload as { text: string }).text)!;
    const outcome = await verifySmsCode(h.deps, { applicationId, phone: main.mobile, code, certificateTail: main.certificate.number.slice(-6) });
    assert.equal(outcome.outcome, 'complete');
    return applicationId;
  }

  it('200 approvals in one province at once: unique subject numbers, sequences exactly 1…200, history intact', async (t) => {
    if (!onPostgres) return t.skip(skipReason);
    const ns = Array.from({ length: 200 }, (_, i) => 1000 + i);
    const ids: string[] = [];
    await bounded(ns, 8, async (n) => {
      ids.push(await toBureauReview(n));
    });
    assert.equal(ids.length, 200);

    const results = await Promise.all(ids.map((applicationId) => bureauApprove(h.deps, h.actors.beijingBureau, { applicationId })));
    const numbers = results.map((r) => r.subjectNumber!);
    assert.equal(new Set(numbers).size, 200, 'unique');
    const sequences = numbers.map((number) => Number(/^京ICP备2026(\d{6})号$/.exec(number)![1])).sort((a, b) => a - b);
    assert.deepEqual(sequences, Array.from({ length: 200 }, (_, i) => i + 1), 'gapless from 1');
    for (const r of results) assert.deepEqual(r.serviceNumbers, [`${r.subjectNumber!}-1A`]);
    const sequence = await h.store.db.selectFrom('number_sequences').selectAll().where('province_code', '=', '110000').execute();
    assert.deepEqual(sequence, [{ province_code: '110000', year: 2026, last_value: 200 }]);
    const filed = await h.store.db.selectFrom('filings').select('number').where('kind', '=', 'subject').where('province_code', '=', '110000').execute();
    assert.equal(filed.length, 200);

    const verdict = await verifyHistoryChain(h.store.db);
    assert.equal(verdict.intact, true, JSON.stringify(verdict));
    const approvals = await h.store.db.selectFrom('history').select('seq').where('action', '=', 'bureauApprove').execute();
    assert.equal(approvals.length, 200);
  });

  it('two first filings created at once for one new certificate: both drafts, one subject row', async (t) => {
    if (!onPostgres) return t.skip(skipReason);
    const body = parseBody(onePersonFiling(950));
    const results = await Promise.all([createApplication(h.deps, h.actors.applicant, body), createApplication(h.deps, h.actors.otherApplicant, body)]);
    const rows = await h.store.db.selectFrom('applications').select('subject_id').where('id', 'in', results.map((r) => r.applicationId)).execute();
    assert.equal(rows.length, 2);
    assert.equal(rows[0]!.subject_id, rows[1]!.subject_id);
  });

  it('two submissions racing for one subject: one wins, the other is APPLICATION_IN_FLIGHT', async (t) => {
    if (!onPostgres) return t.skip(skipReason);
    for (let round = 0; round < 5; round += 1) {
      const body = parseBody(onePersonFiling(1300 + round));
      const first = await createApplication(h.deps, h.actors.applicant, body);
      const second = await createApplication(h.deps, h.actors.applicant, body);
      const outcomes = await Promise.allSettled([first, second].map(({ applicationId }) => submitApplication(h.deps, h.actors.applicant, { applicationId })));
      const won = outcomes.filter((o) => o.status === 'fulfilled');
      const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
      assert.equal(won.length, 1, `round ${round}: exactly one submission wins`);
      assert.equal(lost.length, 1);
      assert.ok(isBeianError(lost[0]!.reason) && lost[0]!.reason.code === 'APPLICATION_IN_FLIGHT', `round ${round}: ${String(lost[0]!.reason)}`);
      const states = [await applicationState(h, first.applicationId), await applicationState(h, second.applicationId)].sort();
      assert.deepEqual(states, ['draft', 'provider_review']);
    }
  });

  it('two bureau decisions racing on one application: one approves, the other finds it decided', async (t) => {
    if (!onPostgres) return t.skip(skipReason);
    const applicationId = await toBureauReview(1400);
    const outcomes = await Promise.allSettled([0, 1].map(() => bureauApprove(h.deps, h.actors.beijingBureau, { applicationId })));
    assert.equal(outcomes.filter((o) => o.status === 'fulfilled').length, 1);
    const lost = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected')!;
    assert.ok(isBeianError(lost.reason) && lost.reason.code === 'INVALID_TRANSITION', String(lost.reason));
    const filings = await h.store.db.selectFrom('filings').innerJoin('applications', 'applications.subject_id', 'filings.subject_id').select('filings.number').where('applications.id', '=', applicationId).execute();
    assert.equal(filings.length, 2, 'one subject and one service number, not two of each');
  });
});
