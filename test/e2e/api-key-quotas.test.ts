import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { loadConfig, type Config } from '../../src/config/config.js';
import { requireRowQuota, requireScope, takeRows } from '../../src/http/auth/require-scope.js';
import { buildApp } from '../../src/http/build-app.js';
import { createFlowHarness, type FlowHarness } from '../support/flow-harness.js';

interface Answer {
  status: number;
  headers: Headers;
  body: { error?: { code: string; path?: string; details?: Record<string, number | string> } } & Record<string, unknown>;
}

/**
 * Two server instances on one database, each with the same probe routes guarded by requireScope: a check-like route
 * that takes rows from the caller's daily quota, and the real public lookup.
 */
async function probeServer(flows: FlowHarness, config: Config): Promise<{ app: FastifyInstance; url: string }> {
  const app = await buildApp(flows.deps, config);
  app.post('/probe/check', { onRequest: requireScope('check') }, async (request, reply) => {
    await requireRowQuota(request, reply);
    const rows = Number((request.query as { rows?: string }).rows ?? '1');
    return { granted: await takeRows(request, rows) };
  });
  app.get('/probe/report', { onRequest: requireScope('report') }, async () => ({ ok: true }));
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, url };
}

async function call(url: string, method: string, path: string, options: { cookie?: string; key?: string; body?: unknown; ip?: string } = {}): Promise<Answer> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(options.cookie ? { cookie: options.cookie } : {}),
      ...(options.key ? { authorization: `Bearer ${options.key}` } : {}),
    },
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : {} };
}

async function signIn(url: string, login: string): Promise<string> {
  const response = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password: 'test-password' }),
  });
  assert.equal(response.status, 200);
  return response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

