import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { codeInSmsText } from '../../src/flows/sms/sms-text.js';
import { sampleFirstFiling } from '../../src/store/seed/sample-filing.js';
import { deliverAll } from '../support/deliver.js';
import { createHttpHarness, type ApiClient, type HttpHarness } from '../support/http-harness.js';

interface ApplicationView {
  id: string;
  state: string;
  allowedActions: string[];
  version: number;
}

describe('one app through the HTTP API: draft, initial review, SMS, bureau, public lookup, change, cancellation', () => {
  let h: HttpHarness;
  let applicant: ApiClient;
  let provider: ApiClient;
  let bureau: ApiClient;
  const body = () => sampleFirstFiling({ n: 501, provinceCode: '110000', channelId: h.parties.providers[0] });

  before(async () => {
    h = await createHttpHarness();
    applicant = await h.signIn('applicant');
    provider = await h.signIn('provider');
    bureau = await h.signIn('bureau-bj');
  });
  after(async () => h.close());

  /** Delivers the outbox as the job loop does, then reads the developer inbox for each phone's latest code. */
  async function smsCodes(): Promise<Map<string, string>> {
    await deliverAll(h);
    const inbox = await h.anonymous.request<{ items: Array<{ recipient: string; body: string }> }>('GET', '/api/v1/dev/inbox');
    assert.equal(inbox.status, 200);
    const codes = new Map<string, string>();
    for (const message of [...inbox.body.items].reverse()) {
      const code = codeInSmsText(message.body);
      if (code) codes.set(message.recipient, code);
    }
    return codes;
  }

  async function confirmBySms(applicationId: string, people: Array<{ mobile: string; certificate: { number: string } }>) {
    const codes = await smsCodes();
    let last: Record<string, unknown> = {};
    for (const person of people) {
      const phone = person.mobile.replace(/\D/g, '').slice(-11);
      const response = await h.anonymous.request('POST', '/api/v1/sms-verifications', {
        applicationId,
        phone: person.mobile,
        code: codes.get(phone),
        certificateTail: person.certificate.number.slice(-6),
      });
      assert.equal(response.status, 200, response.text);
      last = response.body;
    }
    return last;
  }

  let subjectNumber = '';
  let serviceNumber = '';

  it('files the app and publishes its number', async () => {
    const created = await applicant.request<ApplicationView>('POST', '/api/v1/applications', body(), { 'idempotency-key': 'create-501' });
    assert.equal(created.status, 201, created.text);
    assert.equal(created.body.state, 'draft');
    assert.deepEqual(created.body.allowedActions, ['submit', 'withdraw']);

    const replay = await applicant.request<ApplicationView>('POST', '/api/v1/applications', body(), { 'idempotency-key': 'create-501' });
    assert.equal(replay.body.id, created.body.id, 'a retried create with the same key does not create twice');
    const count = await h.store.db.selectFrom('applications').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    assert.equal(Number(count.n), 1);

    const id = created.body.id;
    const submitted = await applicant.request<ApplicationView>('POST', `/api/v1/applications/${id}/submit`, {});
    assert.equal(submitted.status, 200, submitted.text);
    assert.equal(submitted.body.state, 'provider_review');

    const reviewed = await provider.request<ApplicationView>('GET', `/api/v1/applications/${id}`);
    assert.deepEqual(reviewed.body.allowedActions, ['providerApprove', 'providerReturn'], 'the reviewer is not offered the applicant’s withdrawal');
    const notTheirs = await provider.request<{ error: { code: string } }>('POST', `/api/v1/applications/${id}/withdraw`, {});
    assert.deepEqual([notTheirs.status, notTheirs.body.error.code], [403, 'ACTION_NOT_PERMITTED']);
    assert.deepEqual((await applicant.request<ApplicationView>('GET', `/api/v1/applications/${id}`)).body.allowedActions, ['withdraw']);

    const otherProvider = await h.signIn('other-provider');
    const hidden = await otherProvider.request('GET', `/api/v1/applications/${id}`);
    assert.equal(hidden.status, 404, "another provider cannot see this provider's customer");

    const passed = await provider.request<ApplicationView>('POST', `/api/v1/applications/${id}/provider-approve`, {});
    assert.equal(passed.status, 200, passed.text);
    assert.equal(passed.body.state, 'sms_pending');

    const wrong = await h.anonymous.request<{ error: { code: string } }>('POST', '/api/v1/sms-verifications', {
      applicationId: id,
      phone: body().subject!.mainPerson.mobile,
      code: '000000',
      certificateTail: '000000',
    });
    assert.equal(wrong.status, 400);
    assert.equal(wrong.body.error.code, 'SMS_CODE_WRONG');

    const done = await confirmBySms(id, [body().subject!.mainPerson, body().services![0]!.responsiblePerson]);
    assert.equal(done.status, 'complete');

    const approved = await bureau.request<ApplicationView>('POST', `/api/v1/applications/${id}/bureau-approve`, {});
    assert.equal(approved.status, 200, approved.text);
    assert.equal(approved.body.state, 'approved');

    const filings = await h.anonymous.request<{ items: Array<{ number: string; kind: string }> }>('GET', '/api/v1/public/filings');
    assert.equal(filings.status, 200);
    serviceNumber = filings.body.items.find((f) => f.kind === 'service')!.number;
    subjectNumber = filings.body.items.find((f) => f.kind === 'subject')!.number;
    assert.equal(subjectNumber, '京ICP备2026000001号');
    assert.equal(serviceNumber, '京ICP备2026000001号-1A');

    const lookup = await h.anonymous.request<Record<string, unknown>>('GET', `/api/v1/public/filings/${encodeURIComponent(serviceNumber)}`);
    assert.equal(lookup.status, 200, lookup.text);
    assert.equal(lookup.body.number, serviceNumber);
    assert.equal(lookup.body.status, 'active');
    assert.equal(lookup.body.subjectName, body().subject!.name);
    assert.deepEqual(lookup.body.subjectNature, { code: 4, zh: '企业', en: 'Enterprise' });
    assert.equal(lookup.body.serviceName, body().services![0]!.name);
    assert.equal(lookup.body.serviceType, 'app');
    assert.match(String(lookup.body.approvalDate), /^\d{4}-\d{2}-\d{2}$/);
    const personal = [
      body().subject!.certificate.number,
      body().subject!.mainPerson.certificate.number,
      body().subject!.mainPerson.mobile,
      body().subject!.mainPerson.email,
      body().services![0]!.responsiblePerson.mobile,
      body().services![0]!.responsiblePerson.email,
    ];
    for (const value of personal) {
      assert.ok(!lookup.text.includes(value), `the public answer leaks ${value}`);
      assert.ok(!filings.text.includes(value), `the public list leaks ${value}`);
    }

    const unknown = await h.anonymous.request('GET', `/api/v1/public/filings/${encodeURIComponent('京ICP备2026999999号-1A')}`);
    assert.equal(unknown.status, 404);
    const malformed = await h.anonymous.request<{ error: { code: string } }>('GET', `/api/v1/public/filings/${encodeURIComponent('not a number')}`);
    assert.deepEqual([malformed.status, malformed.body.error.code], [404, 'NOT_FOUND']);
    const fullWidth = await h.anonymous.request<{ number: string }>('GET', `/api/v1/public/filings/${encodeURIComponent(` ${serviceNumber.replace('-', '－')} `)}`);
    assert.equal(fullWidth.body.number, serviceNumber, 'a number typed with a full-width hyphen and spaces is found');
  });

  it('changes the app through the same lifecycle', async () => {
    const service = body().services![0]!;
    const change = { kind: 'change_service', channelId: h.parties.providers[0], serviceId: serviceNumber, services: [{ ...service, name: `${service.name}专业版` }] };
    const created = await applicant.request<ApplicationView>('POST', '/api/v1/applications', change);
    assert.equal(created.status, 201, created.text);
    const id = created.body.id;
    assert.equal((await applicant.request<ApplicationView>('POST', `/api/v1/applications/${id}/submit`, {})).body.state, 'provider_review');
    assert.equal((await provider.request<ApplicationView>('POST', `/api/v1/applications/${id}/provider-approve`, {})).body.state, 'sms_pending');
    await confirmBySms(id, [service.responsiblePerson]);
    const approved = await bureau.request<ApplicationView>('POST', `/api/v1/applications/${id}/bureau-approve`, {});
    assert.equal(approved.body.state, 'approved', approved.text);
    const lookup = await h.anonymous.request<Record<string, unknown>>('GET', `/api/v1/public/filings/${encodeURIComponent(serviceNumber)}`);
    assert.equal(lookup.body.serviceName, `${service.name}专业版`);
    assert.equal(lookup.body.number, serviceNumber, 'a change keeps the number');
  });

  it('cancels the app; the number stays queryable as cancelled and the subject is left a shell', async () => {
    const cancel = { kind: 'cancel_service', channelId: h.parties.providers[0], serviceId: serviceNumber, reason: '业务停止运营' };
    const created = await applicant.request<ApplicationView>('POST', '/api/v1/applications', cancel);
    assert.equal(created.status, 201, created.text);
    const id = created.body.id;
    await applicant.request('POST', `/api/v1/applications/${id}/submit`, {});
    await provider.request('POST', `/api/v1/applications/${id}/provider-approve`, {});
    await confirmBySms(id, [body().services![0]!.responsiblePerson]);
    const approved = await bureau.request<ApplicationView>('POST', `/api/v1/applications/${id}/bureau-approve`, {});
    assert.equal(approved.body.state, 'approved', approved.text);
    const lookup = await h.anonymous.request<Record<string, unknown>>('GET', `/api/v1/public/filings/${encodeURIComponent(serviceNumber)}`);
    assert.equal(lookup.body.status, 'cancelled');
    const subject = await h.anonymous.request<Record<string, unknown>>('GET', `/api/v1/public/filings/${encodeURIComponent(subjectNumber)}`);
    assert.equal(subject.body.status, 'active');
    assert.equal(subject.body.shell, true, 'a subject left without services is a shell (空壳)');
    const list = await h.anonymous.request<{ items: Array<{ number: string }> }>('GET', '/api/v1/public/filings');
    assert.ok(!list.body.items.some((f) => f.number === serviceNumber), 'the latest list shows active filings only');
  });

  it('lets a provider submit and withdraw an application it opened on the subject’s behalf', async () => {
    const opened = await provider.request<ApplicationView>('POST', '/api/v1/applications', sampleFirstFiling({ n: 502, provinceCode: '110000', channelId: h.parties.providers[0] }));
    assert.equal(opened.status, 201, opened.text);
    assert.deepEqual(opened.body.allowedActions, ['submit', 'withdraw']);
    const submitted = await provider.request<ApplicationView>('POST', `/api/v1/applications/${opened.body.id}/submit`, {});
    assert.equal(submitted.status, 200, submitted.text);
    assert.deepEqual(submitted.body.allowedActions, ['providerApprove', 'providerReturn', 'withdraw']);
    const withdrawn = await provider.request<ApplicationView>('POST', `/api/v1/applications/${opened.body.id}/withdraw`, {});
    assert.equal(withdrawn.status, 200, withdrawn.text);
    assert.equal(withdrawn.body.state, 'withdrawn');
  });

  it('answers bad input with a catalogued error naming the field', async () => {
    const bad = await applicant.request<{ error: { code: string; path: string } }>('POST', '/api/v1/applications', { ...body(), kind: 'first_filing', channelId: 42 });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.code, 'VALIDATION_FAILED');
    assert.equal(bad.body.error.path, 'body.channelId');
    const anonymous = await h.anonymous.request<{ error: { code: string } }>('POST', '/api/v1/applications', body());
    assert.equal(anonymous.status, 401);
    assert.equal(anonymous.body.error.code, 'UNAUTHENTICATED');
    const health = await h.anonymous.request('GET', '/healthz');
    assert.deepEqual([health.status, health.body], [200, { status: 'ok' }]);
    const providers = await h.anonymous.request<{ items: Array<{ id: string; name: string }> }>('GET', '/api/v1/parties?kind=access_provider');
    assert.deepEqual(providers.body.items.map((p) => p.id).sort(), [...h.parties.providers].sort(), 'filers find the channel ids they need');
    const bureaus = await h.anonymous.request<{ items: unknown[] }>('GET', '/api/v1/parties?kind=bureau');
    assert.equal(bureaus.body.items.length, 31);
    const docs = await h.anonymous.request<{ openapi: string; paths: Record<string, unknown> }>('GET', '/api/docs/json');
    assert.equal(docs.status, 200);
    assert.ok(docs.body.paths['/api/v1/applications/{id}/bureau-approve'], 'the OpenAPI document lists the lifecycle actions');
  });
});
