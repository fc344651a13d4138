import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { fieldPath } from '../../src/domain/precheck/finding.js';
import { impossibleDate, insertAt, ordinaryText, position, refusedCharacter } from '../arbitraries/hostile-text.js';
import { assertCatalogued } from '../support/catalogued.js';
import { fullApplicationBody, stringLeaves, withStringAt } from '../support/full-application-body.js';
import { createHttpHarness, type ApiClient, type ApiResponse, type HttpHarness } from '../support/http-harness.js';

/** A marker no answer may echo back. */
const marker = 'QZX-echo-7731';

/** One request over a raw socket, for what fetch refuses to send (huge headers, bytes that are not a valid URL). */
function raw(baseUrl: string, method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<ApiResponse> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, method, path, headers, insecureHTTPParser: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString();
        let parsed: unknown = text;
        try {
          parsed = JSON.parse(text);
        } catch {
          // not JSON
        }
        resolve({ status: res.statusCode ?? 0, body: parsed, text });
      });
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

describe('hostile input is refused at the boundary with a catalogued 4xx', () => {
  let h: HttpHarness;
  let applicant: ApiClient;
  let provider: ApiClient;
  let ministry: ApiClient;
  let draftId: string;

  before(async () => {
    // Rate limits are tested elsewhere; here every request must reach validation.
    h = await createHttpHarness({ rateLimits: { login: 100_000, smsVerify: 100_000 } });
    applicant = await h.signIn('applicant');
    provider = await h.signIn('provider');
    ministry = await h.signIn('ministry');
    const { sampleFirstFiling } = await import('../../src/store/seed/sample-filing.js');
    const created = await applicant.request<{ id: string }>('POST', '/api/v1/applications', sampleFirstFiling({ n: 41, channelId: h.parties.providers[0] }));
    assert.equal(created.status, 201, created.text);
    draftId = created.body.id;
  });
  after(async () => h.close());

  it('refuses a control, bidi, invisible or lone-surrogate character in every text field of the application form, naming the field', async () => {
    const body = fullApplicationBody(h.parties.providers[0]);
    const leaves = stringLeaves(body);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...leaves), refusedCharacter, position, fc.boolean(), async (leaf, bad, at, update) => {
        const hostile = withStringAt(body, leaf.path, insertAt(leaf.value, bad, at));
        const response = update
          ? await applicant.request('PUT', `/api/v1/applications/${draftId}`, hostile)
          : await applicant.request('POST', '/api/v1/applications', hostile);
        assert.equal(response.status, 400, response.text);
        const error = (response.body as { error: { code: string; path: string } }).error;
        assert.ok(['TEXT_UNSAFE_CHARACTER', 'VALIDATION_FAILED'].includes(error.code), error.code);
        assert.equal(error.path, fieldPath('body', ...leaf.path));
      }),
      { numRuns: 120 },
    );
    const count = await h.store.db.selectFrom('applications').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    assert.equal(Number(count.n), 1, 'nothing hostile was stored');
  });

  it('refuses U+202E in a subject name: it would display reversed in the public query', async () => {
    const body = withStringAt(fullApplicationBody(h.parties.providers[0]), ['subject', 'name'], '北京\u202e司公限有技科');
    assertCatalogued(await applicant.request('POST', '/api/v1/applications', body), 400, 'TEXT_UNSAFE_CHARACTER', { path: 'body.subject.name' });
  });

  it('refuses hostile text in the other routes\' text fields: sign-in, API key labels, calendar names, SMS, notes and reasons', async () => {
    const cases: Array<{ who: () => ApiClient; method: string; url: () => string; body: (text: string) => unknown; path: string }> = [
      { who: () => h.anonymous, method: 'POST', url: () => '/api/v1/auth/login', body: (t) => ({ login: t, password: 'x' }), path: 'body.login' },
      { who: () => applicant, method: 'POST', url: () => '/api/v1/api-keys', body: (t) => ({ label: t }), path: 'body.label' },
      { who: () => ministry, method: 'PUT', url: () => '/api/v1/calendar/overrides/2026-10-09', body: (t) => ({ kind: 'holiday', name: t }), path: 'body.name' },
      { who: () => h.anonymous, method: 'POST', url: () => '/api/v1/sms-verifications', body: (t) => ({ applicationId: draftId, phone: t, code: '123456', certificateTail: '123456' }), path: 'body.phone' },
      { who: () => h.anonymous, method: 'POST', url: () => '/api/v1/sms-verifications', body: (t) => ({ applicationId: draftId, phone: '13900000000', code: '123456', certificateTail: t }), path: 'body.certificateTail' },
      { who: () => provider, method: 'POST', url: () => `/api/v1/applications/${draftId}/provider-approve`, body: (t) => ({ note: t }), path: 'body.note' },
      { who: () => applicant, method: 'POST', url: () => `/api/v1/applications/${draftId}/withdraw`, body: (t) => ({ reason: t }), path: 'body.reason' },
      { who: () => provider, method: 'POST', url: () => `/api/v1/applications/${draftId}/provider-return`, body: (t) => ({ reasons: [{ code: 'OTHER', note: t }] }), path: 'body.reasons[0].note' },
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...cases), ordinaryText, refusedCharacter, position, async (c, text, bad, at) => {
        const response = await c.who().request(c.method, c.url(), c.body(insertAt(text, bad, at)));
        assertCatalogued(response, 400, 'TEXT_UNSAFE_CHARACTER', { path: c.path });
      }),
      { numRuns: 60 },
    );
  });

  it('answers impossible dates with 400: the calendar, its overrides, the public list\'s cursor and certificate validity', async () => {
    await fc.assert(
      fc.asyncProperty(impossibleDate, async (date) => {
        assertCatalogued(await ministry.request('PUT', `/api/v1/calendar/overrides/${encodeURIComponent(date)}`, { kind: 'holiday' }), 400, 'VALIDATION_FAILED');
        assertCatalogued(await ministry.request('DELETE', `/api/v1/calendar/overrides/${encodeURIComponent(date)}`), 400, 'VALIDATION_FAILED');
        const cursor = Buffer.from(`${date}T00:00:00.000Z|00000000-0000-4000-8000-000000000000`).toString('base64url');
        assertCatalogued(await h.anonymous.request('GET', `/api/v1/public/filings?cursor=${cursor}`), 400, 'VALIDATION_FAILED', { path: 'querystring.cursor' });
        const body = withStringAt(fullApplicationBody(h.parties.providers[0]), ['subject', 'mainPerson', 'certificate', 'validTo'], date);
        assertCatalogued(await applicant.request('POST', '/api/v1/applications', body), 400, 'VALIDATION_FAILED', { path: 'body.subject.mainPerson.certificate.validTo' });
      }),
      { numRuns: 25 },
    );
    for (const month of ['2026-13', '2026-00', '0000-01', '+275760-09', '2026-1']) assertCatalogued(await h.anonymous.request('GET', `/api/v1/calendar?month=${month}`), 400, 'VALIDATION_FAILED');
    for (const text of ['+275760-09-13T00:00:00.000Z|x', '0000-01-01T00:00:00.000Z|00000000-0000-4000-8000-000000000000', '2026-01-01T00:00:00.000Z|not-an-id']) {
      assertCatalogued(await h.anonymous.request('GET', `/api/v1/public/filings?cursor=${Buffer.from(text).toString('base64url')}`), 400, 'VALIDATION_FAILED');
    }
  });

  it('answers router and parser failures from the catalogue, echoing nothing', async () => {
    assertCatalogued(await h.anonymous.request('GET', `/api/v1/applications/${marker}${'a'.repeat(300)}`), 414, 'URI_TOO_LONG', { notEchoing: [marker] });
    assertCatalogued(await raw(h.baseUrl, 'GET', `/api/v1/public/filings/${marker}%E0%A4%A`), 400, 'MALFORMED_REQUEST', { notEchoing: [marker] });
    assertCatalogued(await raw(h.baseUrl, 'GET', `/api/v1/public/filings/%zz${marker}`), 400, 'MALFORMED_REQUEST', { notEchoing: [marker] });
    assertCatalogued(await raw(h.baseUrl, 'GET', '/api/v1/parties', { 'x-filler': marker + 'x'.repeat(40_000) }), 431, 'HEADERS_TOO_LARGE', { notEchoing: [marker] });
    assertCatalogued(await raw(h.baseUrl, 'POST', '/api/v1/applications', { 'content-type': 'application/x-www-form-urlencoded' }, `kind=${marker}`), 415, 'UNSUPPORTED_MEDIA_TYPE', { path: 'headers.content-type', notEchoing: [marker] });
    assertCatalogued(await raw(h.baseUrl, 'POST', '/api/v1/precheck', { 'content-type': 'application/xml' }, `<a>${marker}</a>`), 415, 'UNSUPPORTED_MEDIA_TYPE', { notEchoing: [marker] });
    assertCatalogued(await raw(h.baseUrl, 'POST', '/api/v1/auth/login', { 'content-type': 'application/json' }, `{"login": "${marker}`), 400, 'MALFORMED_REQUEST', { notEchoing: [marker] });
    assertCatalogued(await raw(h.baseUrl, 'POST', '/api/v1/auth/login', { 'content-type': 'application/json' }, `{"login": ${marker}}`), 400, 'MALFORMED_REQUEST', { notEchoing: [marker] });
    assertCatalogued(await raw(h.baseUrl, 'POST', '/api/v1/auth/login', { 'content-type': 'application/json' }, ''), 400, 'MALFORMED_REQUEST');
    assertCatalogued(await h.anonymous.request('GET', `/api/v1/no-such-route/${marker}`), 404, 'NOT_FOUND', { notEchoing: [marker] });
    assertCatalogued(await h.anonymous.request('PATCH', '/api/v1/parties'), 404, 'NOT_FOUND');
  });

  it('answers malformed JSON anywhere in a body with 400, never 500', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('/api/v1/applications', '/api/v1/precheck', '/api/v1/auth/login', '/api/v1/sms-verifications'), fc.string({ maxLength: 60 }), async (path, junk) => {
        const response = await raw(h.baseUrl, 'POST', path, { 'content-type': 'application/json', cookie: '' }, `{"a":${junk}`);
        assert.ok(response.status >= 400 && response.status < 500, `${response.status} ${response.text}`);
        assertCatalogued(response, response.status);
      }),
      { numRuns: 40 },
    );
  });
});
