import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { sampleFirstFiling } from '../../src/store/seed/sample-filing.js';
import { createHttpHarness, type HttpHarness } from '../support/http-harness.js';
import { createApplication } from '../../src/flows/create-application.js';
import { applicationBody } from '../../src/domain/form/application-body.js';

interface Facts {
  items: Array<{
    path: string;
    declared: { packageName: string | null; signatureMd5: string | null };
    read: { packageName: string; signatureMd5: string | null; publicKey: string | null } | null;
    mismatches: string[];
  }>;
}

describe('package facts beside the declared feature info', () => {
  let h: HttpHarness;
  before(async () => {
    h = await createHttpHarness({ rateLimits: { login: 100, smsVerify: 100 } });
  });
  after(async () => h.close());

  async function upload(cookieClient: 'applicant' | 'anonymous') {
    const headers: Record<string, string> = { 'content-type': 'application/vnd.android.package-archive' };
    if (cookieClient === 'applicant') {
      const login = await fetch(`${h.baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: 'applicant', password: 'test-password' }) });
      headers.cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    }
    const response = await fetch(`${h.baseUrl}/api/v1/app-info`, { method: 'POST', headers, body: readFileSync(new URL('../fixtures/apk/rsa-v1.apk', import.meta.url)) });
    assert.equal(response.status, 200, await response.clone().text());
    return (await response.json()) as { filing: { packageName: string; signatureMd5: string; publicKey: string } };
  }

  it('shows what the uploaded package says and marks a declared signature that differs', async () => {
    const anonymous = await upload('anonymous');
    assert.equal(await h.store.db.selectFrom('package_reads').select('id').execute().then((r) => r.length), 0, 'an anonymous read is not kept');
    const read = await upload('applicant');
    assert.deepEqual(read.filing, anonymous.filing);

    const body = sampleFirstFiling({ n: 31, channelId: h.parties.providers[0] });
    const service = body.services![0]!;
    service.featureInfo = [
      { platform: 'android', packageName: read.filing.packageName, signatureMd5: read.filing.signatureMd5.toUpperCase(), publicKey: read.filing.publicKey },
      { platform: 'ios', packageName: 'cn.example.never-uploaded', signatureMd5: 'ab'.repeat(20) },
    ];
    const matching = (await createApplication(h.deps, h.actors.applicant, applicationBody.parse(body))).applicationId;
    const other = sampleFirstFiling({ n: 32, channelId: h.parties.providers[0] });
    other.services![0]!.featureInfo = [{ platform: 'android', packageName: read.filing.packageName, signatureMd5: '0'.repeat(32), publicKey: read.filing.publicKey }];
    const differing = (await createApplication(h.deps, h.actors.applicant, applicationBody.parse(other))).applicationId;

    const provider = await h.signIn('provider', 'test-password');
    const same = await provider.request<Facts>('GET', `/api/v1/applications/${matching}/package-facts`);
    assert.equal(same.status, 200, same.text);
    assert.equal(same.body.items.length, 2);
    assert.equal(same.body.items[0]!.path, 'services[0].featureInfo[0]');
    assert.equal(same.body.items[0]!.read?.signatureMd5, read.filing.signatureMd5);
    assert.deepEqual(same.body.items[0]!.mismatches, [], 'digests compare without case');
    assert.equal(same.body.items[1]!.read, null, 'no upload of that package');

    const diff = await provider.request<Facts>('GET', `/api/v1/applications/${differing}/package-facts`);
    assert.deepEqual(diff.body.items[0]!.mismatches, ['signatureMd5']);

    const stranger = await h.signIn('other-provider', 'test-password');
    assert.equal((await stranger.request('GET', `/api/v1/applications/${differing}/package-facts`)).status, 404);
    assert.equal((await provider.request('GET', '/api/v1/applications/not-an-id/package-facts')).status, 404);
  });
});
