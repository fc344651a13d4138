import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createFlowHarness, type FlowHarness } from '../../test/support/flow-harness.js';
import { applicationState, createAndSubmit } from '../../test/support/lifecycle.js';
import { providerApprove } from '../flows/provider-approve.js';
import { verifySmsCode } from '../flows/sms/verify-sms-code.js';
import { sampleFirstFiling } from '../store/seed/sample-filing.js';
import { enqueueOutbox } from '../store/outbox.js';
import { deliverOutbox, devInboxTransport, type Transport } from './deliver-outbox.js';
import { codeInSmsText } from '../flows/sms/sms-text.js';

describe('deliverOutbox', () => {
  let h: FlowHarness;
  before(async () => {
    h = await createFlowHarness();
  });
  after(async () => h.close());

  const pendingCount = async () => (await h.store.db.selectFrom('outbox').select('id').where('delivered_at', 'is', null).execute()).length;

  it('hands SMS to the developer inbox and scrubs the code from the outbox row; the codes still verify', async () => {
    const body = sampleFirstFiling({ n: 601, channelId: h.parties.providers[0] });
    const applicationId = await createAndSubmit(h, body);
    await providerApprove(h.deps, h.actors.provider, { applicationId });
    const pending = await pendingCount();
    assert.ok(pending >= 2);

    assert.equal(await deliverOutbox(h.deps), pending);
    assert.equal(await pendingCount(), 0);
    assert.equal(await deliverOutbox(h.deps), 0, 'each message is delivered once');

    const people = [body.subject!.mainPerson, body.services![0]!.responsiblePerson];
    for (const person of people) {
      const inbox = await h.store.db.selectFrom('dev_inbox').select(['channel', 'body']).where('recipient', '=', person.mobile).execute();
      assert.equal(inbox.length, 1);
      assert.equal(inbox[0]!.channel, 'sms');
      const code = codeInSmsText(inbox[0]!.body);
      assert.ok(code, inbox[0]!.body);

      const [row] = await h.store.db.selectFrom('outbox').selectAll().where('topic', '=', 'sms').where('recipient', '=', person.mobile).execute();
      assert.notEqual(row!.delivered_at, null);
      assert.equal(row!.attempts, 1);
      const payload = row!.payload as { text: string; meta: { applicationId: string } };
      assert.ok(!payload.text.includes(code), 'the code is gone from the outbox');
      assert.match(payload.text, /验证码 \*{6}/);
      assert.equal(payload.meta.applicationId, applicationId, 'the rest of the message is kept');

      const outcome = await verifySmsCode(h.deps, { applicationId, phone: person.mobile, code, certificateTail: person.certificate.number.slice(-6) });
      assert.notEqual(outcome.outcome, 'wrong');
    }
    assert.equal(await applicationState(h, applicationId), 'bureau_review');
  });

  it('retries a failed delivery later, with back-off, and delivers it then', async () => {
    const now = h.clock.now;
    await h.store.db.transaction().execute((trx) => enqueueOutbox(trx, { topic: 'sms', recipient: '13900009999', payload: { text: '验证码 654321', meta: {} } }, now));
    const failing: Transport = {
      deliver: () => Promise.reject(new Error('gateway unavailable')),
    };
    assert.equal(await deliverOutbox(h.deps, failing), 1);
    const [failed] = await h.store.db.selectFrom('outbox').selectAll().where('recipient', '=', '13900009999').execute();
    assert.equal(failed!.delivered_at, null);
    assert.equal(failed!.attempts, 1);
    assert.equal(failed!.last_error, 'gateway unavailable');
    assert.ok(failed!.available_at.getTime() > now.getTime(), 'not retried at once');
    assert.equal((failed!.payload as { text: string }).text, '验证码 654321', 'undelivered: the code is kept for the retry');
    assert.equal(await deliverOutbox(h.deps), 0);

    h.clock.now = failed!.available_at;
    assert.equal(await deliverOutbox(h.deps, devInboxTransport), 1);
    const inbox = await h.store.db.selectFrom('dev_inbox').select('body').where('recipient', '=', '13900009999').execute();
    assert.deepEqual(inbox, [{ body: '验证码 654321' }]);
    const [delivered] = await h.store.db.selectFrom('outbox').selectAll().where('recipient', '=', '13900009999').execute();
    assert.equal(delivered!.attempts, 2);
    assert.equal((delivered!.payload as { text: string }).text, '验证码 ******');
  });
});
