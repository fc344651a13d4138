import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createHttpHarness, type HttpHarness } from '../support/http-harness.js';

describe('rate limits on the routes that guess at secrets', () => {
  let h: HttpHarness;
  before(async () => {
    // Generous per-phone guards, so that only the per-address rate limit is under test here.
    h = await createHttpHarness({ rateLimits: { login: 3, smsVerify: 4 }, policy: { smsVerifyFreeAttemptsPerPhone: 100, smsVerifyFreeAttemptsPerAddress: 100 } });
  });
  after(async () => h.close());

  it('stops password guessing after the configured attempts per minute, with a catalogued 429', async () => {
    const attempt = () => h.anonymous.request<{ error: { code: string; details?: { retryAfterSeconds: number } } }>('POST', '/api/v1/auth/login', { login: 'applicant', password: 'guess' });
    for (let i = 0; i < 3; i += 1) assert.equal((await attempt()).body.error.code, 'INVALID_CREDENTIALS');
    const limited = await attempt();
    assert.equal(limited.status, 429);
    assert.equal(limited.body.error.code, 'RATE_LIMITED');
    assert.ok(limited.body.error.details!.retryAfterSeconds > 0);
  });

  it('does not let a client escape the limit by claiming another address', async () => {
    const response = await h.anonymous.request<{ error: { code: string } }>('POST', '/api/v1/auth/login', { login: 'applicant', password: 'guess' }, { 'x-forwarded-for': '203.0.113.9' });
    assert.equal(response.body.error.code, 'RATE_LIMITED');
  });

  it('stops SMS code guessing from one address the same way', async () => {
    const attempt = () =>
      h.anonymous.request<{ error: { code: string } }>('POST', '/api/v1/sms-verifications', { phone: '13900000000', code: '123456', certificateTail: '123456' });
    for (let i = 0; i < 4; i += 1) assert.equal((await attempt()).body.error.code, 'SMS_NO_PENDING_CODE');
    assert.equal((await attempt()).body.error.code, 'RATE_LIMITED');
  });

  it('limits the verification page per address too, answering with the page', async () => {
    const attempt = async () => {
      const response = await fetch(`${h.baseUrl}/verify`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ phone: '13900000001', code: '123456', certificateTail: '123456' }).toString(),
      });
      return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
    };
    for (let i = 0; i < 4; i += 1) assert.equal((await attempt()).status, 409);
    const limited = await attempt();
    assert.equal(limited.status, 429);
    assert.match(limited.type, /^text\/html/);
    assert.match(limited.text, /网络地址提交过于频繁/);
  });
});
