import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { loadConfig } from '../../src/config/config.js';
import { buildApp } from '../../src/http/build-app.js';
import { assertCatalogued } from '../support/catalogued.js';
import { createHttpHarness, type HttpHarness } from '../support/http-harness.js';
import { approve, fileSample, type FiledSample } from '../support/lifecycle.js';

interface Filing {
  number: string;
  status: string;
  subjectName: string;
  serviceName: string | null;
  events: Array<{ action: string; date: string }>;
  links: Array<{ rel: string; href: string }>;
  match?: string;
  package?: { signatureDigest: string | null; publicKeySha256: string | null };
}

describe('registry lookups', () => {
  let h: HttpHarness;
  let app: FiledSample;
  let other: FiledSample;
  let mini: FiledSample;

  before(async () => {
    h = await createHttpHarness({ quotas: { ...loadConfig({}).quotas, anonymousLookupsPerMinute: 1000 } });
    app = await fileSample(h, 3);
    other = await fileSample(h, 4);
    mini = await fileSample(h, 5, { serviceType: 'mini_program' });
  });
  after(() => h.close());

  const get = <T = Record<string, unknown>>(path: string, headers?: Record<string, string>) => h.anonymous.request<T>('GET', path, undefined, headers);
  const packageOf = (sample: FiledSample) => sample.body.services![0]!.featureInfo![0]!;

  it('finds the filing that carries a package, with its filed signature digest, events and links', async () => {
    const feature = packageOf(app);
    const answer = await get<{ items: Filing[] }>(`/api/v1/public/apps?platform=android&packageName=${feature.packageName}`);
    assert.equal(answer.status, 200, answer.text);
    assert.equal(answer.body.items.length, 1);
    const item = answer.body.items[0]!;
    assert.equal(item.number, app.serviceNumber);
    assert.equal(item.status, 'active');
    assert.equal(item.serviceName, app.body.services![0]!.name);
    assert.equal(item.package?.signatureDigest, feature.signatureMd5!.toLowerCase());
    assert.match(item.package?.publicKeySha256 ?? '', /^[0-9a-f]{64}$/);
    assert.deepEqual(item.events.map((e) => e.action), ['approved']);
    assert.deepEqual(item.links.find((l) => l.rel === 'alternate')?.href, `/filings/${encodeURIComponent(app.serviceNumber)}`);
    const harmony = await get(`/api/v1/public/apps?platform=harmony&packageName=${feature.packageName}`);
    assert.equal(harmony.status, 404, 'the sample app is not filed for HarmonyOS');
  });

  it('never answers with certificate numbers, phones or e-mails', async () => {
    const subject = app.body.subject!;
    const service = app.body.services![0]!;
    const secrets = [subject.certificate.number, subject.mainPerson.mobile, subject.mainPerson.email, service.responsiblePerson.mobile, service.responsiblePerson.email, service.responsiblePerson.certificate.number];
    for (const path of [
      `/api/v1/public/apps?platform=ios&packageName=${packageOf(app).packageName}`,
      `/api/v1/public/domains/${service.domains![0]}`,
      `/api/v1/public/search?q=${encodeURIComponent(subject.name)}`,
    ]) {
      const answer = await get(path);
      assert.equal(answer.status, 200, `${path}: ${answer.text}`);
      for (const secret of secrets) assert.ok(!answer.text.includes(String(secret)), `${path} leaks ${secret}`);
    }
  });

  it('answers with an ETag and Cache-Control, and 304 to a caller holding the same answer', async () => {
    const path = `/api/v1/public/apps?platform=android&packageName=${packageOf(app).packageName}`;
    const first = await fetch(`${h.baseUrl}${path}`);
    const etag = first.headers.get('etag');
    assert.ok(etag);
    assert.match(first.headers.get('cache-control') ?? '', /public, max-age=\d+/);
    const again = await fetch(`${h.baseUrl}${path}`, { headers: { 'if-none-match': etag } });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
  });

  it('answers 404 in the catalogue shape for an unknown package, domain or malformed domain', async () => {
    assertCatalogued(await get('/api/v1/public/apps?platform=android&packageName=com.example.absent'), 404, 'NOT_FOUND', { path: 'querystring.packageName' });
    assertCatalogued(await get('/api/v1/public/domains/absent.example.cn'), 404, 'NOT_FOUND', { path: 'params.domain' });
    assertCatalogued(await get('/api/v1/public/domains/not_a..domain'), 404, 'NOT_FOUND', { path: 'params.domain' });
    assertCatalogued(await get('/api/v1/public/apps?platform=symbian&packageName=a.b'), 400, 'VALIDATION_FAILED');
  });

  it('finds the filing that uses a domain, whatever its case', async () => {
    const domain = app.body.services![0]!.domains![0]!;
    const answer = await get<Filing & { domain: string }>(`/api/v1/public/domains/${domain.toUpperCase()}`);
    assert.equal(answer.status, 200, answer.text);
    assert.equal(answer.body.number, app.serviceNumber);
    assert.equal(answer.body.domain, domain);
  });

  it('searches names with one, two and more Chinese characters, exact and prefix matches first', async () => {
    const subjectName = app.body.subject!.name;
    const serviceName = app.body.services![0]!.name;
    const exact = await get<{ items: Filing[] }>(`/api/v1/public/search?q=${encodeURIComponent(serviceName)}`);
    assert.equal(exact.status, 200, exact.text);
    assert.equal(exact.body.items[0]?.number, app.serviceNumber);
    assert.equal(exact.body.items[0]?.match, 'exact');
    for (const q of [subjectName.slice(0, 1), subjectName.slice(2, 4), subjectName.slice(2, 6)]) {
      const answer = await get<{ items: Filing[] }>(`/api/v1/public/search?q=${encodeURIComponent(q)}&limit=100`);
      assert.equal(answer.status, 200, answer.text);
      const numbers = answer.body.items.map((i) => i.number);
      assert.ok(numbers.includes(app.subjectNumber), `"${q}" finds ${subjectName}`);
      for (const item of answer.body.items) assert.ok(item.subjectName.includes(q) || (item.serviceName ?? '').includes(q), `"${q}" matched ${item.subjectName}`);
      const tiers = answer.body.items.map((i) => ['exact', 'prefix', 'contains'].indexOf(i.match!));
      assert.deepEqual(tiers, [...tiers].sort(), 'exact before prefix before contains');
    }
    const prefix = await get<{ items: Filing[] }>(`/api/v1/public/search?q=${encodeURIComponent(subjectName.slice(0, 2))}`);
    assert.equal(prefix.body.items[0]?.match, 'prefix');
    const none = await get<{ items: Filing[]; nextCursor: string | null }>(`/api/v1/public/search?q=${encodeURIComponent('龘')}`);
    assert.deepEqual(none.body, { items: [], nextCursor: null });
  });

  it('searches package-name prefixes and filters by type', async () => {
    const name = packageOf(other).packageName;
    const answer = await get<{ items: Filing[] }>(`/api/v1/public/search?q=${name.slice(0, name.length - 1)}`);
    assert.ok(answer.body.items.some((i) => i.number === other.serviceNumber), answer.text);
    const subjects = await get<{ items: Array<Filing & { kind: string }> }>(`/api/v1/public/search?q=${encodeURIComponent('科技')}&type=subject&limit=100`);
    assert.ok(subjects.body.items.length >= 3);
    assert.ok(subjects.body.items.every((i) => i.kind === 'subject'));
    const minis = await get<{ items: Filing[] }>(`/api/v1/public/search?q=${encodeURIComponent(mini.body.services![0]!.name)}&type=mini_program`);
    assert.deepEqual(minis.body.items.map((i) => i.number), [mini.serviceNumber]);
  });

  it('pages through every match with the cursor, each filing once', async () => {
    const all = await get<{ items: Filing[] }>(`/api/v1/public/search?q=${encodeURIComponent('科技')}&limit=100`);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { status: number; body: { items: Filing[]; nextCursor: string | null } } = await get(`/api/v1/public/search?q=${encodeURIComponent('科技')}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      assert.equal(page.status, 200);
      seen.push(...page.body.items.map((i) => i.number));
      cursor = page.body.nextCursor;
    } while (cursor);
    assert.deepEqual(seen, all.body.items.map((i) => i.number));
    assert.equal(new Set(seen).size, seen.length);
    assertCatalogued(await get('/api/v1/public/search?q=a&cursor=bm9wZQ'), 400, 'VALIDATION_FAILED', { path: 'querystring.cursor' });
  });

  it('answers lookups by number with an ETag from memory, and every server drops the answer when the filing changes', async () => {
    const second = await buildApp(h.deps, { ...loadConfig({ BEIAN_LOG_LEVEL: 'silent' }), demo: false, quotas: { ...loadConfig({}).quotas, anonymousLookupsPerMinute: 1000 } });
    const secondUrl = await second.listen({ port: 0, host: '127.0.0.1' });
    try {
      const path = `/api/v1/public/filings/${encodeURIComponent(mini.serviceNumber)}`;
      const onSecond = async () => (await fetch(`${secondUrl}${path}`)).json() as Promise<{ accessLimited: boolean; status: string }>;
      const first = await fetch(`${h.baseUrl}${path}`);
      const etag = first.headers.get('etag')!;
      assert.match(etag, /^"[A-Za-z0-9_-]{27}"$/);
      assert.equal(first.headers.get('cache-control'), 'public, max-age=60');
      const again = await fetch(`${h.baseUrl}${path}`, { headers: { 'if-none-match': etag } });
      assert.equal(again.status, 304);
      assert.equal(await again.text(), '');
      assert.equal((await onSecond()).accessLimited, false);
      // A change made by another process (here, straight in the database) writes a change-feed event both servers read.
      await sql`update filings set access_limited = true, updated_at = now() where number = ${mini.serviceNumber}`.execute(h.store.db);
      const started = Date.now();
      for (;;) {
        const [here, there] = [await get<{ accessLimited: boolean }>(path), await onSecond()];
        if (here.body.accessLimited && there.accessLimited) break;
        assert.ok(Date.now() - started < 5000, 'both servers show the change within a few polls of the change feed');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const changed = await fetch(`${h.baseUrl}${path}`, { headers: { 'if-none-match': etag } });
      assert.equal(changed.status, 200, 'the old ETag no longer matches');
      assert.notEqual(changed.headers.get('etag'), etag);
      await sql`update filings set access_limited = false, updated_at = now() where number = ${mini.serviceNumber}`.execute(h.store.db);
    } finally {
      await second.close();
    }
  });

  it('follows cancellation and access limits in the same transaction', async () => {
    h.clock.now = new Date('2026-04-01T02:00:00Z');
    await approve(h, { kind: 'cancel_service', channelId: h.parties.providers[0], serviceId: other.serviceNumber, reason: '业务停止运营' });
    const cancelled = await get<{ items: Filing[] }>(`/api/v1/public/apps?platform=android&packageName=${packageOf(other).packageName}`);
    assert.equal(cancelled.body.items[0]?.status, 'cancelled');
    assert.deepEqual(cancelled.body.items[0]?.events.map((e) => e.action).sort(), ['approved', 'cancelled', 'last_changed'].sort());
    const domain = await get<Filing>(`/api/v1/public/domains/${other.body.services![0]!.domains![0]}`);
    assert.equal(domain.body.status, 'cancelled', 'a cancelled filing keeps the domain it had');
    const subject = await get<{ items: Filing[] }>(`/api/v1/public/search?q=${encodeURIComponent(other.body.subject!.name)}&type=subject`);
    assert.equal(subject.body.items[0]?.status, 'shell');
    // Any flow that flags a filing (access limits, revocation) updates `filings`; the read model follows it.
    await sql`update filings set access_limited = true, updated_at = now() where number = ${app.serviceNumber}`.execute(h.store.db);
    const limited = await get<{ items: Filing[] }>(`/api/v1/public/apps?platform=android&packageName=${packageOf(app).packageName}`);
    assert.equal(limited.body.items[0]?.status, 'access_limited');
    await sql`update filings set status = 'revoked', updated_at = now() where number = ${app.serviceNumber}`.execute(h.store.db);
    const revoked = await get<{ items: Filing[] }>(`/api/v1/public/apps?platform=android&packageName=${packageOf(app).packageName}`);
    assert.equal(revoked.body.items[0]?.status, 'revoked');
  });
});

describe('registry lookup limits', () => {
  let h: HttpHarness;
  before(async () => {
    h = await createHttpHarness({ quotas: { ...loadConfig({}).quotas, anonymousLookupsPerMinute: 3 } });
  });
  after(() => h.close());

  it('limits anonymous callers per address with a catalogued 429', async () => {
    for (let i = 0; i < 3; i += 1) assert.equal((await h.anonymous.request('GET', '/api/v1/public/search?q=abc')).status, 200);
    const limited = await h.anonymous.request('GET', '/api/v1/public/domains/a.example.cn');
    assertCatalogued(limited, 429, 'RATE_LIMITED');
    const signedIn = await h.signIn('provider');
    assert.equal((await signedIn.request('GET', '/api/v1/public/search?q=abc')).status, 200, 'signed-in callers are not counted per address');
  });
});
