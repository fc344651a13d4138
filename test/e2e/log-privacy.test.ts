import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { loadConfig } from '../../src/config/config.js';
import { codeInSmsText } from '../../src/flows/sms/sms-text.js';
import { buildApp } from '../../src/http/build-app.js';
import { sampleFirstFiling } from '../../src/store/seed/sample-filing.js';
import { deliverAll } from '../support/deliver.js';
import { createFlowHarness, type FlowHarness } from '../support/flow-harness.js';
import { fullApplicationBody, stringLeaves, withStringAt } from '../support/full-application-body.js';
import { createHttpHarness, type ApiClient, type HttpHarness } from '../support/http-harness.js';

/** Collects the server's log lines. */
function logSink() {
  const lines: string[] = [];
  return { lines, stream: { write: (line: string) => void lines.push(line) }, text: () => lines.join('') };
}

/** Asserts that none of the secrets appears in the log, also JSON-escaped. */
function assertAbsent(log: string, secrets: Iterable<string>): void {
  for (const secret of new Set(secrets)) {
    if (secret.length < 4) continue;
    assert.ok(!log.includes(secret) && !log.includes(JSON.stringify(secret).slice(1, -1)), `the log carries ${secret}`);
  }
}

/** The personal strings of an application body: certificate numbers, phones, e-mails, people's names, addresses. */
function personalStrings(body: unknown): string[] {
  return stringLeaves(body)
    .filter((leaf) => /number|mobile|phone|email|name|address|certificateNumber/i.test(String(leaf.path.at(-1))) && !/packageName/.test(String(leaf.path.at(-1))))
    .map((leaf) => leaf.value);
}

