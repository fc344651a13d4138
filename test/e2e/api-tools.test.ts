import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { sampleFirstFiling } from '../../src/store/seed/sample-filing.js';
import { createHttpHarness, type ApiClient, type HttpHarness } from '../support/http-harness.js';

const fixture = (name: string) => new URL(`../fixtures/apk/${name}`, import.meta.url);

function oracleMd5(name: string): string {
  return /certificate MD5 digest: ([0-9a-f]{32})/.exec(readFileSync(fixture(`oracle/${name}.apksigner.txt`), 'utf8'))![1]!;
}

interface Finding {
  code: string;
  path: string;
  severity: string;
  fix: { zh: string; en: string };
}

describe('pre-check, reviewer returns and package reading through the server', () => {
  let h: HttpHarness;
  let applicant: ApiClient;
  before(async () => {
    h = await createHttpHarness();
    applicant = await h.signIn('applicant');
  });
  after(async () => h.close());

  it('pre-checks a draft without saving it, with the field and the fix of each problem', async () => {
    const body = sampleFirstFiling({ n: 7, channelId: h.parties.providers[0] });
    const clean = await h.anonymous.request<{ passes: boolean; findings: Finding[] }>('POST', '/api/v1/precheck', body);
    assert.equal(clean.status, 200);
    assert.equal(clean.body.passes, true, JSON.stringify(clean.body.findings));
    const broken = structuredClone(body);
    broken.services![0]!.featureInfo![0]!.signatureMd5 = 'not-an-md5';
    const result = await applicant.request<{ passes: boolean; findings: Finding[] }>('POST', '/api/v1/precheck', broken);
    assert.equal(result.body.passes, false);
    const finding = result.body.findings.find((f) => f.path === 'services[0].featureInfo[0].signatureMd5');
    assert.ok(finding, JSON.stringify(result.body.findings));
    assert.equal(finding.severity, 'error');
    assert.ok(finding.fix.zh && finding.fix.en);
    const saved = await h.store.db.selectFrom('applications').select('id').execute();
    assert.equal(saved.length, 0, 'pre-check saves nothing');
  });

  it('refuses to submit an application with pre-check errors, listing the findings', async () => {
    const body = sampleFirstFiling({ n: 8, channelId: h.parties.providers[0] });
    body.subject!.mainPerson.emergencyPhone = body.subject!.mainPerson.mobile;
    const created = await applicant.request<{ id: string }>('POST', '/api/v1/applications', body);
    assert.equal(created.status, 201, created.text);
    const submitted = await applicant.request<{ error: { code: string; details: { findings: Finding[] } } }>('POST', `/api/v1/applications/${created.body.id}/submit`, {});
    assert.equal(submitted.status, 422);
    assert.equal(submitted.body.error.code, 'PRECHECK_FAILED');
    assert.ok(submitted.body.error.details.findings.some((f) => f.path.startsWith('subject.mainPerson')), JSON.stringify(submitted.body.error.details.findings));
  });

  it('returns an application with catalogued reasons that the applicant sees at the fields, with fixes', async () => {
    const body = sampleFirstFiling({ n: 9, channelId: h.parties.providers[0] });
    const created = await applicant.request<{ id: string }>('POST', '/api/v1/applications', body);
    await applicant.request('POST', `/api/v1/applications/${created.body.id}/submit`, {});
    const provider = await h.signIn('provider');
    const bad = await provider.request<{ error: { code: string } }>('POST', `/api/v1/applications/${created.body.id}/provider-return`, {
      reasons: [{ code: 'NO_SUCH_RULE', path: 'subject.name', note: 'x' }],
    });
    assert.equal(bad.status, 400, 'a reason outside the catalogue is refused');
    const rule = (await h.anonymous.request<{ findings: Finding[] }>('POST', '/api/v1/precheck', { kind: 'first_filing' })).body.findings[0]!;
    const returned = await provider.request<{ state: string }>('POST', `/api/v1/applications/${created.body.id}/provider-return`, {
      reasons: [
        { code: rule.code, path: 'services[0].featureInfo[0].signatureMd5', note: '与安装包签名不一致' },
        { code: 'OTHER', path: 'subject.address', note: '请补充门牌号' },
      ],
    });
    assert.equal(returned.status, 200, returned.text);
    assert.equal(returned.body.state, 'provider_returned');
    const seen = await applicant.request<{ returnReasons: Array<{ code: string; path: string; note: string; fix: { zh: string } }>; allowedActions: string[] }>(
      'GET',
      `/api/v1/applications/${created.body.id}`,
    );
    assert.deepEqual(
      seen.body.returnReasons.map((r) => [r.code, r.path, r.note]),
      [
        [rule.code, 'services[0].featureInfo[0].signatureMd5', '与安装包签名不一致'],
        ['OTHER', 'subject.address', '请补充门牌号'],
      ],
    );
    assert.ok(seen.body.returnReasons.every((r) => r.fix.zh.length > 0));
    assert.deepEqual(seen.body.allowedActions, ['submit', 'withdraw']);
  });

  it('reads an uploaded APK: package name and the signature MD5 apksigner prints', async () => {
    const apk = readFileSync(fixture('rsa-v1v2v3.apk'));
    const response = await fetch(`${h.baseUrl}/api/v1/app-info`, { method: 'POST', headers: { 'content-type': 'application/vnd.android.package-archive' }, body: apk });
    assert.equal(response.status, 200, await response.clone().text());
    const info = (await response.json()) as { platform: string; filing: { packageName: string; signatureMd5: string } };
    assert.equal(info.platform, 'android');
    assert.equal(info.filing.signatureMd5, oracleMd5('rsa-v1v2v3'));
    assert.equal(info.filing.packageName, 'cn.example.filinglab');
  });

  it('answers a file that is not a package with a catalogued error, not a crash', async () => {
    const response = await fetch(`${h.baseUrl}/api/v1/app-info`, { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: Buffer.from('this is not a zip file at all') });
    assert.ok(response.status >= 400 && response.status < 500);
    const body = (await response.json()) as { error: { code: string } };
    assert.match(body.error.code, /^APP_PACKAGE_/);
  });
});
