import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sampleFirstFiling } from '../../src/store/seed/sample-filing.js';
import { createHttpHarness, type ApiClient, type HttpHarness } from '../support/http-harness.js';

interface ApplicationView {
  id: string;
  state: string;
  version: number;
  channelId: string;
  body: Record<string, unknown>;
}
interface ErrorAnswer {
  error: { code: string; path?: string; message: { zh: string; en: string } };
}

describe('the API contract providers build on', () => {
  let h: HttpHarness;
  let applicant: ApiClient;
  let provider: ApiClient;
  let n = 700;
  const body = () => sampleFirstFiling({ n: (n += 1), provinceCode: '110000', channelId: h.parties.providers[0] });

  before(async () => {
    h = await createHttpHarness();
    applicant = await h.signIn('applicant');
    provider = await h.signIn('provider');
  });
  after(async () => h.close());

  const etag = async (path: string) => (await fetch(`${h.baseUrl}${path}`, { headers: { cookie: await cookieOf('applicant') } })).headers.get('etag');
  const cookies = new Map<string, string>();
  async function cookieOf(login: string): Promise<string> {
    if (!cookies.has(login)) {
      const response = await fetch(`${h.baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login, password: 'test-password' }) });
      cookies.set(login, response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; '));
    }
    return cookies.get(login)!;
  }
  const raw = async (method: string, path: string, payload: unknown, headers: Record<string, string> = {}) =>
    fetch(`${h.baseUrl}${path}`, { method, headers: { 'content-type': 'application/json', cookie: await cookieOf('applicant'), ...headers }, body: JSON.stringify(payload) });

  it('requires If-Match on PUT /applications/{id} (428) and answers with the version as ETag', async () => {
    const draft = body();
    const created = await raw('POST', '/api/v1/applications', draft);
    assert.equal(created.status, 201);
    const view = (await created.json()) as ApplicationView;
    assert.equal(created.headers.get('etag'), `"${view.version}"`);
    assert.equal(await etag(`/api/v1/applications/${view.id}`), `"${view.version}"`);

    const missing = await raw('PUT', `/api/v1/applications/${view.id}`, draft);
    assert.equal(missing.status, 428);
    const refusal = (await missing.json()) as ErrorAnswer;
    assert.deepEqual([refusal.error.code, refusal.error.path], ['PRECONDITION_REQUIRED', 'headers.if-match']);

    const updated = await raw('PUT', `/api/v1/applications/${view.id}`, draft, { 'if-match': created.headers.get('etag')! });
    assert.equal(updated.status, 200);
    assert.equal(updated.headers.get('etag'), `"${view.version + 1}"`);
    const stale = await raw('PUT', `/api/v1/applications/${view.id}`, draft, { 'if-match': created.headers.get('etag')! });
    assert.equal(stale.status, 409);
    assert.equal(((await stale.json()) as ErrorAnswer).error.code, 'APPLICATION_CHANGED');
    const weak = await raw('PUT', `/api/v1/applications/${view.id}`, draft, { 'if-match': `W/"${view.version + 1}"` });
    assert.equal(weak.status, 200, 'a weak ETag as sent back by caches is accepted');
  });

  it('gives a late retry with the same Idempotency-Key the first answer as it was, not the application as it is now', async () => {
    const draft = body();
    const key = `create-${randomUUID()}`;
    const first = await raw('POST', '/api/v1/applications', draft, { 'idempotency-key': key });
    assert.equal(first.status, 201);
    const firstView = (await first.json()) as ApplicationView;
    const edited = await raw('PUT', `/api/v1/applications/${firstView.id}`, draft, { 'if-match': first.headers.get('etag')! });
    assert.equal(edited.status, 200);

    const retry = await raw('POST', '/api/v1/applications', draft, { 'idempotency-key': key });
    assert.equal(retry.status, 201);
    assert.deepEqual(await retry.json(), firstView);
    assert.equal(retry.headers.get('etag'), `"${firstView.version}"`);
    const count = await h.store.db.selectFrom('applications').select('id').where('id', '=', firstView.id).execute();
    assert.equal(count.length, 1);

    const submitKey = `submit-${randomUUID()}`;
    const submitted = await raw('POST', `/api/v1/applications/${firstView.id}/submit`, {}, { 'idempotency-key': submitKey });
    assert.equal(submitted.status, 200);
    const submittedView = (await submitted.json()) as ApplicationView;
    assert.equal(submittedView.state, 'provider_review');
    assert.equal((await raw('POST', `/api/v1/applications/${firstView.id}/withdraw`, {})).status, 200);
    const submitRetry = await raw('POST', `/api/v1/applications/${firstView.id}/submit`, {}, { 'idempotency-key': submitKey });
    assert.equal(submitRetry.status, 200);
    assert.deepEqual(await submitRetry.json(), submittedView, 'the stored answer, though the application has been withdrawn since');
  });

  it('answers a malformed application id 404, like an unknown one', async () => {
    for (const id of ['not-a-uuid', '12345', randomUUID()]) {
      const read = await applicant.request<ErrorAnswer>('GET', `/api/v1/applications/${id}`);
      assert.equal(read.status, 404, id);
      assert.equal(read.body.error.code, 'NOT_FOUND');
      assert.equal((await applicant.request('POST', `/api/v1/applications/${id}/submit`, {})).status, 404);
      assert.equal((await applicant.request('GET', `/api/v1/applications/${id}/history`)).status, 404);
    }
    assert.equal((await applicant.request('GET', '/api/v1/materials/not-a-sha256')).status, 404);
  });

  it('documents in the OpenAPI document that subjectId and serviceId take a filing number, and parties their codes', async () => {
    const doc = (await h.anonymous.request<Record<string, unknown>>('GET', '/api/docs/json')).text;
    const spec = JSON.parse(doc) as { paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { properties: Record<string, { description?: string }> } }> } }>> };
    const properties = spec.paths['/api/v1/applications']!.post!.requestBody!.content['application/json']!.schema.properties;
    assert.match(properties.subjectId!.description!, /filing number/);
    assert.match(properties.serviceId!.description!, /filing number/);
    assert.match(properties.channelId!.description!, /code/);
  });

  it('names the offending part of a return reason in the error path', async () => {
    const created = await applicant.request<ApplicationView>('POST', '/api/v1/applications', body());
    assert.equal((await applicant.request('POST', `/api/v1/applications/${created.body.id}/submit`, {})).status, 200);
    const returnWith = (payload: unknown) => provider.request<ErrorAnswer>('POST', `/api/v1/applications/${created.body.id}/provider-return`, payload);
    const unknownCode = await returnWith({ reasons: [{ code: 'NO_SUCH_RULE' }] });
    assert.deepEqual([unknownCode.status, unknownCode.body.error.path], [400, 'body.reasons[0].code']);
    const otherWithoutNote = await returnWith({ reasons: [{ code: 'OTHER', path: 'subject.name' }] });
    assert.deepEqual([otherWithoutNote.status, otherWithoutNote.body.error.path], [400, 'body.reasons[0].note']);
    const misnamed = await returnWith({ reasons: [{ code: 'OTHER', note: 'see the licence', field: 'subject.name' }] });
    assert.deepEqual([misnamed.status, misnamed.body.error.path], [400, 'body.reasons[0].field'], 'an unexpected field is named itself');
    const notAList = await returnWith({ reasons: 'OTHER' });
    assert.deepEqual([notAList.status, notAList.body.error.path], [400, 'body.reasons']);
    assert.match(notAList.body.error.message.en, /"reasons": \[\{ "code"/, 'the message shows the shape expected');
    const bare = await returnWith([{ code: 'OTHER', note: 'x' }]);
    assert.deepEqual([bare.status, bare.body.error.path], [400, 'body']);
    assert.match(bare.body.error.message.en, /"reasons": \[\{ "code"/);
    const none = await returnWith({});
    assert.deepEqual([none.status, none.body.error.path], [400, 'body.reasons']);
  });

  it('takes docs/precheck-example.json as it is: pre-checked clean and filed as a draft, party codes resolved', async () => {
    const example = JSON.parse(readFileSync(new URL('../../docs/precheck-example.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    const parties = await h.anonymous.request<{ items: Array<{ id: string; code: string | null }> }>('GET', '/api/v1/parties');
    assert.ok(parties.body.items.some((p) => p.code === example.channelId), 'GET /parties lists the code the example names');
    for (const client of [h.anonymous, applicant]) {
      const checked = await client.request<{ passes: boolean; findings: Array<{ code: string; path: string; severity: string }> }>('POST', '/api/v1/precheck', example);
      assert.equal(checked.status, 200);
      assert.deepEqual(checked.body.findings.filter((f) => f.severity === 'error').map((f) => `${f.code}@${f.path}`), []);
      assert.equal(checked.body.passes, true);
    }
    const created = await applicant.request<ApplicationView>('POST', '/api/v1/applications', example);
    assert.equal(created.status, 201, created.text);
    assert.equal(created.body.channelId, h.parties.providers[0]);
    const services = created.body.body.services as Array<{ access: { providerId: string } }>;
    assert.equal(services[0]!.access.providerId, h.parties.providers[0]);
  });
});
