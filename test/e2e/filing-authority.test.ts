import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { codeInClaimSmsText } from '../../src/flows/claims/claim-policy.js';
import { deliverAll } from '../support/deliver.js';
import { sampleFirstFiling } from '../../src/store/seed/sample-filing.js';
import { approve, fileSample, type FiledSample } from '../support/lifecycle.js';
import { createHttpHarness, type ApiClient, type HttpHarness } from '../support/http-harness.js';

interface ErrorBody {
  error: { code: string; path?: string; details?: Record<string, unknown> };
}

describe('who may act on a filing, through the HTTP API', () => {
  let h: HttpHarness;
  let applicant: ApiClient;
  let stranger: ApiClient;
  let platform: ApiClient;
  let filed: FiledSample;
  before(async () => {
    h = await createHttpHarness();
    applicant = await h.signIn('applicant');
    stranger = await h.signIn('other-applicant');
    platform = await h.signIn('mini-platform');
    filed = await fileSample(h, 601);
  });
  after(async () => h.close());

  const refused = (response: { status: number; body: unknown; text: string }, status: number, code: string, path?: string) => {
    assert.equal(response.status, status, response.text);
    const { error } = response.body as ErrorBody;
    assert.equal(error.code, code);
    if (path !== undefined) assert.equal(error.path, path);
    return error;
  };

  it('answers a stranger account 404 for a change of someone else’s subject, and a platform 404 for cancelling an app it does not serve', async () => {
    const subject = { ...filed.body.subject!, mainPerson: { ...filed.body.subject!.mainPerson, name: '张冒名', mobile: '13900009001' } };
    refused(await stranger.request('POST', '/api/v1/applications', { kind: 'change_subject', channelId: h.parties.providers[0], subjectId: filed.subjectNumber, subject }), 404, 'NOT_FOUND', 'subjectId');
    refused(await platform.request('POST', '/api/v1/applications', { kind: 'cancel_service', channelId: h.parties.miniProgramPlatform, serviceId: filed.serviceNumber }), 404, 'NOT_FOUND', 'serviceId');
    refused(
      await applicant.request('POST', '/api/v1/applications', { kind: 'cancel_service', channelId: h.parties.providers[1], serviceId: filed.serviceNumber }),
      409,
      'CHANNEL_NOT_SERVING',
      'channelId',
    );
    const own = await applicant.request<{ id: string }>('POST', '/api/v1/applications', { kind: 'cancel_service', channelId: h.parties.providers[0], serviceId: filed.serviceNumber });
    assert.equal(own.status, 201, own.text);
    assert.equal((await applicant.request('POST', `/api/v1/applications/${own.body.id}/withdraw`, {})).status, 200);
  });

  it('refuses a second filing of one USCC under another certificate type with SUBJECT_ALREADY_FILED', async () => {
    const again = sampleFirstFiling({ n: 601, channelId: h.parties.providers[1] });
    again.subject = { ...again.subject!, certificate: { ...again.subject!.certificate, type: 49 } };
    refused(await stranger.request('POST', '/api/v1/applications', again), 409, 'SUBJECT_ALREADY_FILED', 'subject.certificate.number');
  });

  it('links an account to a subject a provider filed once the code sent to the main person is confirmed', async () => {
    const body = sampleFirstFiling({ n: 602, channelId: h.parties.providers[0] });
    const { subjectNumber } = await approve(h, body, { applicant: h.actors.provider });
    const change = { kind: 'change_subject', channelId: h.parties.providers[0], subjectId: subjectNumber, subject: body.subject };
    refused(await applicant.request('POST', '/api/v1/applications', change), 404, 'NOT_FOUND', 'subjectId');

    const provider = await h.signIn('provider');
    refused(await provider.request('POST', '/api/v1/subject-claims', { subject: subjectNumber }), 403, 'FORBIDDEN');
    const started = await applicant.request<{ claimId: string; subjectNumber: string; expiresAt: string }>('POST', '/api/v1/subject-claims', { subject: subjectNumber });
    assert.equal(started.status, 201, started.text);
    assert.deepEqual(Object.keys(started.body).sort(), ['claimId', 'expiresAt', 'subjectNumber']);
    assert.ok(!started.text.includes(body.subject!.mainPerson.mobile), 'the phone is not shown');
    refused(await applicant.request('POST', '/api/v1/subject-claims', { subject: subjectNumber }), 429, 'SMS_RESEND_TOO_SOON', 'subject');

    await deliverAll(h);
    const inbox = await h.anonymous.request<{ items: Array<{ recipient: string; body: string }> }>('GET', '/api/v1/dev/inbox');
    const message = inbox.body.items.find((m) => m.recipient === body.subject!.mainPerson.mobile && codeInClaimSmsText(m.body));
    const code = codeInClaimSmsText(message!.body)!;
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    const confirm = `/api/v1/subject-claims/${started.body.claimId}/confirm`;
    const error = refused(await applicant.request('POST', confirm, { code: wrong }), 400, 'CLAIM_CODE_WRONG', 'code');
    assert.deepEqual(error.details, { attemptsLeft: 4 });
    refused(await stranger.request('POST', confirm, { code }), 404, 'NOT_FOUND');
    refused(await applicant.request('POST', '/api/v1/subject-claims/not-a-claim/confirm', { code }), 404, 'NOT_FOUND');
    const linked = await applicant.request<{ subjectId: string; subjectNumber: string }>('POST', confirm, { code });
    assert.equal(linked.status, 200, linked.text);
    assert.equal(linked.body.subjectNumber, subjectNumber);

    const opened = await applicant.request<{ id: string }>('POST', '/api/v1/applications', change);
    assert.equal(opened.status, 201, opened.text);
    await applicant.request('POST', `/api/v1/applications/${opened.body.id}/withdraw`, {});
    refused(await applicant.request('POST', '/api/v1/subject-claims', { subject: subjectNumber }), 409, 'SUBJECT_ALREADY_OWNED', 'subject');
  });

  it('shows subjects filed twice under one number to the ministry only', async () => {
    const ministry = await h.signIn('ministry');
    const list = await ministry.request<{ items: unknown[] }>('GET', '/api/v1/subject-duplicates');
    assert.equal(list.status, 200, list.text);
    assert.deepEqual(list.body.items, []);
    refused(await applicant.request('GET', '/api/v1/subject-duplicates'), 403, 'FORBIDDEN');
  });
});
