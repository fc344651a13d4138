import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { solveChallenge, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { loadConfig } from '../../src/config/config.js';
import { providerApprove } from '../../src/flows/provider-approve.js';
import { buildApp } from '../../src/http/build-app.js';
import { sampleFirstFiling } from '../../src/store/seed/sample-filing.js';
import { sentSmsCodes } from '../support/flow-harness.js';
import { createHttpHarness, type HttpHarness } from '../support/http-harness.js';
import { applicationState, createAndSubmit } from '../support/lifecycle.js';

interface ErrorReply {
  error: { code: string; path?: string; details?: Record<string, unknown> };
}

describe('SMS verification from the SMS alone: the /verify page and the API without an application id', () => {
  let h: HttpHarness;
  const start = new Date('2026-03-02T02:00:00Z');
  let hour = 0;
  before(async () => {
    h = await createHttpHarness({
      rateLimits: { login: 100, smsVerify: 1000 },
      policy: { smsVerifyFreeAttemptsPerPhone: 3, smsVerifyFreeAttemptsPerAddress: 10, smsVerifyAttemptsPerPhoneHour: 10, proofOfWorkDifficulty: 20 },
    });
  });
  after(async () => h.close());

  /** Each test starts an hour after the last one, so the per-hour counters of one test do not reach the next. */
  function nextHour() {
    hour += 2;
    h.clock.now = new Date(start.getTime() + hour * 3_600_000);
  }

  /** An application waiting for SMS codes: its people's phones, certificate endings and codes. */
  async function pending(n: number) {
    const body = sampleFirstFiling({ n, channelId: h.parties.providers[0] });
    const applicationId = await createAndSubmit(h, body);
    await providerApprove(h.deps, h.actors.provider, { applicationId });
    const codes = await sentSmsCodes(h);
    const person = (p: { mobile: string; certificate: { number: string } }) => ({ phone: p.mobile, certificateTail: p.certificate.number.slice(-6), code: codes.get(p.mobile)! });
    return { applicationId, body, main: person(body.subject!.mainPerson), service: person(body.services![0]!.responsiblePerson) };
  }

  const wrongCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

  /** Posts the page's form as a browser without JavaScript does. */
  async function postForm(fields: Record<string, string>, headers: Record<string, string> = {}) {
    const response = await fetch(`${h.baseUrl}/verify`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams(fields).toString(),
    });
    return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
  }

  const api = (body: Record<string, unknown>) => h.anonymous.request<ErrorReply & { status?: string; remaining?: number }>('POST', '/api/v1/sms-verifications', body);

  async function solvedChallenge(): Promise<string> {
    const fetched = await h.anonymous.request<Challenge>('GET', '/api/v1/sms-verifications/challenge');
    assert.equal(fetched.status, 200, fetched.text);
    const solution = await solveChallenge({ challenge: fetched.body, deriveKey });
    assert.ok(solution);
    return Buffer.from(JSON.stringify({ challenge: fetched.body, solution })).toString('base64');
  }

  it('serves the page the SMS names: a plain form in Chinese by default, English on request, no inline script', async () => {
    const sms = await h.store.db.selectFrom('outbox').select('payload').where('topic', '=', 'sms').execute();
    assert.equal(sms.length, 0);
    nextHour();
    await pending(601);
    const text = String(((await h.store.db.selectFrom('outbox').select('payload').where('topic', '=', 'sms').executeTakeFirstOrThrow()).payload as { text: string }).text);
    const link = /(https?:\/\/\S+\/verify)\b/.exec(text)?.[1];
    assert.equal(link, `${h.deps.publicUrl}/verify`, 'the SMS names the page');

    const page = await fetch(`${h.baseUrl}${new URL(link!).pathname}`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
    const zh = await page.text();
    assert.match(zh, /<html lang="zh-CN">/);
    assert.match(zh, /<form method="post" action="\/verify">/);
    for (const name of ['phone', 'code', 'certificateTail']) assert.match(zh, new RegExp(`<input id="${name}" name="${name}"`));
    assert.match(zh, /证件号码后六位/);
    assert.match(zh, /重新发送验证码/, 'the page says how to get a resend');
    for (const script of zh.match(/<script\b[^>]*>/g) ?? []) assert.match(script, /\ssrc="\/verify\/assets\//, `no inline script: ${script}`);
    assert.doesNotMatch(zh, /\son[a-z]+=/i, 'no inline event handlers');

    const en = await (await fetch(`${h.baseUrl}/verify?lang=en`)).text();
    assert.match(en, /<html lang="en">/);
    assert.match(en, /Last six characters of your certificate number/);
    const negotiated = await (await fetch(`${h.baseUrl}/verify`, { headers: { 'accept-language': 'en-GB,en;q=0.9,zh-CN;q=0.5' } })).text();
    assert.match(negotiated, /<html lang="en">/);

    for (const [path, type] of [
      ['/verify/assets/verify.css', /^text\/css/],
      ['/verify/assets/verify.js', /^text\/javascript/],
      ['/verify/assets/altcha/altcha.js', /^text\/javascript/],
      ['/verify/assets/altcha/altcha.css', /^text\/css/],
      ['/verify/assets/altcha/pbkdf2.js', /^text\/javascript/],
      ['/verify/assets/altcha/zh-cn.js', /^text\/javascript/],
    ] as const) {
      const asset = await fetch(`${h.baseUrl}${path}`);
      assert.equal(asset.status, 200, path);
      assert.match(asset.headers.get('content-type') ?? '', type, path);
      assert.ok((await asset.arrayBuffer()).byteLength > 100, path);
    }
  });

  it('confirms through the form without JavaScript: outcomes in the chosen language, attempts left after a wrong code', async () => {
    nextHour();
    const { applicationId, body, main, service } = await pending(602);
    const first = await postForm({ phone: main.phone, code: main.code, certificateTail: main.certificateTail });
    assert.equal(first.status, 200, first.text);
    assert.match(first.type, /^text\/html/);
    assert.match(first.text, /您的核验已完成/);
    assert.match(first.text, /还有1位负责人/);

    const wrong = await postForm({ lang: 'en', phone: service.phone, code: wrongCode(service.code), certificateTail: service.certificateTail });
    assert.equal(wrong.status, 400);
    assert.match(wrong.text, /<html lang="en">/);
    assert.match(wrong.text, /Wrong code or certificate ending/);
    assert.match(wrong.text, /5 more wrong entries in a row will return the application/);
    assert.match(wrong.text, /<form method="post"/, 'the form is offered again');

    const unknown = await postForm({ phone: '13800000000', code: '123456', certificateTail: '12345X' });
    assert.equal(unknown.status, 409);
    assert.match(unknown.text, /没有待核验的备案申请/);

    const invalid = await postForm({ phone: service.phone, code: '12ab', certificateTail: '123' });
    assert.equal(invalid.status, 400);
    assert.match(invalid.text, /验证码为6位数字/);
    assert.match(invalid.text, /请输入证件号码的后六位/);

    const done = await postForm({ phone: service.phone, code: service.code, certificateTail: service.certificateTail.toLowerCase() });
    assert.equal(done.status, 200, done.text);
    assert.match(done.text, /核验完成/);
    assert.equal(await applicationState(h, applicationId), 'bureau_review');

    for (const page of [first, wrong, unknown, done]) {
      for (const secret of [main.certificateTail, service.certificateTail, main.code, service.code, body.subject!.name, applicationId]) {
        assert.ok(!page.text.includes(secret), `the page shows nothing of the application: ${secret}`);
      }
    }
  });

  it('the API takes phone, code and certificate ending without an application id', async () => {
    nextHour();
    const { applicationId, main, service } = await pending(603);
    const confirmed = await api({ phone: `+86 ${main.phone}`, code: main.code, certificateTail: main.certificateTail });
    assert.equal(confirmed.status, 200, confirmed.text);
    assert.deepEqual(confirmed.body, { status: 'confirmed', remaining: 1 });

    const wrong = await api({ phone: service.phone, code: wrongCode(service.code), certificateTail: service.certificateTail });
    assert.equal(wrong.status, 400);
    assert.equal(wrong.body.error.code, 'SMS_CODE_WRONG');
    assert.equal(wrong.body.error.path, 'code');
    assert.deepEqual(wrong.body.error.details, { attemptsLeft: 5 });

    const nothing = await api({ phone: '13800000001', code: '123456', certificateTail: '123456' });
    assert.equal(nothing.status, 409);
    assert.deepEqual([nothing.body.error.code, nothing.body.error.path], ['SMS_NO_PENDING_CODE', 'phone']);

    const withId = await api({ applicationId, phone: service.phone, code: service.code, certificateTail: service.certificateTail });
    assert.equal(withId.status, 200, withId.text);
    assert.deepEqual(withId.body, { status: 'complete', remaining: 0 });
  });

  it('asks for a proof of work after the free entries per phone, accepts a solved challenge once, and caps entries per phone', async () => {
    nextHour();
    const { service } = await pending(604);
    const entry = { phone: service.phone, code: wrongCode(service.code), certificateTail: service.certificateTail };
    for (const attemptsLeft of [5, 4, 3]) assert.deepEqual((await api(entry)).body.error.details, { attemptsLeft });

    const required = await api(entry);
    assert.equal(required.status, 400);
    assert.deepEqual([required.body.error.code, required.body.error.path], ['PROOF_OF_WORK_REQUIRED', 'altcha']);
    assert.equal(required.body.error.details!.challengeUrl, '/api/v1/sms-verifications/challenge');
    assert.ok(Number(required.body.error.details!.retryAfterSeconds) > 0);
    const noScript = await postForm({ phone: service.phone, code: service.code, certificateTail: service.certificateTail });
    assert.equal(noScript.status, 400);
    assert.match(noScript.text, /启用浏览器的 JavaScript/, 'without JavaScript the page says to enable it or wait');
    assert.match(noScript.text, /约\d+分钟后再试/);

    const payload = await solvedChallenge();
    const solved = await api({ ...entry, altcha: payload });
    assert.equal(solved.body.error.code, 'SMS_CODE_WRONG', 'a solved challenge lets the entry through');
    assert.deepEqual(solved.body.error.details, { attemptsLeft: 2 });
    const replayed = await api({ ...entry, altcha: payload });
    assert.deepEqual([replayed.body.error.code, replayed.body.error.path], ['PROOF_OF_WORK_INVALID', 'altcha']);
    const forged = JSON.parse(Buffer.from(await solvedChallenge(), 'base64').toString()) as { solution: { derivedKey: string } };
    forged.solution.derivedKey = forged.solution.derivedKey.replace(/^./, (c) => (c === '0' ? '1' : '0'));
    const tampered = await api({ ...entry, altcha: Buffer.from(JSON.stringify(forged)).toString('base64') });
    assert.equal(tampered.body.error.code, 'PROOF_OF_WORK_INVALID');
    assert.equal((await api({ ...entry, altcha: Buffer.from('not a payload').toString('base64') })).body.error.code, 'PROOF_OF_WORK_INVALID');

    const tenth = await api({ ...entry, altcha: await solvedChallenge() });
    assert.deepEqual(tenth.body.error.details, { attemptsLeft: 1 });
    // The eleventh entry this hour from this phone is refused, even with a proof of work, and by every server process.
    const capped = await api({ ...entry, altcha: await solvedChallenge() });
    assert.equal(capped.status, 429);
    assert.deepEqual([capped.body.error.code, capped.body.error.path], ['SMS_VERIFY_PHONE_LIMITED', 'phone']);
    const otherProcess = await buildApp(h.deps, { ...loadConfig({ BEIAN_LOG_LEVEL: 'silent' }), policy: h.deps.policy });
    try {
      const elsewhere = await otherProcess.inject({ method: 'POST', url: '/api/v1/sms-verifications', payload: { phone: service.phone, code: service.code, certificateTail: service.certificateTail } });
      assert.equal(elsewhere.statusCode, 429);
      assert.equal((elsewhere.json() as ErrorReply).error.code, 'SMS_VERIFY_PHONE_LIMITED');
    } finally {
      await otherProcess.close();
    }
    assert.equal(await applicationState(h, (await h.store.db.selectFrom('sms_challenges').select('application_id').where('phone', '=', service.phone).executeTakeFirstOrThrow()).application_id), 'sms_pending');

    const keys = await h.store.db.selectFrom('verification_throttles').select('key').execute();
    for (const { key } of keys) assert.ok(!key.includes(service.phone), 'counters are keyed by digests, not phones');

    // An hour later the phone may try again, without a proof of work.
    h.clock.now = new Date(h.clock.now.getTime() + 3_600_000);
    const later = await api({ phone: service.phone, code: service.code, certificateTail: service.certificateTail });
    assert.equal(later.status, 200, later.text);
  });

  it('asks for a proof of work after the free entries from one address, whatever the phones', async () => {
    nextHour();
    for (let i = 0; i < 10; i += 1) assert.equal((await api({ phone: `1370000000${i}`, code: '123456', certificateTail: '123456' })).body.error.code, 'SMS_NO_PENDING_CODE');
    assert.equal((await api({ phone: '13700000010', code: '123456', certificateTail: '123456' })).body.error.code, 'PROOF_OF_WORK_REQUIRED');
    assert.equal((await api({ phone: '13700000010', code: '123456', certificateTail: '123456', altcha: await solvedChallenge() })).body.error.code, 'SMS_NO_PENDING_CODE');
    const stale = await solvedChallenge();
    h.clock.now = new Date(h.clock.now.getTime() + 10 * 60_000);
    assert.equal((await api({ phone: '13700000010', code: '123456', certificateTail: '123456', altcha: stale })).body.error.code, 'PROOF_OF_WORK_INVALID', 'a challenge is good for ten minutes');
  });
});
