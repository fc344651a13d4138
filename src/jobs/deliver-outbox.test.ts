import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createFlowHarness, type FlowHarness } from '../../test/support/flow-harness.js';
import { deliverAll } from '../../test/support/deliver.js';
import { applicationState, createAndSubmit } from '../../test/support/lifecycle.js';
import { providerApprove } from '../flows/provider-approve.js';
import { verifySmsCode } from '../flows/sms/verify-sms-code.js';
import { sampleFirstFiling } from '../store/seed/sample-filing.js';
import { enqueueOutbox } from '../store/outbox.js';
import { deliverOutbox } from './deliver-outbox.js';
import { devInboxGateways } from './gateways/dev-inbox-gateways.js';
import type { Gateways, SmsSend } from './gateways/gateways.js';
import { codeInSmsText } from '../flows/sms/sms-text.js';

/** A promise and its resolver: a gateway call the test lets finish when it chooses. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

const within = <T>(ms: number, work: Promise<T>) =>
  Promise.race([work, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`not done within ${ms} ms`)), ms))]);

describe('deliverOutbox', () => {
  let h: FlowHarness;
  before(async () => {
    h = await createFlowHarness();
  });
  after(async () => h.close());

  const pendingCount = async () => (await h.store.db.selectFrom('outbox').select('id').where('delivered_at', 'is', null).execute()).length;
  const row = (recipient: string) => h.store.db.selectFrom('outbox').selectAll().where('recipient', '=', recipient).executeTakeFirstOrThrow();
  const enqueue = (recipient: string, text: string) =>
    h.store.db.transaction().execute((trx) => enqueueOutbox(trx, { topic: 'sms', recipient, payload: { text, meta: {} } }, h.clock.now));

  it('hands SMS to the developer inbox and scrubs the code from the outbox row; the codes still verify', async () => {
    const body = sampleFirstFiling({ n: 601, channelId: h.parties.providers[0] });
    const applicationId = await createAndSubmit(h, body);
    await providerApprove(h.deps, h.actors.provider, { applicationId });
    const pending = await pendingCount();
    assert.ok(pending >= 2);

    assert.equal(await deliverAll(h), pending);
    assert.equal(await pendingCount(), 0);
    assert.equal(await deliverAll(h), 0, 'each message is delivered once');

    const people = [body.subject!.mainPerson, body.services![0]!.responsiblePerson];
    for (const person of people) {
      const inbox = await h.store.db.selectFrom('dev_inbox').select(['channel', 'body']).where('recipient', '=', person.mobile).execute();
      assert.equal(inbox.length, 1);
      assert.equal(inbox[0]!.channel, 'sms');
      const code = codeInSmsText(inbox[0]!.body);
      assert.ok(code, inbox[0]!.body);

      const [sent] = await h.store.db.selectFrom('outbox').selectAll().where('topic', '=', 'sms').where('recipient', '=', person.mobile).execute();
      assert.notEqual(sent!.delivered_at, null);
      assert.equal(sent!.attempts, 1);
      assert.equal(sent!.claim_token, null);
      const payload = sent!.payload as { text: string; meta: { applicationId: string } };
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
    await enqueue('13900009999', '验证码 654321');
    const failing: Gateways = { sms: { send: () => Promise.reject(new Error('gateway unavailable')) } };
    assert.equal(await deliverOutbox(h.deps, failing), 1);
    const failed = await row('13900009999');
    assert.equal(failed.delivered_at, null);
    assert.equal(failed.attempts, 1);
    assert.equal(failed.last_error, 'gateway unavailable');
    assert.equal(failed.claim_token, null);
    assert.equal(failed.available_at.getTime(), now.getTime() + 1000, 'not retried at once: 2^0 s later');
    assert.equal((failed.payload as { text: string }).text, '验证码 654321', 'undelivered: the code is kept for the retry');
    assert.equal(await deliverOutbox(h.deps, devInboxGateways(h.store.db, h.deps.now)), 0);

    h.clock.now = failed.available_at;
    assert.equal(await deliverOutbox(h.deps, failing), 1);
    const again = await row('13900009999');
    assert.equal(again.available_at.getTime(), failed.available_at.getTime() + 2000, 'the next wait doubles');

    h.clock.now = again.available_at;
    assert.equal(await deliverOutbox(h.deps, devInboxGateways(h.store.db, h.deps.now)), 1);
    const inbox = await h.store.db.selectFrom('dev_inbox').select('body').where('recipient', '=', '13900009999').execute();
    assert.deepEqual(inbox, [{ body: '验证码 654321' }]);
    const delivered = await row('13900009999');
    assert.equal(delivered.attempts, 3);
    assert.equal(delivered.last_error, null);
    assert.equal((delivered.payload as { text: string }).text, '验证码 ******');
  });

  it('keeps a message pending, with the reason, when its channel has no gateway', async () => {
    await enqueue('13900008888', '验证码 111111');
    assert.equal(await deliverOutbox(h.deps, {}), 1);
    const pending = await row('13900008888');
    assert.equal(pending.delivered_at, null);
    assert.equal(pending.last_error, 'no SMS gateway configured');
    h.clock.now = pending.available_at;
    await deliverAll(h);
  });

  it('calls the gateway outside any transaction: while a slow gateway sends, the row is not locked and the database is free', async () => {
    await enqueue('13900007777', '验证码 222222');
    const slow = gate();
    const started = gate();
    const sending = deliverOutbox(h.deps, { sms: { send: () => (started.open(), slow.opened) } });
    await within(5000, started.opened);
    // Another process locking the row without waiting gets it at once; other work proceeds.
    const locked = await within(
      5000,
      h.store.db.transaction().execute((trx) => trx.selectFrom('outbox').select('id').where('recipient', '=', '13900007777').forUpdate().noWait().execute()),
    );
    assert.equal(locked.length, 1);
    const claimedRow = await within(5000, row('13900007777'));
    assert.notEqual(claimedRow.claim_token, null, 'claimed');
    assert.ok(claimedRow.available_at.getTime() > h.clock.now.getTime(), 'leased: not due for another worker');
    assert.equal(await within(5000, deliverOutbox(h.deps, { sms: { send: () => Promise.reject(new Error('must not be called')) } })), 0, 'another worker takes nothing');
    slow.open();
    assert.equal(await sending, 1);
    assert.notEqual((await row('13900007777')).delivered_at, null);
  });

  it('two workers at once send each message exactly once', async () => {
    const phones = Array.from({ length: 30 }, (_, i) => `1370000${String(i).padStart(4, '0')}`);
    for (const phone of phones) await enqueue(phone, '验证码 333333');
    const sent: string[] = [];
    const gateways: Gateways = {
      sms: {
        send: async (m: SmsSend) => {
          await new Promise((resolve) => setTimeout(resolve, 5));
          sent.push(m.phone);
        },
      },
    };
    const worker = async () => {
      while ((await deliverOutbox(h.deps, gateways, { batchSize: 4 })) > 0);
    };
    await Promise.all([worker(), worker()]);
    assert.deepEqual([...sent].sort(), phones);
    const rows = await h.store.db.selectFrom('outbox').select(['attempts', 'delivered_at']).where('recipient', 'in', phones).execute();
    assert.ok(rows.every((r) => r.attempts === 1 && r.delivered_at !== null));
  });

  it('a worker that outlives its lease changes nothing once another has taken the message over', async () => {
    await enqueue('13900006666', '验证码 444444');
    const stuck = gate();
    const first = deliverOutbox(h.deps, { sms: { send: () => stuck.opened.then(() => Promise.reject(new Error('timed out'))) } }, { leaseMs: 60_000 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    h.clock.now = new Date(h.clock.now.getTime() + 61_000);
    assert.equal(await deliverOutbox(h.deps, devInboxGateways(h.store.db, h.deps.now)), 1, 'the lease ran out: taken over');
    stuck.open();
    assert.equal(await first, 1);
    const settled = await row('13900006666');
    assert.notEqual(settled.delivered_at, null, 'the late failure did not undo the delivery');
    assert.equal(settled.last_error, null);
    assert.equal(settled.attempts, 2);
  });
});