describe('API key scopes and quotas, across two servers on one database', () => {
  let flows: FlowHarness;
  let one: { app: FastifyInstance; url: string };
  let two: { app: FastifyInstance; url: string };
  let provider: string;
  let applicant: string;

  before(async () => {
    flows = await createFlowHarness();
    const config: Config = {
      ...loadConfig({ BEIAN_LOG_LEVEL: 'silent' }),
      demo: false,
      quotas: { anonymousLookupsPerMinute: 3, sessionRowsPerDay: 50, keyMaxRequestsPerMinute: 1000, keyMaxRowsPerDay: 1_000_000 },
    };
    one = await probeServer(flows, config);
    two = await probeServer(flows, config);
    provider = await signIn(one.url, 'provider');
    applicant = await signIn(one.url, 'applicant');
  });
  after(async () => {
    await one?.app.close();
    await two?.app.close();
    await flows?.close();
  });

  const createKey = async (cookie: string, body: Record<string, unknown>) => call(one.url, 'POST', '/api/v1/api-keys', { cookie, body });

  it('creates a key with scopes and quotas, shows the secret once and lists the key without it', async () => {
    const created = await createKey(provider, { label: 'store sync', scopes: ['lookup', 'check'], requestsPerMinute: 100, rowsPerDay: 5000 });
    assert.equal(created.status, 201);
    assert.match(String(created.body.key), /^bk_/);
    assert.equal(created.headers.get('cache-control'), 'no-store');
    const listed = await call(two.url, 'GET', '/api/v1/api-keys', { cookie: provider });
    assert.equal(listed.status, 200);
    const items = listed.body.items as Array<Record<string, unknown>>;
    const item = items.find((k) => k.id === created.body.id)!;
    assert.deepEqual(
      { label: item.label, scopes: item.scopes, requestsPerMinute: item.requestsPerMinute, rowsPerDay: item.rowsPerDay, revokedAt: item.revokedAt },
      { label: 'store sync', scopes: ['lookup', 'check'], requestsPerMinute: 100, rowsPerDay: 5000, revokedAt: null },
    );
    assert.ok(!JSON.stringify(listed.body).includes(String(created.body.key)), 'the secret is never listed');
    assert.equal(item.keyPrefix, String(created.body.key).slice(0, 10));
    assert.deepEqual(listed.body.grantableScopes, ['lookup', 'check', 'report', 'webhooks']);
  });

  it('refuses a scope the creator’s role cannot grant, naming it, and quotas above the ceiling', async () => {
    const refused = await createKey(applicant, { label: 'x', scopes: ['lookup', 'check'] });
    assert.equal(refused.status, 403);
    assert.equal(refused.body.error!.code, 'API_KEY_SCOPE_NOT_GRANTABLE');
    assert.equal(refused.body.error!.path, 'body.scopes[1]');
    assert.equal(refused.body.error!.details!.scope, 'check');
    const tooMany = await createKey(provider, { label: 'x', scopes: ['check'], requestsPerMinute: 1001 });
    assert.equal(tooMany.status, 400);
    assert.equal(tooMany.body.error!.path, 'body.requestsPerMinute');
    const unknown = await createKey(provider, { label: 'x', scopes: ['admin'] });
    assert.equal(unknown.status, 400);
    assert.equal(unknown.body.error!.path, 'body.scopes[0]');
  });

  it('admits a route only to keys carrying its scope and to sessions whose role grants it', async () => {
    const lookupOnly = String((await createKey(provider, { label: 'lookups', scopes: ['lookup'] })).body.key);
    const checker = String((await createKey(provider, { label: 'checks', scopes: ['check'] })).body.key);
    const missing = await call(one.url, 'POST', '/probe/check', { key: lookupOnly });
    assert.equal(missing.status, 403);
    assert.equal(missing.body.error!.code, 'API_KEY_SCOPE_MISSING');
    assert.equal(missing.body.error!.details!.scope, 'check');
    assert.equal((await call(one.url, 'POST', '/probe/check', { key: checker })).status, 200);
    assert.equal((await call(one.url, 'GET', '/probe/report', { key: checker })).body.error!.code, 'API_KEY_SCOPE_MISSING');
    assert.equal((await call(one.url, 'POST', '/probe/check')).body.error!.code, 'UNAUTHENTICATED');
    assert.equal((await call(one.url, 'POST', '/probe/check', { cookie: applicant })).body.error!.code, 'FORBIDDEN');
    assert.equal((await call(one.url, 'GET', '/probe/report', { cookie: provider })).status, 200);
  });

  it('a key cannot mint, list or revoke keys', async () => {
    const key = String((await createKey(provider, { label: 'k', scopes: ['lookup'] })).body.key);
    assert.equal((await call(one.url, 'POST', '/api/v1/api-keys', { key, body: { label: 'child' } })).body.error!.code, 'FORBIDDEN');
    assert.equal((await call(one.url, 'GET', '/api/v1/api-keys', { key })).body.error!.code, 'FORBIDDEN');
  });

  it("counts a key's requests per minute on both servers together, answering 429 with Retry-After", async () => {
    const key = String((await createKey(provider, { label: 'tight', scopes: ['lookup'], requestsPerMinute: 3 })).body.key);
    const other = String((await createKey(provider, { label: 'other', scopes: ['lookup'], requestsPerMinute: 3 })).body.key);
    const lookup = (url: string, k: string) => call(url, 'GET', '/api/v1/public/filings/%E4%BA%ACICP%E5%A4%8700000001%E5%8F%B7-1A', { key: k });
    const statuses = [(await lookup(one.url, key)).status, (await lookup(two.url, key)).status, (await lookup(one.url, key)).status];
    assert.deepEqual(statuses, [404, 404, 404]);
    const limited = await lookup(two.url, key);
    assert.equal(limited.status, 429);
    assert.equal(limited.body.error!.code, 'RATE_LIMITED');
    assert.equal(limited.body.error!.details!.limit, 3);
    const retryAfter = Number(limited.headers.get('retry-after'));
    assert.ok(retryAfter >= 1 && retryAfter <= 60, `Retry-After ${retryAfter}`);
    assert.equal(limited.body.error!.details!.retryAfterSeconds, retryAfter);
    assert.equal((await lookup(one.url, other)).status, 404, 'another key has its own count');
  });

  it('counts requests far from the limit in memory, adds them to the database each second, and still holds the limit on both servers', async () => {
    const created = await createKey(provider, { label: 'batched', scopes: ['lookup'], requestsPerMinute: 20 });
    const key = String(created.body.key);
    const lookup = (url: string) => call(url, 'GET', '/api/v1/public/filings/unknown-number', { key });
    const stored = async () => {
      const hashed = createHash('sha256').update(`api-key ${String(created.body.id)}`).digest('hex');
      const row = await flows.store.db.selectFrom('rate_limit_hits').select('hits').where('key', '=', hashed).executeTakeFirst();
      return row?.hits ?? 0;
    };
    for (let i = 0; i < 5; i += 1) assert.equal((await lookup(one.url)).status, 404);
    await one.app.quotaGate.flush();
    assert.equal(await stored(), 5, "the first server's hits, added as one delta");
    for (let i = 0; i < 5; i += 1) assert.equal((await lookup(two.url)).status, 404);
    await two.app.quotaGate.flush();
    assert.equal(await stored(), 10, "the second server's hits add to the first's");
    const statuses: number[] = [];
    for (let i = 0; i < 30; i += 1) statuses.push((await lookup(i % 2 ? two.url : one.url)).status);
    const admitted = 10 + statuses.filter((s) => s === 404).length;
    assert.ok(admitted >= 20 && admitted <= 30, `admitted ${admitted} of a limit of 20 (at most half over, in one flush interval)`);
    assert.deepEqual(statuses.slice(-4), [429, 429, 429, 429], 'both servers refuse once the limit is reached');
  });

  it('limits anonymous lookups per client address on both servers together, and not keyed ones', async () => {
    const key = String((await createKey(provider, { label: 'lookup', scopes: ['lookup'] })).body.key);
    const anonymous = (url: string) => call(url, 'GET', '/api/v1/public/filings/unknown-number');
    assert.deepEqual([(await anonymous(one.url)).status, (await anonymous(two.url)).status, (await anonymous(one.url)).status], [404, 404, 404]);
    const limited = await anonymous(two.url);
    assert.equal(limited.status, 429);
    assert.equal(limited.body.error!.code, 'RATE_LIMITED');
    assert.ok(Number(limited.headers.get('retry-after')) >= 1);
    const keyed = await call(one.url, 'GET', '/api/v1/public/filings/unknown-number', { key });
    assert.equal(keyed.status, 404, "a keyed caller gets its key's quota, not the address's");
  });

  it('grants rows up to the daily quota across both servers, then answers 429 ROW_QUOTA_EXCEEDED', async () => {
    const key = String((await createKey(provider, { label: 'rows', scopes: ['check'], rowsPerDay: 10 })).body.key);
    const take = async (url: string, rows: number) => call(url, 'POST', `/probe/check?rows=${rows}`, { key });
    assert.equal((await take(one.url, 6)).body.granted, 6);
    assert.equal((await take(two.url, 6)).body.granted, 4, 'only what is left');
    const over = await take(one.url, 1);
    assert.equal(over.status, 429);
    assert.equal(over.body.error!.code, 'ROW_QUOTA_EXCEEDED');
    assert.equal(over.body.error!.details!.limit, 10);
    const retryAfter = Number(over.headers.get('retry-after'));
    assert.ok(retryAfter >= 1 && retryAfter <= 86_400, `Retry-After ${retryAfter}`);
    const listed = await call(one.url, 'GET', '/api/v1/api-keys', { cookie: provider });
    const item = (listed.body.items as Array<{ label: string; rowsUsedToday: number }>).find((k) => k.label === 'rows')!;
    assert.equal(item.rowsUsedToday, 10);
  });

  it('never grants more than the quota to concurrent takes', async () => {
    const key = String((await createKey(provider, { label: 'race', scopes: ['check'], rowsPerDay: 100 })).body.key);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => call(i % 2 ? one.url : two.url, 'POST', '/probe/check?rows=7', { key })),
    );
    const granted = answers.reduce((sum, a) => sum + (a.status === 200 ? Number(a.body.granted) : 0), 0);
    assert.equal(granted, 100);
  });

  it('gives a signed-in person the configured daily rows', async () => {
    assert.equal((await call(one.url, 'POST', '/probe/check?rows=60', { cookie: provider })).body.granted, 50);
  });

  it('revokes a key at once on every server; another party cannot see or revoke it', async () => {
    const created = await createKey(provider, { label: 'to revoke', scopes: ['check'] });
    const key = String(created.body.key);
    const other = await signIn(one.url, 'other-provider');
    assert.equal((await call(one.url, 'DELETE', `/api/v1/api-keys/${String(created.body.id)}`, { cookie: other })).status, 404);
    const otherList = await call(one.url, 'GET', '/api/v1/api-keys', { cookie: other });
    assert.ok(!(otherList.body.items as Array<{ id: string }>).some((k) => k.id === created.body.id));
    const revoked = await call(two.url, 'DELETE', `/api/v1/api-keys/${String(created.body.id)}`, { cookie: provider });
    assert.equal(revoked.status, 200);
    assert.equal((await call(one.url, 'POST', '/probe/check', { key })).body.error!.code, 'UNAUTHENTICATED');
    const again = await call(one.url, 'DELETE', `/api/v1/api-keys/${String(created.body.id)}`, { cookie: provider });
    assert.equal(again.body.revokedAt, revoked.body.revokedAt);
  });
});
