import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertCatalogued } from '../support/catalogued.js';
import { checkerKey } from '../support/checker-key.js';
import { createHttpHarness, type HttpHarness } from '../support/http-harness.js';
import { approve, fileSample, type FiledSample } from '../support/lifecycle.js';
import { streamPost } from '../support/stream-post.js';
import { sampleFirstFiling } from '../../src/store/seed/sample-filing.js';

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
    const provider = await h.signIn('provider');
    assertCatalogued(await provider.request('GET', `/api/v1/distribution-reports/${reportId}`), 404, 'NOT_FOUND');
    const bureau = await h.signIn('bureau-bj');
    assertCatalogued(await bureau.request('GET', `/api/v1/distribution-reports/${reportId}`), 403, 'FORBIDDEN');
  });

  it('lists what is distributed but not filed: the ministry every row, a bureau its province only', async () => {
    const ministry = await h.signIn('ministry');
    const all = await ministry.request<{ items: UnfiledItem[] }>('GET', '/api/v1/unfiled-distributions');
    assert.equal(all.status, 200, all.text);
    assert.deepEqual(all.body.items.map((i) => i.verdict).sort(), ['name_mismatch', 'not_filed', 'signature_mismatch']);
    assert.ok(all.body.items.every((i) => i.party.code === 'appstore-example'));
    const beijingBureau = await h.signIn('bureau-bj');
    const bj = await beijingBureau.request<{ items: UnfiledItem[] }>('GET', '/api/v1/unfiled-distributions');
    assert.deepEqual(bj.body.items.map((i) => [i.verdict, i.filedNumber]), [['name_mismatch', beijing.serviceNumber]]);
    const shanghaiBureau = await h.signIn('bureau-sh');
    const sh = await shanghaiBureau.request<{ items: UnfiledItem[] }>('GET', '/api/v1/unfiled-distributions');
    assert.deepEqual(sh.body.items.map((i) => i.packageName), [shanghaiPackage]);
    const byParty = await ministry.request<{ items: UnfiledItem[] }>('GET', '/api/v1/unfiled-distributions?party=terminal-example');
    assert.deepEqual(byParty.body.items, []);
    assertCatalogued(await (await h.signIn('provider')).request('GET', '/api/v1/unfiled-distributions'), 403, 'FORBIDDEN');
  });

  it("uses the party's latest complete report, and keeps a failed one out", async () => {
    const later = await report(`platform,packageName\nandroid,${feature().packageName}\n`, 'periodStart=2026-04-01&periodEnd=2026-06-30');
    assert.equal(later.status, 200);
    const broken = await report(`platform,packageName\nandroid,com.example.other\nandroid,"unclosed\n`, 'periodStart=2026-07-01&periodEnd=2026-09-30');
    assert.equal((broken.lines.at(-1) as { error?: { code: string } }).error?.code, 'CHECK_INPUT_UNREADABLE');
    const ministry = await h.signIn('ministry');
    const all = await ministry.request<{ items: UnfiledItem[] }>('GET', '/api/v1/unfiled-distributions');
    assert.deepEqual(all.body.items, [], 'the latest complete report has every app filed');
    const status = await fetch(`${h.baseUrl}/api/v1/distribution-reports/${String(broken.headers['x-report-id'])}`, { headers: { authorization: `Bearer ${key}` } });
    assert.equal(((await status.json()) as { status: string }).status, 'failed');
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
