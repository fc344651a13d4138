import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { assertCatalogued } from '../support/catalogued.js';
import { createHttpHarness, type HttpHarness } from '../support/http-harness.js';
import { approve, fileSample, type FiledSample } from '../support/lifecycle.js';
import { streamPost } from '../support/stream-post.js';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { hashPassword } from '../../src/store/users.js';

/** A full garbage collection on demand (the test runner starts Node without --expose-gc). */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

interface Result {
  row: number;
  verdict: string;
  number?: string;
  filed?: { subjectName: string; serviceName: string | null; status: string };
  details?: { code?: string; path?: string; reason?: string };
}

/** A checker account (an app store's) with an API key. */
export async function checkerKey(h: HttpHarness, login = 'store-checker'): Promise<string> {
  await h.store.db
    .insertInto('users')
    .values({ login, password_hash: await hashPassword('test-password'), role: 'checker', party_id: h.parties.appStore, display_name: login })
    .execute();
  const checker = await h.signIn(login);
  const key = await checker.request<{ key: string }>('POST', '/api/v1/api-keys', { label: 'store integration' });
  assert.equal(key.status, 201, key.text);
  return key.body.key;
}

describe('bulk check', () => {
  let h: HttpHarness;
  let key: string;
  let filed: FiledSample;
  let cancelled: FiledSample;
  let revoked: FiledSample;
  let limited: FiledSample;

  before(async () => {
    h = await createHttpHarness();
    key = await checkerKey(h);
    filed = await fileSample(h, 11);
    cancelled = await fileSample(h, 12);
    revoked = await fileSample(h, 13);
    limited = await fileSample(h, 14);
    await approve(h, { kind: 'cancel_service', channelId: h.parties.providers[0], serviceId: cancelled.serviceNumber, reason: '业务停止运营' });
    // Revocation and access limits are the supervision flows' to set; the registry reads whatever they write to filings.
    await sql`update filings set status = 'revoked' where number = ${revoked.serviceNumber}`.execute(h.store.db);
    await sql`update filings set access_limited = true where number = ${limited.serviceNumber}`.execute(h.store.db);
  });
  after(() => h.close());

  const feature = (sample: FiledSample) => sample.body.services![0]!.featureInfo![0]!;
  const check = (contentType: string, body: string | string[], headers: Record<string, string> = { authorization: `Bearer ${key}` }) =>
    streamPost(`${h.baseUrl}/api/v1/checks`, { headers: { 'content-type': contentType, ...headers }, body: typeof body === 'string' ? [body] : body });

  it('gives every verdict, one line per row in input order, over NDJSON', async () => {
    const f = feature(filed);
    const md5 = f.signatureMd5!;
    const separated = md5.toUpperCase().match(/../g)!.join(':');
    const rows = [
      { platform: 'android', packageName: f.packageName, signatureMd5: separated, appName: filed.body.services![0]!.name, subjectName: filed.body.subject!.name },
      { platform: 'android', packageName: 'com.example.unfiled' },
      { platform: 'android', packageName: feature(cancelled).packageName },
      { platform: 'android', packageName: feature(revoked).packageName },
      { platform: 'android', packageName: feature(limited).packageName },
      { platform: 'android', packageName: f.packageName, signatureMd5: 'ffffffffffffffffffffffffffffffff' },
      { platform: 'symbian', packageName: f.packageName },
      { platform: 'android', packageName: f.packageName, appName: '冒名记账' },
      { platform: 'android', packageName: f.packageName, subjectName: '别的网络科技有限公司' },
      { platform: 'android', packageName: f.packageName, signatureMd5: 'md5?' },
      { platform: 'ios', packageName: f.packageName, number: filed.serviceNumber },
    ];
    const body = rows.map((r) => JSON.stringify(r)).join('\n') + '\nnot json at all\n';
    const answer = await check('application/x-ndjson', body);
    assert.equal(answer.status, 200, answer.text);
    assert.match(String(answer.headers['content-type']), /^application\/x-ndjson/);
    const results = answer.lines as Result[];
    assert.deepEqual(results.map((r) => r.row), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    assert.deepEqual(results.map((r) => r.verdict), [
      'filed', 'not_filed', 'cancelled', 'revoked', 'access_limited', 'signature_mismatch', 'invalid', 'name_mismatch', 'subject_mismatch', 'invalid', 'filed', 'invalid',
    ]);
    assert.equal(results[0]!.number, filed.serviceNumber);
    assert.deepEqual(results[0]!.filed, { subjectName: filed.body.subject!.name, serviceName: filed.body.services![0]!.name, status: 'active' });
    assert.equal(results[1]!.filed, undefined);
    assert.deepEqual([results[6]!.details?.code, results[6]!.details?.path], ['CHECK_ROW_INVALID', 'platform']);
    assert.deepEqual([results[9]!.details?.code, results[9]!.details?.path], ['CHECK_ROW_INVALID', 'signatureMd5']);
    assert.deepEqual([results[11]!.details?.code, results[11]!.details?.path], ['CHECK_ROW_INVALID', '']);
    const secrets = [filed.body.subject!.certificate.number, filed.body.subject!.mainPerson.mobile, filed.body.subject!.mainPerson.email];
    for (const secret of secrets) assert.ok(!JSON.stringify(results).includes(secret));
  });

  it('reads CSV with a header row, whatever the column order, and goes on past a bad row', async () => {
    const f = feature(filed);
    const csv = ['appName,packageName,platform,signatureMd5', `"${filed.body.services![0]!.name}",${f.packageName},android,${f.signatureMd5!.toUpperCase()}`, ',,android,', `,${feature(cancelled).packageName},ANDROID,`].join('\r\n');
    const answer = await check('text/csv; charset=utf-8', csv);
    assert.equal(answer.status, 200, answer.text);
    const results = answer.lines as Result[];
    assert.deepEqual(results.map((r) => [r.row, r.verdict]), [[1, 'filed'], [2, 'invalid'], [3, 'cancelled']]);
    assert.equal(results[1]!.details?.path, 'packageName');
  });

  it('ends a CSV the parser cannot go on with by one error line, after the rows before it', async () => {
    const answer = await check('text/csv', `platform,packageName\nandroid,${feature(filed).packageName}\nandroid,"unclosed\n`);
    assert.equal(answer.status, 200);
    const lines = answer.lines as Array<Result & { error?: { code: string } }>;
    assert.equal(lines[0]!.verdict, 'filed');
    assert.equal(lines.at(-1)!.error?.code, 'CHECK_INPUT_UNREADABLE');
  });

  it('answers callers who may not check, and bodies that are not rows, with catalogued errors', async () => {
    const anonymous = await fetch(`${h.baseUrl}/api/v1/checks`, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body: '{}' });
    assertCatalogued({ status: anonymous.status, body: await anonymous.json(), text: '' }, 401, 'UNAUTHENTICATED');
    const applicant = await h.signIn('applicant');
    const refused = await applicant.request('POST', '/api/v1/checks', undefined, { 'content-type': 'application/x-ndjson' });
    assertCatalogued(refused, 403, 'FORBIDDEN');
    const xml = await fetch(`${h.baseUrl}/api/v1/checks`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/xml' }, body: '<rows/>' });
    assertCatalogued({ status: xml.status, body: await xml.json(), text: '' }, 415, 'CHECK_FORMAT_UNKNOWN');
  });

  it('streams: answers rows while the request is still being sent, and memory stays bounded over 300,000 rows', { timeout: 300_000 }, async () => {
    const f = feature(filed);
    const total = 300_000;
    const firstPart = 3_000;
    let answered = 0;
    let firstPartAnswered!: () => void;
    const firstPartDone = new Promise<void>((resolve) => (firstPartAnswered = resolve));
    // What stays reachable while the stream runs, measured after a full collection every 25,000 answered rows.
    const gc = collector();
    gc();
    const baseline = process.memoryUsage().heapUsed;
    let peak = 0;
    async function* rows() {
      const line = (i: number) => `{"platform":"android","packageName":"${i % 3 === 0 ? f.packageName : `com.example.bulk${i}`}","signatureMd5":"${f.signatureMd5}"}\n`;
      let chunk = '';
      for (let i = 1; i <= total; i += 1) {
        chunk += line(i);
        if (i % 500 === 0) {
          yield chunk;
          chunk = '';
        }
        // The server must answer the first rows before it has seen the rest of the request.
        if (i === firstPart) await firstPartDone;
      }
      if (chunk) yield chunk;
    }
    let ordered = true;
    const answer = await streamPost(`${h.baseUrl}/api/v1/checks`, {
      headers: { 'content-type': 'application/x-ndjson', authorization: `Bearer ${key}` },
      body: rows(),
      keepLines: false,
      onLine: (line) => {
        const result = line as Result;
        answered += 1;
        if (result.row !== answered || result.verdict !== (answered % 3 === 0 ? 'filed' : 'not_filed')) ordered = false;
        if (answered === firstPart) firstPartAnswered();
        if (answered % 25_000 === 0) {
          gc();
          peak = Math.max(peak, process.memoryUsage().heapUsed - baseline);
        }
      },
    });
    assert.equal(answer.status, 200);
    assert.equal(answered, total);
    assert.ok(ordered, 'every row answered in order with its verdict');
    // The request (~28 MB) and the answer (~40 MB) would take several times that as strings and objects.
    assert.ok(peak < 32 * 1024 * 1024, `heap grew by ${Math.round(peak / 1024 / 1024)} MB`);
  });
});
