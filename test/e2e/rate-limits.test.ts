import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { createHttpHarness, type HttpHarness } from '../support/http-harness.js';

describe('rate limits on the routes that guess at secrets', () => {
  let h: HttpHarness;
  before(async () => {
    h = await createHttpHarness({ rateLimits: { login: 3, smsVerify: 4 } });
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
      h.anonymous.request<{ error: { code: string } }>('POST', '/api/v1/sms-verifications', { applicationId: randomUUID(), phone: '13900000000', code: '123456', certificateTail: '123456' });
    for (let i = 0; i < 4; i += 1) assert.equal((await attempt()).body.error.code, 'SMS_NOT_PENDING');
    assert.equal((await attempt()).body.error.code, 'RATE_LIMITED');
  });
});

describe('package reading (POST /app-info) allowances', () => {
  let h: HttpHarness;
  before(async () => {
    h = await createHttpHarness({ appInfo: { anonymousMaxBytes: 1024, perHour: 3, anonymousPerHour: 2 } });
  });
  after(async () => h.close());

  const post = (client: HttpHarness['anonymous']) => client.request<{ error: { code: string } }>('POST', '/api/v1/app-info', undefined, { 'content-type': 'application/octet-stream' });

  it('counts anonymous uploads per address and signed-in ones per account, separately', async () => {
    for (let i = 0; i < 2; i += 1) assert.notEqual((await post(h.anonymous)).status, 429);
    const limited = await post(h.anonymous);
    assert.equal(limited.status, 429);
    assert.equal(limited.body.error.code, 'RATE_LIMITED');
    const provider = await h.signIn('provider');
    for (let i = 0; i < 3; i += 1) assert.notEqual((await post(provider)).status, 429, 'the anonymous allowance is not the signed-in one');
    assert.equal((await post(provider)).status, 429);
  });
});
