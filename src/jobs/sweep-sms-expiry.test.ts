import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createFlowHarness, sentSmsCodes, type FlowHarness } from '../../test/support/flow-harness.js';
import { applicationHistory, applicationState, createAndSubmit } from '../../test/support/lifecycle.js';
import { providerApprove } from '../flows/provider-approve.js';
import { verifySmsCode } from '../flows/sms/verify-sms-code.js';
import { sampleFirstFiling } from '../store/seed/sample-filing.js';
import { sweepSmsExpiry } from './sweep-sms-expiry.js';

describe('sweepSmsExpiry', () => {
  let h: FlowHarness;
  const start = new Date('2026-03-02T02:00:00Z');
  before(async () => {
    h = await createFlowHarness(start);
  });
  after(async () => h.close());

  const hours = (n: number) => new Date(start.getTime() + n * 3_600_000);
  async function smsPending(n: number): Promise<string> {
    const applicationId = await createAndSubmit(h, sampleFirstFiling({ n, channelId: h.parties.providers[0] }));
    await providerApprove(h.deps, h.actors.provider, { applicationId });
    return applicationId;
  }
  const smsFails = async (applicationId: string) => (await applicationHistory(h, applicationId)).filter((r) => r.action === 'smsFail');

  it('returns each application to its provider once its 24 hours are up, and only once', async () => {
    h.clock.now = hours(0);
    const due = [await smsPending(401), await smsPending(402), await smsPending(403)];
    h.clock.now = hours(12);
    const later = await smsPending(404);

    h.clock.now = new Date(hours(24).getTime() - 1);
    assert.equal(await sweepSmsExpiry(h.deps, 2), 0, 'nothing is due a millisecond early');
    h.clock.now = hours(24);
    assert.equal(await sweepSmsExpiry(h.deps, 2), 3, 'in batches of two: 2 + 1');
    for (const id of due) {
      assert.equal(await applicationState(h, id), 'provider_review');
      const fails = await smsFails(id);
      assert.equal(fails.length, 1);
      assert.deepEqual([fails[0]!.actor_role, fails[0]!.reason, fails[0]!.to_state], ['system', 'SMS verification timed out', 'provider_review']);
      const codes = await h.store.db.selectFrom('sms_challenges').select('id').where('application_id', '=', id).execute();
      assert.deepEqual(codes, [], 'its codes are void');
    }
    assert.equal(await applicationState(h, later), 'sms_pending');
    assert.equal(await sweepSmsExpiry(h.deps, 2), 0, 'a second sweep finds nothing');

    // A late code is now answered as not pending; the application waits for a new initial review.
    const codes = await sentSmsCodes(h);
    const body = sampleFirstFiling({ n: 401, channelId: h.parties.providers[0] });
    const main = body.subject!.mainPerson;
    await assert.rejects(verifySmsCode(h.deps, { applicationId: due[0]!, phone: main.mobile, code: codes.get(main.mobile)!, certificateTail: main.certificate.number.slice(-6) }), { code: 'SMS_NOT_PENDING' });

    h.clock.now = hours(36);
    assert.equal(await sweepSmsExpiry(h.deps), 1);
    assert.equal(await applicationState(h, later), 'provider_review');
    assert.equal((await smsFails(later)).length, 1);
  });

  it('two sweepers running at once return each expired application exactly once', async (t) => {
    if (!process.env.DATABASE_URL) {
      t.skip('needs PostgreSQL: PGlite has one connection, so the two sweepers could not overlap');
      return;
    }
    h.clock.now = hours(100);
    const ids: string[] = [];
    for (let n = 410; n < 430; n += 1) ids.push(await smsPending(n));
    h.clock.now = hours(125);
    const [a, b] = await Promise.all([sweepSmsExpiry(h.deps, 3), sweepSmsExpiry(h.deps, 3)]);
    assert.equal(a + b, ids.length, `the sweepers returned ${a} and ${b}`);
    for (const id of ids) {
      assert.equal(await applicationState(h, id), 'provider_review');
      assert.equal((await smsFails(id)).length, 1, `one smsFail row for ${id}`);
    }
    assert.equal(await sweepSmsExpiry(h.deps), 0);
  });
});
