import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { providerApprove } from '../../src/flows/provider-approve.js';
import { sampleFirstFiling } from '../../src/store/seed/sample-filing.js';
import { sentSmsCodes } from '../support/flow-harness.js';
import { createHttpHarness, type HttpHarness } from '../support/http-harness.js';
import { applicationState, createAndSubmit } from '../support/lifecycle.js';

interface ErrorReply {
  error: { code: string; path?: string; details?: Record<string, unknown> };
}

describe('a fresh SMS code asked for by the person holding only the phone (/verify/resend and the API)', () => {
  let h: HttpHarness;
  const start = new Date('2026-03-02T02:00:00Z');
  before(async () => {
    h = await createHttpHarness({ rateLimits: { login: 100, smsVerify: 1000 }, policy: { smsResendIntervalSeconds: 60, smsMaxSends: 3 } });
    h.clock.now = start;
  });
  after(async () => h.close());

  const later = (seconds: number) => {
    h.clock.now = new Date(h.clock.now.getTime() + seconds * 1000);
  };

  async function pending(n: number) {
    const body = sampleFirstFiling({ n, channelId: h.parties.providers[0] });
    const applicationId = await createAndSubmit(h, body);
    await providerApprove(h.deps, h.actors.provider, { applicationId });
    const person = body.services![0]!.responsiblePerson;
    return { applicationId, phone: person.mobile, certificateTail: person.certificate.number.slice(-6), main: body.subject!.mainPerson };
  }

  async function postForm(path: string, fields: Record<string, string>) {
    const response = await fetch(`${h.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
    return { status: response.status, text: await response.text() };
  }

  const smsTo = async (phone: string) =>
    (await h.store.db.selectFrom('outbox').select('id').where('topic', '=', 'sms').where('recipient', '=', phone).execute()).length;

  it('offers the resend form on the page, with the wait and the number of sends', async () => {
    const page = await (await fetch(`${h.baseUrl}/verify`)).text();
    assert.match(page, /<form method="post" action="\/verify\/resend"/);
    assert.match(page, /每60秒最多一次，每个号码最多发送3次/);
    const en = await (await fetch(`${h.baseUrl}/verify?lang=en`)).text();
    assert.match(en, /Send a new code/);
  });

  it('sends a new code to the phone, shows the wait, refuses another within the interval, and the new code confirms', async () => {
    const { applicationId, phone, certificateTail, main } = await pending(701);
    const oldCode = (await sentSmsCodes(h)).get(phone)!;
    assert.equal(await smsTo(phone), 1);

    later(10);
    const soon = await postForm('/verify/resend', { phone });
    assert.equal(soon.status, 429);
    assert.match(soon.text, /请50秒后再获取/, 'the wait left is shown');
    assert.match(soon.text, /data-wait="50"/);
    assert.equal(await smsTo(phone), 1, 'nothing was sent');

    later(50);
    const sent = await postForm('/verify/resend', { lang: 'en', phone });
    assert.equal(sent.status, 200, sent.text);
    assert.match(sent.text, /A new code was sent/);
    assert.match(sent.text, /ask again in 60 seconds \(1 more time\)/);
    assert.equal(await smsTo(phone), 2);
    assert.equal(await smsTo(main.mobile), 1, 'only the phone that asked gets a code');
    const newCode = (await sentSmsCodes(h)).get(phone)!;

    const history = await h.store.db.selectFrom('history').select('action').where('entity_id', '=', applicationId).where('action', '=', 'smsResend').execute();
    assert.equal(history.length, 1);

    if (newCode !== oldCode) {
      const stale = await postForm('/verify', { phone, code: oldCode, certificateTail });
      assert.equal(stale.status, 400, 'the old code no longer works');
    }
    const done = await postForm('/verify', { phone, code: newCode, certificateTail });
    assert.equal(done.status, 200, done.text);
    assert.match(done.text, /您的核验已完成/);
    assert.equal(await applicationState(h, applicationId), 'sms_pending', 'the main person has still to confirm');
  });

  it('stops at the maximum number of sends and refuses a phone waiting for nothing without sending', async () => {
    const { phone } = await pending(702);
    later(61);
    const first = await h.anonymous.request<{ resent: number; nextAfterSeconds: number; sendsLeft: number }>('POST', '/api/v1/sms-verifications/resend', { phone: `+86 ${phone}` });
    assert.equal(first.status, 200, first.text);
    assert.deepEqual(first.body, { resent: 1, nextAfterSeconds: 60, sendsLeft: 1 });
    later(61);
    const second = await h.anonymous.request('POST', '/api/v1/sms-verifications/resend', { phone });
    assert.equal(second.status, 200, second.text);
    later(61);
    const third = await h.anonymous.request<ErrorReply>('POST', '/api/v1/sms-verifications/resend', { phone });
    assert.equal(third.status, 429);
    assert.deepEqual([third.body.error.code, third.body.error.path], ['SMS_SEND_LIMIT', 'phone']);
    const page = await postForm('/verify/resend', { phone });
    assert.equal(page.status, 429);
    assert.match(page.text, /发送次数已达上限/);
    assert.equal(await smsTo(phone), 3);

    const nobody = await postForm('/verify/resend', { phone: '13800000009' });
    assert.equal(nobody.status, 409);
    assert.match(nobody.text, /未发送短信/);
    assert.equal(await smsTo('13800000009'), 0);

    const malformed = await h.anonymous.request<ErrorReply>('POST', '/api/v1/sms-verifications/resend', { phone: '1' });
    assert.equal(malformed.status, 400);
    assert.equal(malformed.body.error.path, 'body.phone');
  });
});
