import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sampleFirstFiling } from '../../src/store/seed/sample-filing.js';
import { createHttpHarness, type ApiClient, type HttpHarness } from '../support/http-harness.js';
import { createAndSubmit, fileSample, type FiledSample } from '../support/lifecycle.js';

interface Listed {
  total: number;
  items: Array<Record<string, unknown> & { id: string; body: { subject?: { name: string; province: string }; services?: Array<{ name: string; type: string }> } }>;
}

describe('the consoles’ lists: the queue filtered on the server, a channel’s customers, a province’s filings', () => {
  let h: HttpHarness;
  let provider: ApiClient;
  let otherProvider: ApiClient;
  let bureau: ApiClient;
  let shanghai: ApiClient;
  let filed: FiledSample;
  const queued: { first?: string; shanghai?: string; last?: string } = {};
  before(async () => {
    h = await createHttpHarness({ rateLimits: { login: 100, smsVerify: 100 } });
    filed = await fileSample(h, 11);
    await fileSample(h, 12, { serviceType: 'mini_program' });
    h.clock.now = new Date('2026-03-02T02:00:00Z');
    queued.first = await createAndSubmit(h, sampleFirstFiling({ n: 13, provinceCode: '110000', channelId: h.parties.providers[0] }));
    h.clock.now = new Date('2026-03-03T02:00:00Z');
    queued.shanghai = await createAndSubmit(h, sampleFirstFiling({ n: 14, provinceCode: '310000', channelId: h.parties.providers[0] }));
    h.clock.now = new Date('2026-03-04T02:00:00Z');
    queued.last = await createAndSubmit(h, sampleFirstFiling({ n: 15, provinceCode: '110000', channelId: h.parties.providers[0] }));
    provider = await h.signIn('provider', 'test-password');
    otherProvider = await h.signIn('other-provider', 'test-password');
    bureau = await h.signIn('bureau-bj', 'test-password');
    shanghai = await h.signIn('bureau-sh', 'test-password');
  });
  after(async () => h.close());

  const ids = (listed: Listed) => listed.items.map((a) => a.id);

  it('orders the queue by deadline and filters it by province, service type and a name, counting the matches', async () => {
    const all = await provider.request<Listed>('GET', '/api/v1/applications?state=provider_review&order=deadline');
    assert.equal(all.status, 200, all.text);
    assert.deepEqual(ids(all.body), [queued.first, queued.shanghai, queued.last], 'earliest deadline first');
    assert.equal(all.body.total, 3);
    // Submitted on Wednesday 4 March, seen the same day: Thursday, Friday and Monday are left of the three working days.
    assert.deepEqual(all.body.items[2]!.deadline, { ...(all.body.items[2]!.deadline as object), overdue: false, workingDaysLeft: 3 });

    const beijing = await provider.request<Listed>('GET', '/api/v1/applications?state=provider_review&order=deadline&province=110000');
    assert.deepEqual(ids(beijing.body), [queued.first, queued.last]);

    const apps = await provider.request<Listed>('GET', '/api/v1/applications?state=provider_review&type=app');
    assert.equal(apps.body.total, 3);
    const miniPrograms = await provider.request<Listed>('GET', '/api/v1/applications?type=mini_program');
    assert.equal(miniPrograms.body.total, 0);
    const platform = await h.signIn('mini-platform', 'test-password');
    const platformMini = await platform.request<Listed>('GET', '/api/v1/applications?state=approved&type=mini_program');
    assert.equal(platformMini.body.total, 1, 'the platform finds its mini-program');
    const platformApps = await platform.request<Listed>('GET', '/api/v1/applications?type=app');
    assert.equal(platformApps.body.total, 0);

    const subjectName = all.body.items[1]!.body.subject!.name;
    const bySubject = await provider.request<Listed>('GET', `/api/v1/applications?state=provider_review&q=${encodeURIComponent(subjectName.slice(1, 5))}`);
    assert.ok(ids(bySubject.body).includes(queued.shanghai!), 'part of the subject name finds it');
    const serviceName = all.body.items[2]!.body.services![0]!.name;
    const byService = await provider.request<Listed>('GET', `/api/v1/applications?q=${encodeURIComponent(serviceName.toUpperCase())}`);
    assert.ok(ids(byService.body).includes(queued.last!), 'a service name finds it, any case');

    const wildcard = await provider.request<Listed>('GET', '/api/v1/applications?q=%25');
    assert.deepEqual(wildcard.body.items, [], 'a typed % matches only itself');
    const paged = await provider.request<Listed>('GET', '/api/v1/applications?state=provider_review&order=deadline&limit=1&offset=1');
    assert.deepEqual([ids(paged.body), paged.body.total], [[queued.shanghai], 3]);

    const otherChannel = await otherProvider.request<Listed>('GET', '/api/v1/applications?state=provider_review');
    assert.deepEqual(otherChannel.body, { items: [], total: 0 }, 'another channel sees none of them');

    for (const bad of ['province=11', 'type=ship', 'order=random', `q=${'x'.repeat(61)}`, 'q=%E2%80%AE']) {
      const refused = await provider.request<{ error: { code: string; path: string } }>('GET', `/api/v1/applications?${bad}`);
      assert.equal(refused.status, 400, bad);
      assert.match(refused.body.error.path, /^querystring\./, bad);
    }
  });

  it('lists the subjects filed through the calling channel with their numbers, and nothing personal', async () => {
    const listed = await provider.request<{ total: number; items: Array<Record<string, unknown>> }>('GET', '/api/v1/customers');
    assert.equal(listed.status, 200, listed.text);
    assert.equal(listed.body.total, 1, 'only the subject approved through this provider');
    const customer = listed.body.items[0]!;
    assert.equal(customer.subjectId, filed.subjectId);
    assert.equal(customer.number, filed.subjectNumber);
    assert.equal(customer.activeServices, 1);
    const text = JSON.stringify(listed.body);
    const main = filed.body.subject!.mainPerson;
    for (const secret of [main.mobile, main.certificate.number, filed.body.subject!.certificate.number]) assert.ok(!text.includes(secret), secret);

    const found = await provider.request<{ total: number }>('GET', `/api/v1/customers?q=${encodeURIComponent(filed.serviceNumber)}`);
    assert.equal(found.body.total, 1, 'a service number finds its subject');
    const none = await provider.request<{ total: number }>('GET', '/api/v1/customers?q=nobody-at-all');
    assert.equal(none.body.total, 0);
    const refused = await bureau.request<{ error: { code: string } }>('GET', '/api/v1/customers');
    assert.equal(refused.status, 403);
  });

  it('pages and searches the filings of the bureau’s own province only', async () => {
    const all = await bureau.request<{ total: number; items: Array<{ number: string; kind: string; subjectName: string }> }>('GET', '/api/v1/filings?limit=2');
    assert.equal(all.status, 200, all.text);
    assert.equal(all.body.total, 4, 'two subjects and two services in Beijing');
    assert.equal(all.body.items.length, 2);
    const next = await bureau.request<{ items: Array<{ number: string }> }>('GET', '/api/v1/filings?limit=2&offset=2');
    assert.equal(new Set([...all.body.items, ...next.body.items].map((f) => f.number)).size, 4);

    const one = await bureau.request<{ total: number; items: Array<{ number: string; serviceName: string | null }> }>('GET', `/api/v1/filings?q=${encodeURIComponent(filed.serviceNumber)}`);
    assert.deepEqual(one.body.items.map((f) => f.number), [filed.serviceNumber]);
    assert.equal(one.body.items[0]!.serviceName, filed.body.services![0]!.name);

    const elsewhere = await shanghai.request<{ total: number }>('GET', '/api/v1/filings');
    assert.equal(elsewhere.body.total, 0, 'Shanghai sees none of Beijing’s filings');
    const refused = await provider.request('GET', '/api/v1/filings');
    assert.equal(refused.status, 403);
  });

  it('counts the working days past the deadline (run last: it moves the clock on)', async () => {
    h.clock.now = new Date('2026-03-10T02:00:00Z');
    const lateSession = await h.signIn('provider', 'test-password');
    const late = await lateSession.request<Listed>('GET', '/api/v1/applications?state=provider_review&order=deadline');
    assert.deepEqual(late.body.items.map((a) => (a.deadline as { workingDaysLeft?: number }).workingDaysLeft), [-3, -2, -1], 'negative once passed');
    assert.deepEqual(late.body.items.map((a) => (a.deadline as { overdue?: boolean }).overdue), [true, true, true]);
  });
});
