import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sampleFirstFiling, sampleMobile, sampleResidentId, sampleUscc } from '../../src/store/seed/sample-filing.js';
import { createHttpHarness, type HttpHarness } from '../support/http-harness.js';
import { approve, filingsOf } from '../support/lifecycle.js';

interface Report {
  read: number;
  imported: { subjects: number; websites: number };
  refused: { line: number; code: string; path: string | null; reason?: string }[];
}

const columns = [
  'subjectNumber', 'subjectName', 'subjectNature', 'certificateType', 'certificateNumber',
  'mainPersonName', 'mainPersonCertificateType', 'mainPersonCertificateNumber', 'mainPersonMobile', 'mainPersonEmail',
  'websiteNumber', 'websiteName', 'domain', 'providerId',
] as const;

function subjectRow(n: number, subjectNumber: string, website: { number: string; name: string; domain: string } | null, providerId = '') {
  return {
    subjectNumber,
    subjectName: `北京导入科技有限公司${n}`,
    subjectNature: '1',
    certificateType: '1',
    certificateNumber: sampleUscc('110000', n),
    mainPersonName: '王导入',
    mainPersonCertificateType: '2',
    mainPersonCertificateNumber: sampleResidentId('110000', n),
    mainPersonMobile: sampleMobile(n),
    mainPersonEmail: `import${n}@example.com`,
    websiteNumber: website?.number ?? '',
    websiteName: website?.name ?? '',
    domain: website?.domain ?? '',
    providerId,
  };
}

const csv = (rows: Record<string, string>[]) => [columns.join(','), ...rows.map((r) => columns.map((c) => `"${(r[c] ?? '').replace(/"/g, '""')}"`).join(','))].join('\r\n') + '\r\n';

describe('importing existing subjects and website filings', () => {
  let h: HttpHarness;
  before(async () => {
    h = await createHttpHarness();
  });
  after(async () => h.close());

  async function upload(login: 'ministry' | 'bureau-sh' | 'applicant', body: string, type: string): Promise<{ status: number; body: Report & { error?: { code: string } } }> {
    const signIn = await fetch(`${h.baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login, password: 'test-password' }) });
    const cookie = signIn.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    // Sent as a stream, as a large file would be.
    const stream = new ReadableStream({
      start(controller) {
        const bytes = new TextEncoder().encode(body);
        for (let i = 0; i < bytes.length; i += 64) controller.enqueue(bytes.slice(i, i + 64));
        controller.close();
      },
    });
    const response = await fetch(`${h.baseUrl}/api/v1/imports/filings`, { method: 'POST', headers: { 'content-type': type, cookie }, body: stream, duplex: 'half' } as RequestInit);
    return { status: response.status, body: (await response.json()) as never };
  }

  it('imports subjects with their websites from CSV, reporting each refused line with its reason', async () => {
    const number = '京ICP备2019012345号';
    const rows = [
      subjectRow(901, number, { number: `${number}-1`, name: '导入示例网', domain: 'import-901.cn' }, h.parties.providers[0]),
      subjectRow(901, number, { number: `${number}-3`, name: '导入示例论坛', domain: 'bbs.import-901.cn' }),
      subjectRow(902, '京ICP备2019012346号', { number: `${number}-2`, name: '错号网', domain: 'import-902.cn' }),
      subjectRow(903, '京ICP备2019012347号', { number: '京ICP备2019012347号-1', name: '重域名网', domain: 'import-901.cn' }),
      { ...subjectRow(904, '京ICP备2019012348号', null), mainPersonMobile: '' },
      subjectRow(905, number, null),
    ];
    const result = await upload('ministry', csv(rows), 'text/csv');
    assert.equal(result.status, 200, JSON.stringify(result.body));
    assert.deepEqual(result.body.imported, { subjects: 1, websites: 2 });
    assert.equal(result.body.read, 6);
    assert.deepEqual(
      result.body.refused.map((r) => [r.line, r.code, r.path]),
      [
        [3, 'IMPORT_ROW_INVALID', 'websiteNumber'],
        [4, 'IMPORT_NUMBER_TAKEN', 'domain'],
        [5, 'IMPORT_ROW_INVALID', 'mainPersonMobile'],
        [6, 'IMPORT_NUMBER_TAKEN', 'subjectNumber'],
      ],
    );
    assert.match(result.body.refused[0]!.reason ?? '', /not under the subject number/);
    assert.ok(!JSON.stringify(result.body).includes(sampleResidentId('110000', 901)), 'no personal data in the report');

    const subject = await h.store.db.selectFrom('filings').select('subject_id').where('number', '=', number).executeTakeFirstOrThrow();
    assert.deepEqual(await filingsOf(h, subject.subject_id), [
      { number, kind: 'subject', status: 'active', shell: false },
      { number: `${number}-1`, kind: 'service', status: 'active', shell: false },
      { number: `${number}-3`, kind: 'service', status: 'active', shell: false },
    ]);
    const lookup = await h.anonymous.request<{ number: string }>('GET', `/api/v1/public/filings/${encodeURIComponent(`${number}-3`)}`);
    assert.equal(lookup.status, 200);

    // The same file again: every line is already in.
    const again = await upload('ministry', csv(rows.slice(0, 2)), 'text/csv');
    assert.deepEqual(again.body.imported, { subjects: 0, websites: 0 });
    assert.deepEqual(again.body.refused.map((r) => r.code), ['IMPORT_NUMBER_TAKEN', 'IMPORT_NUMBER_TAKEN']);
  });

  it('lets the imported subject add its APP through the website’s provider, with the next index', async () => {
    const number = '京ICP备2019012345号';
    const app = sampleFirstFiling({ n: 906, channelId: h.parties.providers[0] }).services![0]!;
    const result = await approve(h, { kind: 'add_service', channelId: h.parties.providers[0], subjectId: number, services: [app] }, { applicant: h.actors.provider });
    assert.equal(result.subjectNumber, number);
    assert.deepEqual(result.serviceNumbers, [`${number}-4A`]);
  });

  it('keeps numbers issued later clear of imported ones', async () => {
    const sequence = await h.store.db.selectFrom('number_sequences').select('last_value').where('province_code', '=', '110000').where('year', '=', 2019).executeTakeFirstOrThrow();
    assert.ok(sequence.last_value >= 12345);
  });

  it('takes NDJSON too; a bureau imports its own province only, and other roles not at all', async () => {
    const ndjson = [
      JSON.stringify(subjectRow(911, '沪ICP备2018000911号', { number: '沪ICP备2018000911号-1', name: '上海导入网', domain: 'import-911.cn' })),
      'not json',
      JSON.stringify(subjectRow(912, '京ICP备2018000912号', null)),
    ].join('\n');
    const result = await upload('bureau-sh', ndjson, 'application/x-ndjson');
    assert.equal(result.status, 200, JSON.stringify(result.body));
    assert.deepEqual(result.body.imported, { subjects: 1, websites: 1 });
    assert.deepEqual(result.body.refused.map((r) => [r.line, r.code]), [[2, 'IMPORT_ROW_INVALID'], [3, 'IMPORT_OUTSIDE_PROVINCE']]);

    const applicant = await upload('applicant', ndjson, 'application/x-ndjson');
    assert.equal(applicant.status, 403);
    const unknown = await upload('ministry', ndjson, 'text/plain');
    assert.deepEqual([unknown.status, unknown.body.error?.code], [400, 'IMPORT_FORMAT_UNKNOWN']);
  });
});
