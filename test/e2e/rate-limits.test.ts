import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../../src/config/config.js';
import { buildApp } from '../../src/http/build-app.js';
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

describe('rate limits across server processes on one PostgreSQL database', () => {
  const url = process.env.DATABASE_URL;
  let h: HttpHarness | undefined;
  let second: FastifyInstance | undefined;
  before(async () => {
    if (!url) return;
    // The same settings a second `beian serve` on the database would have; only the database is shared.
    h = await createHttpHarness({ databaseUrl: url, rateLimits: { login: 3, smsVerify: 4 } });
    second = await buildApp(h.deps, { ...loadConfig({ BEIAN_LOG_LEVEL: 'silent' }), databaseUrl: url, rateLimits: { login: 3, smsVerify: 4 } });
    await second.listen({ port: 0, host: '127.0.0.1' });
  });
  after(async () => {
    await second?.close();
    await h?.close();
  });

  it('counts attempts sent to either server against one limit', async (t) => {
    if (!h || !second) {
      t.skip('needs PostgreSQL: with PGlite there is one server process and the in-memory counters suffice');
      return;
    }
    const secondUrl = `http://127.0.0.1:${(second.server.address() as AddressInfo).port}`;
    const attempt = async (baseUrl: string) => {
      const response = await fetch(`${baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: 'applicant', password: 'guess' }) });
      return ((await response.json()) as { error: { code: string } }).error.code;
    };
    assert.deepEqual(
      [await attempt(h.baseUrl), await attempt(secondUrl), await attempt(h.baseUrl), await attempt(secondUrl), await attempt(h.baseUrl)],
      ['INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'RATE_LIMITED', 'RATE_LIMITED'],
    );
    // Each route keeps its own count: SMS verification is not limited by the sign-in attempts.
    const sms = await fetch(`${secondUrl}/api/v1/sms-verifications`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ phone: '13900000000', code: '123456', certificateTail: '123456' }) });
    assert.equal(((await sms.json()) as { error: { code: string } }).error.code, 'SMS_NO_PENDING_CODE');
    const stored = await h.store.db.selectFrom('rate_limit_hits').select('key').execute();
    assert.equal(stored.length, 2, 'one counter per route and client');
    assert.ok(stored.every((row) => /^[0-9a-f]{64}$/.test(row.key)), 'client addresses are stored hashed');
  });
});
