import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertRefused, createFlowHarness, sentSmsCodes, type FlowHarness } from '../../../test/support/flow-harness.js';
import { applicationHistory, applicationState, createAndSubmit } from '../../../test/support/lifecycle.js';
import type { ApplicationBodyInput } from '../../domain/form/application-body.js';
import { isBeianError } from '../../domain/errors/beian-error.js';
import { sampleFirstFiling } from '../../store/seed/sample-filing.js';
import { providerApprove } from '../provider-approve.js';
import { resendSmsCode } from './resend-sms-code.js';
import { verifySmsCode } from './verify-sms-code.js';

describe('SMS verification', () => {
  let h: FlowHarness;
  const start = new Date('2026-03-02T02:00:00Z');
  before(async () => {
    h = await createFlowHarness(start);
  });
  after(async () => h.close());

  const at = (seconds: number) => {
    h.clock.now = new Date(start.getTime() + seconds * 1000);
  };
  const sample = (n: number): ApplicationBodyInput => sampleFirstFiling({ n, channelId: h.parties.providers[0] });
  /** An application in sms_pending, with the phones, certificate tails and codes of its confirmers. */
  async function pending(body: ApplicationBodyInput) {
    const applicationId = await createAndSubmit(h, body);
    await providerApprove(h.deps, h.actors.provider, { applicationId });
    const codes = await sentSmsCodes(h);
    const person = (p: { mobile: string; certificate: { number: string } }) => ({ phone: p.mobile, tail: p.certificate.number.slice(-6), code: codes.get(p.mobile)! });
    return { applicationId, main: person(body.subject!.mainPerson), service: person(body.services![0]!.responsiblePerson) };
  }
  const verify = (applicationId: string, who: { phone: string; tail: string }, code: string) =>
    verifySmsCode(h.deps, { applicationId, phone: who.phone, code, certificateTail: who.tail });
  const verifyByPhone = (who: { phone: string; tail: string }, code: string) => verifySmsCode(h.deps, { phone: who.phone, code, certificateTail: who.tail });
  const challenges = (applicationId: string) => h.store.db.selectFrom('sms_challenges').selectAll().where('application_id', '=', applicationId).orderBy('phone').execute();
  const wrongCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

  it('one code when the main and the service responsible person are the same person', async () => {
    at(0);
    const body = sample(301);
    body.services![0]!.responsiblePerson = { ...body.subject!.mainPerson };
    const { applicationId, main } = await pending(body);
    const rows = await challenges(applicationId);
    assert.equal(rows.length, 1);
    assert.deepEqual(rows[0]!.roles, ['main', `service:${body.services![0]!.name}`]);
    assert.deepEqual(await verify(applicationId, main, main.code), { outcome: 'complete' });
    assert.equal(await applicationState(h, applicationId), 'bureau_review');
  });

  it('codes and certificate tails are stored hashed, never in plain', async () => {
    at(100);
    const { applicationId, main, service } = await pending(sample(302));
    const rows = await challenges(applicationId);
    assert.equal(rows.length, 2);
    for (const row of rows) {
      assert.match(row.code_hash, /^\$argon2id\$/);
      assert.match(row.certificate_tail_hash, /^\$argon2id\$/);
      const stored = JSON.stringify(row);
      for (const secret of [main.code, service.code, main.tail, service.tail]) assert.ok(!stored.includes(secret), `${secret} stored in plain`);
    }
    assert.notEqual(rows[0]!.code_hash, rows[1]!.code_hash);
  });

  it('five wrong entries in a row leave it pending; the sixth returns it to the provider, whose new approval starts afresh', async () => {
    at(200);
    const { applicationId, main, service } = await pending(sample(303));
    assert.deepEqual(await verify(applicationId, main, main.code), { outcome: 'confirmed', remaining: 1 });
    const attempts = [
      () => verify(applicationId, service, wrongCode(service.code)),
      () => verify(applicationId, { ...service, tail: '000000' }, service.code), // the right code with a wrong certificate tail
      () => verify(applicationId, service, wrongCode(service.code)),
      () => verify(applicationId, service, wrongCode(service.code)),
      () => verify(applicationId, service, wrongCode(service.code)),
    ];
    const outcomes = [];
    for (const attempt of attempts) outcomes.push(await attempt());
    assert.deepEqual(outcomes, [5, 4, 3, 2, 1].map((attemptsLeft) => ({ outcome: 'wrong', attemptsLeft })));
    assert.equal(await applicationState(h, applicationId), 'sms_pending');
    const app = await h.store.db.selectFrom('applications').select('sms_wrong_codes').where('id', '=', applicationId).executeTakeFirstOrThrow();
    assert.equal(app.sms_wrong_codes, 5);

    assert.deepEqual(await verify(applicationId, service, wrongCode(service.code)), { outcome: 'exhausted' });
    assert.equal(await applicationState(h, applicationId), 'provider_review');
    assert.deepEqual(await challenges(applicationId), [], 'the codes are void');
    await assertRefused(verify(applicationId, service, service.code), 'SMS_NOT_PENDING', 'applicationId');
    await assertRefused(verifyByPhone(service, service.code), 'SMS_NO_PENDING_CODE', 'phone');
    const history = await applicationHistory(h, applicationId);
    assert.equal(history.filter((r) => r.action === 'smsWrongCode').length, 5);
    const fail = history.at(-1)!;
    assert.deepEqual([fail.action, fail.from_state, fail.to_state, fail.actor_role, fail.reason], ['smsFail', 'sms_pending', 'provider_review', 'system', 'too many wrong SMS codes']);

    await providerApprove(h.deps, h.actors.provider, { applicationId });
    const fresh = await sentSmsCodes(h);
    assert.notEqual(fresh.get(service.phone), undefined);
    const reset = await h.store.db.selectFrom('applications').select('sms_wrong_codes').where('id', '=', applicationId).executeTakeFirstOrThrow();
    assert.equal(reset.sms_wrong_codes, 0);
    assert.deepEqual(await verify(applicationId, main, fresh.get(main.phone)!), { outcome: 'confirmed', remaining: 1 }, 'every phone confirms again');
    assert.deepEqual(await verify(applicationId, service, fresh.get(service.phone)!), { outcome: 'complete' });
    assert.equal(await applicationState(h, applicationId), 'bureau_review');
  });

  it('counts wrong entries only while consecutive: a correct code starts the count again', async () => {
    at(250);
    const { applicationId, main, service } = await pending(sample(306));
    for (const attemptsLeft of [5, 4, 3]) assert.deepEqual(await verifyByPhone(main, wrongCode(main.code)), { outcome: 'wrong', attemptsLeft });
    assert.deepEqual(await verifyByPhone(main, main.code), { outcome: 'confirmed', remaining: 1 });
    const afterConfirm = await h.store.db.selectFrom('applications').select('sms_wrong_codes').where('id', '=', applicationId).executeTakeFirstOrThrow();
    assert.equal(afterConfirm.sms_wrong_codes, 0);
    for (const attemptsLeft of [5, 4, 3, 2, 1]) assert.deepEqual(await verifyByPhone(service, wrongCode(service.code)), { outcome: 'wrong', attemptsLeft });
    assert.equal(await applicationState(h, applicationId), 'sms_pending', 'three wrong, one right, five wrong: still pending');
    assert.deepEqual(await verifyByPhone(service, service.code), { outcome: 'complete' });
    assert.equal(await applicationState(h, applicationId), 'bureau_review');
  });

  it('refuses an entry for a phone that has no code waiting, without using up anyone\'s attempts', async () => {
    at(280);
    const { applicationId, main, service } = await pending(sample(307));
    await assertRefused(verifyByPhone({ ...service, phone: '13800000000' }, service.code), 'SMS_NO_PENDING_CODE', 'phone');
    await assertRefused(verify(applicationId, { ...service, phone: '13800000000' }, service.code), 'SMS_NO_PENDING_CODE', 'phone');
    assert.deepEqual(await verifyByPhone(main, main.code), { outcome: 'confirmed', remaining: 1 });
    // The main person's phone has confirmed: a further entry from it is refused the same way.
    for (let i = 0; i < 8; i += 1) await assertRefused(verifyByPhone(main, wrongCode(main.code)), 'SMS_NO_PENDING_CODE', 'phone');
    const app = await h.store.db.selectFrom('applications').select('sms_wrong_codes').where('id', '=', applicationId).executeTakeFirstOrThrow();
    assert.equal(app.sms_wrong_codes, 0);
    assert.equal((await applicationHistory(h, applicationId)).filter((r) => r.action === 'smsWrongCode').length, 0);
    assert.deepEqual(await verifyByPhone(service, wrongCode(service.code)), { outcome: 'wrong', attemptsLeft: 5 }, 'the service person still has every attempt');
    await assertRefused(verify('00000000-0000-4000-8000-000000000000', service, service.code), 'SMS_NOT_PENDING', 'applicationId');
  });

  it('finds the application by phone alone, also when one phone confirms two applications', async () => {
    at(290);
    const first = sample(308);
    const second = sample(309);
    // The same person answers for a service of each subject.
    second.services![0]!.responsiblePerson = { ...first.services![0]!.responsiblePerson };
    const a = await pending(first);
    const b = await pending(second);
    assert.equal(a.service.phone, b.service.phone);
    assert.notEqual(a.service.code, b.service.code);
    // A wrong entry counts against both applications waiting for this phone.
    const neither = ['000000', '000001', '000002'].find((c) => c !== a.service.code && c !== b.service.code)!;
    assert.deepEqual(await verifyByPhone(a.service, neither), { outcome: 'wrong', attemptsLeft: 5 });
    const counts = await h.store.db.selectFrom('applications').select(['id', 'sms_wrong_codes']).where('id', 'in', [a.applicationId, b.applicationId]).execute();
    assert.deepEqual(counts.map((c) => c.sms_wrong_codes), [1, 1]);
    // Each code confirms its own application.
    assert.deepEqual(await verifyByPhone(b.service, b.service.code), { outcome: 'confirmed', remaining: 1 });
    const bRows = await challenges(b.applicationId);
    assert.ok(bRows.find((r) => r.phone === b.service.phone)!.verified_at, 'the second application is confirmed for this phone');
    assert.equal((await challenges(a.applicationId)).find((r) => r.phone === a.service.phone)!.verified_at, null, 'the first is not');
    assert.deepEqual(await verifyByPhone(a.main, a.main.code), { outcome: 'confirmed', remaining: 1 });
    assert.deepEqual(await verifyByPhone(a.service, a.service.code), { outcome: 'complete' });
    assert.equal(await applicationState(h, a.applicationId), 'bureau_review');
    assert.equal(await applicationState(h, b.applicationId), 'sms_pending');
  });

  it('a code is good until 24 hours after sending; from then on it returns the application (expired)', async () => {
    at(300);
    const { applicationId, main, service } = await pending(sample(304));
    at(300 + 24 * 3600 - 1);
    assert.deepEqual(await verify(applicationId, main, main.code), { outcome: 'confirmed', remaining: 1 });
    at(300 + 24 * 3600);
    assert.deepEqual(await verify(applicationId, service, service.code), { outcome: 'expired' });
    assert.equal(await applicationState(h, applicationId), 'provider_review');
    assert.deepEqual(await challenges(applicationId), []);
    const fail = (await applicationHistory(h, applicationId)).at(-1)!;
    assert.deepEqual([fail.action, fail.actor_role, fail.reason], ['smsFail', 'system', 'SMS verification timed out']);
  });

  it('resends are spaced by the interval, go only to phones not yet confirmed, keep the window, and are capped', async () => {
    at(1000);
    const { applicationId, main, service } = await pending(sample(305));
    const [before] = await challenges(applicationId);
    const tooSoon = await resendSmsCode(h.deps, h.actors.applicant, { applicationId }).catch((e: unknown) => e);
    assert.ok(isBeianError(tooSoon) && tooSoon.code === 'SMS_RESEND_TOO_SOON', String(tooSoon));
    assert.deepEqual(tooSoon.details, { retryAfterSeconds: 60 });
    at(1059);
    await assertRefused(resendSmsCode(h.deps, h.actors.applicant, { applicationId }), 'SMS_RESEND_TOO_SOON');

    at(1060);
    assert.deepEqual(await resendSmsCode(h.deps, h.actors.provider, { applicationId }), { resent: 2 });
    const second = await sentSmsCodes(h);
    assert.deepEqual(await verify(applicationId, main, main.code), { outcome: 'wrong', attemptsLeft: 5 }, 'the first code no longer works');
    assert.deepEqual(await verify(applicationId, main, second.get(main.phone)!), { outcome: 'confirmed', remaining: 1 });
    const afterResend = await challenges(applicationId);
    assert.equal(afterResend.find((c) => c.phone === before!.phone)!.expires_at.getTime(), before!.expires_at.getTime(), 'the 24 hours do not restart');
    for (const row of afterResend) assert.match(row.code_hash, /^\$argon2id\$/);

    // Sends 3, 4 and 5 of the service person's code; the sixth is refused.
    for (const seconds of [1120, 1180, 1240]) {
      at(seconds);
      assert.deepEqual(await resendSmsCode(h.deps, h.actors.applicant, { applicationId }), { resent: 1 }, 'the confirmed phone gets no new code');
    }
    at(1300);
    await assertRefused(resendSmsCode(h.deps, h.actors.applicant, { applicationId }), 'SMS_SEND_LIMIT');
    const counts = Object.fromEntries((await challenges(applicationId)).map((c) => [c.phone, c.send_count]));
    assert.deepEqual(counts, { [main.phone]: 2, [service.phone]: 5 });
    assert.equal((await applicationHistory(h, applicationId)).filter((r) => r.action === 'smsResend').length, 4);

    const latest = await sentSmsCodes(h);
    assert.deepEqual(await verify(applicationId, service, latest.get(service.phone)!), { outcome: 'complete' });
  });
});