describe('the server log carries no personal data, passwords, tokens or SMS codes', () => {
  const sink = logSink();
  let h: HttpHarness;
  const secrets: string[] = ['test-password'];

  before(async () => {
    h = await createHttpHarness({ logLevel: 'trace', rateLimits: { login: 100_000, smsVerify: 100_000 } }, { logStream: sink.stream });
  });
  after(async () => h.close());

  async function signIn(login: string): Promise<ApiClient> {
    const response = await fetch(`${h.baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login, password: 'test-password' }) });
    assert.equal(response.status, 200);
    const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]!).join('; ');
    secrets.push(cookie.split('=')[1]!);
    return h.signIn(login);
  }

  it('through a whole lifecycle with failures, SMS verification and an API key', async () => {
    const applicant = await signIn('applicant');
    const provider = await signIn('provider');
    const bureau = await signIn('bureau-bj');
    const body = sampleFirstFiling({ n: 77, channelId: h.parties.providers[0] });
    secrets.push(...personalStrings(body));

    // Failures first: a wrong password, hostile text, malformed JSON carrying a phone, a body that fails the pre-check.
    const wrong = await h.anonymous.request('POST', '/api/v1/auth/login', { login: 'applicant', password: 'Wr0ng-Secret-Pa55' });
    assert.equal(wrong.status, 401);
    secrets.push('Wr0ng-Secret-Pa55');
    const nul = await applicant.request('POST', '/api/v1/applications', withStringAt(body, ['subject', 'name'], `${body.subject!.name}\u0000`));
    assert.equal(nul.status, 400);
    const surrogate = await applicant.request('POST', '/api/v1/applications', withStringAt(body, ['subject', 'mainPerson', 'name'], '王\ud800明'));
    assert.equal(surrogate.status, 400);
    const full = fullApplicationBody(h.parties.providers[0]);
    secrets.push(...personalStrings(full));
    assert.equal((await applicant.request('POST', '/api/v1/applications', withStringAt(full, ['subject', 'remark'], '\u202e'))).status, 400);
    const broken = await fetch(`${h.baseUrl}/api/v1/sms-verifications`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: `{"phone":"13912345678","certificateTail":"12345X"` });
    assert.equal(broken.status, 400);
    secrets.push('13912345678', '12345X');
    assert.equal((await applicant.request('POST', '/api/v1/precheck', full)).status, 200);

    const created = await applicant.request<{ id: string }>('POST', '/api/v1/applications', body, { 'idempotency-key': 'log-privacy-1' });
    assert.equal(created.status, 201, created.text);
    const id = created.body.id;
    assert.equal((await applicant.request('PUT', `/api/v1/applications/${id}`, body, { 'if-match': '99' })).status, 409);
    assert.equal((await applicant.request('POST', `/api/v1/applications/${id}/submit`, {})).status, 200);
    assert.equal((await provider.request('POST', `/api/v1/applications/${id}/provider-approve`, { note: '材料齐全' })).status, 200);

    await deliverAll(h);
    const inbox = await h.anonymous.request<{ items: Array<{ recipient: string; body: string }> }>('GET', '/api/v1/dev/inbox');
    const codes = new Map<string, string>();
    for (const message of [...inbox.body.items].reverse()) {
      const code = codeInSmsText(message.body);
      if (code) codes.set(message.recipient, code);
    }
    const people = [body.subject!.mainPerson, body.services![0]!.responsiblePerson];
    const first = people[0]!;
    const wrongCode = codes.get(first.mobile) === '000000' ? '111111' : '000000';
    const refused = await h.anonymous.request('POST', '/api/v1/sms-verifications', { applicationId: id, phone: first.mobile, code: wrongCode, certificateTail: first.certificate.number.slice(-6) });
    assert.equal(refused.status, 400, refused.text);
    for (const person of people) {
      const code = codes.get(person.mobile);
      assert.ok(code, `no code for ${person.mobile}`);
      secrets.push(code, person.certificate.number.slice(-6));
      const verified = await h.anonymous.request('POST', '/api/v1/sms-verifications', { applicationId: id, phone: person.mobile, code, certificateTail: person.certificate.number.slice(-6) });
      assert.equal(verified.status, 200, verified.text);
    }
    const approved = await bureau.request<{ state: string }>('POST', `/api/v1/applications/${id}/bureau-approve`, {});
    assert.equal(approved.body.state, 'approved', approved.text);

    const key = await applicant.request<{ key: string }>('POST', '/api/v1/api-keys', { label: 'ci' });
    assert.equal(key.status, 201);
    secrets.push(key.body.key);
    const viaKey = await fetch(`${h.baseUrl}/api/v1/applications/${id}`, { headers: { authorization: `Bearer ${key.body.key}` } });
    assert.equal(viaKey.status, 200);
    assert.equal((await h.anonymous.request('GET', '/api/v1/public/filings?limit=5')).status, 200);

    const log = sink.text();
    assert.ok(sink.lines.length > 40 && log.includes('incoming request'), 'the log was captured');
    assertAbsent(log, secrets);
  });
});

describe('an unhandled database error is logged by code, SQL state and route only', () => {
  let h: FlowHarness;
  before(async () => {
    h = await createFlowHarness();
  });
  after(async () => h.close());

  it('keeps the statement, its parameters and the value out of the log', async () => {
    const sink = logSink();
    const app = await buildApp(h.deps, { ...loadConfig({ BEIAN_LOG_LEVEL: 'trace' }), demo: false }, { logStream: sink.stream });
    const personal = 'wang.mingyuan@example.cn';
    app.post('/boom', async (request) => {
      // A value the database refuses, as a NUL byte or an unpaired surrogate did before they were refused at the boundary.
      await sql`select ${(request.body as { email: string }).email}::int as n`.execute(h.deps.db);
      return {};
    });
    const response = await app.inject({ method: 'POST', url: '/boom', payload: { email: personal } });
    await app.close();
    assert.equal(response.statusCode, 500);
    assert.equal(JSON.parse(response.body).error.code, 'INTERNAL');
    assert.ok(!response.body.includes(personal));
    const entry = sink.lines.map((line) => JSON.parse(line) as Record<string, unknown>).find((line) => line.msg === 'unhandled error');
    assert.ok(entry, 'the failure is logged');
    assert.deepEqual(entry.error, { name: (entry.error as { name: string }).name, sqlState: '22P02' });
    assert.equal(entry.route, '/boom');
    assert.equal(entry.method, 'POST');
    assert.ok(!sink.text().includes(personal), 'the log carries the e-mail address');
    assert.ok(!sink.text().includes('select'), 'the log carries the statement');
  });
});
