import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertCatalogued } from '../support/catalogued.js';
import { checkerKey } from '../support/checker-key.js';
import { createHttpHarness, type ApiClient, type HttpHarness } from '../support/http-harness.js';
import { approve, fileSample, type FiledSample } from '../support/lifecycle.js';
import { streamPost } from '../support/stream-post.js';
import { sampleFirstFiling } from '../../src/store/seed/sample-filing.js';

interface ReportItem {
  id: string;
  party: { code: string | null };
  periodStart: string;
  status: string;
  rows: number;
  verdicts: Record<string, number>;
  submittedAt: string;
}

interface ReportPage {
  items: ReportItem[];
  nextCursor: string | null;
}

interface UnfiledItem {
  party: { code: string | null };
  verdict: string;
  packageName: string | null;
  filedNumber: string | null;
}

describe('distribution reports', () => {
  let h: HttpHarness;
  let key: string;
  let beijing: FiledSample;
  let shanghaiPackage: string;
  let reportId: string;

  before(async () => {
    h = await createHttpHarness();
    key = await checkerKey(h, 'store-reporter', { scopes: ['report', 'check'] });
    beijing = await fileSample(h, 31);
    // A Shanghai app, so the bureaus' views differ.
    const body = sampleFirstFiling({ n: 32, provinceCode: '310000', channelId: h.parties.providers[0] });
    shanghaiPackage = body.services![0]!.featureInfo![0]!.packageName;
    await approve(h, body, { bureau: h.actors.shanghaiBureau });
  });
  after(() => h.close());

  // Sign-ins are rate limited per address: each login signs in once.
  const sessions = new Map<string, Promise<ApiClient>>();
  const signIn = (login: string) => {
    if (!sessions.has(login)) sessions.set(login, h.signIn(login));
    return sessions.get(login)!;
  };

  const feature = () => beijing.body.services![0]!.featureInfo![0]!;
  const report = (body: string, query = 'periodStart=2026-01-01&periodEnd=2026-03-31', authorization = `Bearer ${key}`) =>
    streamPost(`${h.baseUrl}/api/v1/distribution-reports?${query}`, { headers: { 'content-type': 'text/csv', authorization }, body: [body] });

  it('checks and stores every row, streams the verdicts back, and gives the report an address', async () => {
    const csv = [
      'platform,packageName,signatureMd5,appName',
      `android,${feature().packageName},${feature().signatureMd5},`,
      'android,com.example.sideloaded,,',
      `android,${feature().packageName},,冒名记账`,
      `android,${shanghaiPackage},ffffffffffffffffffffffffffffffff,`,
      'pc,x,,',
    ].join('\n');
    const answer = await report(csv);
    assert.equal(answer.status, 200, answer.text);
    reportId = String(answer.headers['x-report-id']);
    assert.equal(answer.headers.location, `/api/v1/distribution-reports/${reportId}`);
    assert.deepEqual((answer.lines as Array<{ verdict: string }>).map((l) => l.verdict), ['filed', 'not_filed', 'name_mismatch', 'signature_mismatch', 'invalid']);

    const get = (path: string) => fetch(`${h.baseUrl}${path}`, { headers: { authorization: `Bearer ${key}` } }).then(async (r) => ({ status: r.status, body: (await r.json()) as Record<string, unknown> }));
    const summary = await get(`/api/v1/distribution-reports/${reportId}`);
    assert.equal(summary.status, 200);
    assert.equal(summary.body.status, 'complete');
    assert.equal(summary.body.rows, 5);
    assert.deepEqual(summary.body.verdicts, { filed: 1, not_filed: 1, name_mismatch: 1, signature_mismatch: 1, invalid: 1 });
    const rows = await get(`/api/v1/distribution-reports/${reportId}/rows?verdict=not_filed`);
    assert.deepEqual((rows.body.items as Array<{ row: number; packageName: string }>).map((r) => [r.row, r.packageName]), [[2, 'com.example.sideloaded']]);
  });

  it('shows a report to its own party only', async () => {
    const provider = await signIn('provider');
    assertCatalogued(await provider.request('GET', `/api/v1/distribution-reports/${reportId}`), 404, 'NOT_FOUND');
    const bureau = await signIn('bureau-bj');
    assertCatalogued(await bureau.request('GET', `/api/v1/distribution-reports/${reportId}`), 403, 'FORBIDDEN');
  });

  it('lists what is distributed but not filed: the ministry every row, a bureau its province only', async () => {
    const ministry = await signIn('ministry');
    const all = await ministry.request<{ items: UnfiledItem[] }>('GET', '/api/v1/unfiled-distributions');
    assert.equal(all.status, 200, all.text);
    assert.deepEqual(all.body.items.map((i) => i.verdict).sort(), ['name_mismatch', 'not_filed', 'signature_mismatch']);
    assert.ok(all.body.items.every((i) => i.party.code === 'appstore-example'));
    const beijingBureau = await signIn('bureau-bj');
    const bj = await beijingBureau.request<{ items: UnfiledItem[] }>('GET', '/api/v1/unfiled-distributions');
    assert.deepEqual(bj.body.items.map((i) => [i.verdict, i.filedNumber]), [['name_mismatch', beijing.serviceNumber]]);
    const shanghaiBureau = await signIn('bureau-sh');
    const sh = await shanghaiBureau.request<{ items: UnfiledItem[] }>('GET', '/api/v1/unfiled-distributions');
    assert.deepEqual(sh.body.items.map((i) => i.packageName), [shanghaiPackage]);
    const byParty = await ministry.request<{ items: UnfiledItem[] }>('GET', '/api/v1/unfiled-distributions?party=terminal-example');
    assert.deepEqual(byParty.body.items, []);
    assertCatalogued(await (await signIn('provider')).request('GET', '/api/v1/unfiled-distributions'), 403, 'FORBIDDEN');
  });

  it("uses the party's latest complete report, and keeps a failed one out", async () => {
    const later = await report(`platform,packageName\nandroid,${feature().packageName}\n`, 'periodStart=2026-04-01&periodEnd=2026-06-30');
    assert.equal(later.status, 200);
    const broken = await report(`platform,packageName\nandroid,com.example.other\nandroid,"unclosed\n`, 'periodStart=2026-07-01&periodEnd=2026-09-30');
    assert.equal((broken.lines.at(-1) as { error?: { code: string } }).error?.code, 'CHECK_INPUT_UNREADABLE');
    const ministry = await signIn('ministry');
    const all = await ministry.request<{ items: UnfiledItem[] }>('GET', '/api/v1/unfiled-distributions');
    assert.deepEqual(all.body.items, [], 'the latest complete report has every app filed');
    const status = await fetch(`${h.baseUrl}/api/v1/distribution-reports/${String(broken.headers['x-report-id'])}`, { headers: { authorization: `Bearer ${key}` } });
    assert.equal(((await status.json()) as { status: string }).status, 'failed');
  });

  it("lists the caller's party's reports newest first, each with its verdict counts, and no other party's", async () => {
    // Another reporting party (an access provider) reports twice, a minute apart.
    const provider = await signIn('provider');
    const created = await provider.request<{ key: string }>('POST', '/api/v1/api-keys', { label: 'provider reports', scopes: ['report'] });
    assert.equal(created.status, 201, created.text);
    const providerKey = `Bearer ${created.body.key}`;
    const first = await report(`platform,packageName\nandroid,${feature().packageName}\n`, 'periodStart=2026-01-01&periodEnd=2026-01-31', providerKey);
    h.clock.now = new Date(h.clock.now.getTime() + 60_000);
    const second = await report('platform,packageName\nandroid,com.example.unknown\nandroid,com.example.unknown2\n', 'kind=preinstall&periodStart=2026-02-01&periodEnd=2026-02-28', providerKey);
    assert.equal(second.status, 200, second.text);

    const own = await provider.request<ReportPage>('GET', '/api/v1/distribution-reports');
    assert.equal(own.status, 200, own.text);
    assert.deepEqual(
      own.body.items.map((r) => [r.id, r.party.code, r.periodStart, r.status, r.rows, r.verdicts]),
      [
        [second.headers['x-report-id'], 'provider-example-cloud', '2026-02-01', 'complete', 2, { not_filed: 2 }],
        [first.headers['x-report-id'], 'provider-example-cloud', '2026-01-01', 'complete', 1, { filed: 1 }],
      ],
    );
    assert.equal(own.body.nextCursor, null);
    const preinstalls = await provider.request<ReportPage>('GET', '/api/v1/distribution-reports?kind=preinstall');
    assert.deepEqual(preinstalls.body.items.map((r) => r.id), [second.headers['x-report-id']]);

    // The store's list (by its key) holds its own reports only, the first one with the counts it was stored with.
    const store = await fetch(`${h.baseUrl}/api/v1/distribution-reports?limit=100`, { headers: { authorization: `Bearer ${key}` } });
    const storeList = (await store.json()) as ReportPage;
    assert.ok(storeList.items.length >= 3);
    assert.ok(storeList.items.every((r) => r.party.code === 'appstore-example'));
    assert.deepEqual(storeList.items.find((r) => r.id === reportId)?.verdicts, { filed: 1, not_filed: 1, name_mismatch: 1, signature_mismatch: 1, invalid: 1 });
    const order = storeList.items.map((r) => [r.submittedAt, r.id]);
    assert.deepEqual(order, [...order].sort((a, b) => (a[0] === b[0] ? b[1]!.localeCompare(a[1]!) : b[0]!.localeCompare(a[0]!))), 'newest first, ties by id');
  });

  it('pages the list by cursor without losing or repeating a report, even among reports of the same instant', async () => {
    const store = async (query: string) => {
      const response = await fetch(`${h.baseUrl}/api/v1/distribution-reports?${query}`, { headers: { authorization: `Bearer ${key}` } });
      return { status: response.status, body: (await response.json()) as ReportPage };
    };
    const all = (await store('limit=100')).body.items.map((r) => r.id);
    const paged: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await store(`limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      assert.equal(page.status, 200);
      assert.ok(page.body.items.length <= 2);
      paged.push(...page.body.items.map((r) => r.id));
      cursor = page.body.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    assert.deepEqual(paged, all);
    assert.ok(pages >= 2, 'more than one page');

    const bad = await fetch(`${h.baseUrl}/api/v1/distribution-reports?cursor=bm90LWEtY3Vyc29y`, { headers: { authorization: `Bearer ${key}` } });
    assertCatalogued({ status: bad.status, body: await bad.json(), text: '' }, 400, 'VALIDATION_FAILED', { path: 'querystring.cursor' });
    const tooMany = await fetch(`${h.baseUrl}/api/v1/distribution-reports?limit=101`, { headers: { authorization: `Bearer ${key}` } });
    assertCatalogued({ status: tooMany.status, body: await tooMany.json(), text: '' }, 400, 'VALIDATION_FAILED', { path: 'querystring.limit' });
  });

  it("downloads a report's rows as CSV, its own party only", async () => {
    const get = (authorization: string) => fetch(`${h.baseUrl}/api/v1/distribution-reports/${reportId}/rows.csv`, { headers: { authorization } });
    const answer = await get(`Bearer ${key}`);
    assert.equal(answer.status, 200);
    assert.match(String(answer.headers.get('content-type')), /^text\/csv/);
    assert.equal(answer.headers.get('content-disposition'), 'attachment; filename="distribution-report-2026-01-01-2026-03-31.csv"');
    const lines = (await answer.text()).trim().split('\n');
    assert.equal(lines[0], 'row,platform,packageName,appName,subjectName,number,verdict,filedNumber,code,path');
    assert.deepEqual(lines.slice(1).map((l) => l.split(',').slice(0, 3).concat(l.split(',')[6]!)), [
      ['1', 'android', feature().packageName, 'filed'],
      ['2', 'android', 'com.example.sideloaded', 'not_filed'],
      ['3', 'android', feature().packageName, 'name_mismatch'],
      ['4', 'android', shanghaiPackage, 'signature_mismatch'],
      ['5', '', '', 'invalid'],
    ]);
    assert.match(lines[5]!, /,invalid,,CHECK_ROW_INVALID,platform$/);
    const provider = await signIn('provider');
    assertCatalogued(await provider.request('GET', `/api/v1/distribution-reports/${reportId}/rows.csv`), 404, 'NOT_FOUND', { path: 'params.id' });
  });

  it('keeps the list from bureaus and from callers without the report scope', async () => {
    assertCatalogued(await (await signIn('bureau-bj')).request('GET', '/api/v1/distribution-reports'), 403, 'FORBIDDEN');
    assertCatalogued(await (await signIn('ministry')).request('GET', '/api/v1/distribution-reports'), 403, 'FORBIDDEN');
    assertCatalogued(await h.anonymous.request('GET', '/api/v1/distribution-reports'), 401, 'UNAUTHENTICATED');
    const checkOnly = await checkerKey(h, 'store-reporter', { scopes: ['check'] });
    assertCatalogued(await h.anonymous.request('GET', '/api/v1/distribution-reports', undefined, { authorization: `Bearer ${checkOnly}` }), 403, 'API_KEY_SCOPE_MISSING');
  });

  it('refuses bad periods and callers without the report scope', async () => {
    const bad = await report('platform,packageName\n', 'periodStart=2026-02-30&periodEnd=2026-03-01');
    assertCatalogued({ status: bad.status, body: JSON.parse(bad.text), text: bad.text }, 400, 'VALIDATION_FAILED');
    const reversed = await report('platform,packageName\n', 'periodStart=2026-03-01&periodEnd=2026-02-01');
    assertCatalogued({ status: reversed.status, body: JSON.parse(reversed.text), text: reversed.text }, 400, 'VALIDATION_FAILED');
    const checkOnly = await checkerKey(h, 'store-reporter', { scopes: ['check'] });
    const refused = await report('platform,packageName\n', undefined, `Bearer ${checkOnly}`);
    assertCatalogued({ status: refused.status, body: JSON.parse(refused.text), text: refused.text }, 403, 'API_KEY_SCOPE_MISSING');
  });
});
