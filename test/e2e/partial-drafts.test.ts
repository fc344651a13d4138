import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sampleFirstFiling } from '../../src/store/seed/sample-filing.js';
import { createHttpHarness, type ApiClient, type HttpHarness } from '../support/http-harness.js';

interface Finding {
  code: string;
  path: string;
  severity: string;
}
interface View {
  id: string;
  version: number;
  state: string;
  body: { subject?: Record<string, unknown>; services?: Array<Record<string, unknown>> };
}
interface ErrorAnswer {
  error: { code: string; path?: string; details?: { missing?: string[]; findings?: Finding[] } };
}

describe('saving a half-filled draft', () => {
  let h: HttpHarness;
  let applicant: ApiClient;
  let n = 40;
  /** What someone has typed on the first step so far: who the subject is, where, and nothing more. */
  const started = () => {
    const full = sampleFirstFiling({ n: (n += 1), provinceCode: '440000', channelId: h.parties.providers[0] });
    const { name, nature, certificate, province } = full.subject!;
    return { full, draft: { kind: 'first_filing', channelId: full.channelId, subject: { name, nature, certificate, province, city: '440300' } } };
  };

  before(async () => {
    h = await createHttpHarness();
    applicant = await h.signIn('applicant');
  });
  after(async () => h.close());

  it('keeps a first filing with only the subject begun, and adds to it on the next save', async () => {
    const { draft } = started();
    const created = await applicant.request<View>('POST', '/api/v1/applications', draft);
    assert.equal(created.status, 201, created.text);
    assert.equal(created.body.state, 'draft');
    assert.equal(created.body.body.subject?.city, '440300');
    assert.equal(created.body.body.subject?.mainPerson, undefined);
    assert.deepEqual(created.body.body.services, []);

    const more = { ...draft, subject: { ...draft.subject, district: '440305', address: '科技园南路' }, services: [{ type: 'app', name: '南山记账' }] };
    const updated = await applicant.request<View>('PUT', `/api/v1/applications/${created.body.id}`, more, { 'if-match': `"${created.body.version}"` });
    assert.equal(updated.status, 200, updated.text);
    const read = await applicant.request<View>('GET', `/api/v1/applications/${created.body.id}`);
    assert.equal(read.body.body.subject?.district, '440305');
    assert.equal(read.body.body.subject?.address, '科技园南路');
    assert.equal(read.body.body.services?.[0]?.name, '南山记账');
  });

  it('checks the type and format of each field present, naming it', async () => {
    const { draft } = started();
    const cases: Array<[unknown, string]> = [
      [{ ...draft, subject: { ...draft.subject, city: '4403' } }, 'subject.city'],
      [{ ...draft, subject: { ...draft.subject, mainPerson: { email: 42 } } }, 'subject.mainPerson.email'],
      [{ ...draft, services: [{ type: 'game' }] }, 'services[0].type'],
      [{ ...draft, subject: { ...draft.subject, favouriteColour: 'red' } }, 'subject'],
    ];
    for (const [body, path] of cases) {
      const answer = await applicant.request<ErrorAnswer>('POST', '/api/v1/applications', body);
      assert.equal(answer.status, 400, `${path}: ${answer.text}`);
      assert.equal(answer.body.error.code, 'VALIDATION_FAILED');
      assert.ok(answer.body.error.path?.startsWith(`body.${path}`), `${path} in ${JSON.stringify(answer.body.error)}`);
    }
  });

  it('needs the certificate and province of a first filing before saving it, naming what is missing', async () => {
    const { draft } = started();
    const { certificate: _certificate, ...withoutCertificate } = draft.subject;
    const answer = await applicant.request<ErrorAnswer>('POST', '/api/v1/applications', { ...draft, subject: { ...withoutCertificate } });
    assert.equal(answer.status, 400, answer.text);
    assert.equal(answer.body.error.code, 'DRAFT_FIELD_REQUIRED');
    assert.equal(answer.body.error.path, 'subject.certificate.type');
    assert.deepEqual(answer.body.error.details?.missing, ['subject.certificate.type', 'subject.certificate.number']);
  });

  it('keeps full validation at submit: the pre-check names what is still missing, and the completed draft goes through', async () => {
    const { full, draft } = started();
    const created = await applicant.request<View>('POST', '/api/v1/applications', draft);
    assert.equal(created.status, 201, created.text);
    const refused = await applicant.request<ErrorAnswer>('POST', `/api/v1/applications/${created.body.id}/submit`, {});
    assert.equal(refused.status, 422, refused.text);
    assert.equal(refused.body.error.code, 'PRECHECK_FAILED');
    const findings = refused.body.error.details?.findings ?? [];
    assert.ok(findings.some((f) => f.code === 'FORM_INVALID' && f.path.startsWith('subject.')), JSON.stringify(findings));
    const still = await applicant.request<View>('GET', `/api/v1/applications/${created.body.id}`);
    assert.equal(still.body.state, 'draft');

    const completed = await applicant.request<View>('PUT', `/api/v1/applications/${created.body.id}`, full, { 'if-match': `"${still.body.version}"` });
    assert.equal(completed.status, 200, completed.text);
    const submitted = await applicant.request<View>('POST', `/api/v1/applications/${created.body.id}/submit`, {});
    assert.equal(submitted.status, 200, submitted.text);
    assert.notEqual(submitted.body.state, 'draft');
  });
});
