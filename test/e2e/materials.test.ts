import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sampleFirstFiling } from '../../src/store/seed/sample-filing.js';
import { createHttpHarness, type HttpHarness } from '../support/http-harness.js';

const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('a tiny test image body')]);

describe('materials', () => {
  let h: HttpHarness;
  let cookie = '';
  before(async () => {
    h = await createHttpHarness();
    const login = await fetch(`${h.baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: 'applicant', password: 'test-password' }) });
    cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
  });
  after(async () => h.close());

  const upload = (body: Buffer, type: string) => fetch(`${h.baseUrl}/api/v1/materials`, { method: 'POST', headers: { cookie, 'content-type': type }, body });

  it('stores a file once under the SHA-256 of its bytes and gives it back to its uploader', async () => {
    const first = await upload(png, 'image/png');
    assert.equal(first.status, 201);
    const { id } = (await first.json()) as { id: string };
    assert.equal(id, createHash('sha256').update(png).digest('hex'));
    assert.equal((await upload(png, 'image/png')).status, 201);
    const rows = await h.store.db.selectFrom('materials').select('id').where('id', '=', id).execute();
    assert.equal(rows.length, 1, 'the same bytes are stored once');
    const back = await fetch(`${h.baseUrl}/api/v1/materials/${id}`, { headers: { cookie } });
    assert.equal(back.status, 200);
    assert.deepEqual(Buffer.from(await back.arrayBuffer()), png);
    const other = await h.signIn('other-applicant');
    assert.equal((await other.request('GET', `/api/v1/materials/${id}`)).status, 404, 'another applicant cannot read it');
  });

  it('refuses a file whose bytes do not match its type, naming the body', async () => {
    const response = await upload(Buffer.from('not a pdf at all'), 'application/pdf');
    assert.equal(response.status, 400);
    const body = (await response.json()) as { error: { code: string; path: string } };
    assert.deepEqual([body.error.code, body.error.path], ['VALIDATION_FAILED', 'body']);
  });

  it('serves a download as an attachment the browser may not sniff or render in place', async () => {
    const pdf = Buffer.from('%PDF-1.4\n<html><script>alert(1)</script></html>\n%%EOF\n', 'latin1');
    const { id } = (await (await upload(pdf, 'application/pdf')).json()) as { id: string };
    const back = await fetch(`${h.baseUrl}/api/v1/materials/${id}`, { headers: { cookie } });
    assert.equal(back.status, 200);
    assert.equal(back.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(back.headers.get('content-type'), 'application/pdf');
    const disposition = back.headers.get('content-disposition') ?? '';
    assert.match(disposition, /^attachment; filename="material-[0-9a-f]{16}\.pdf"; filename\*=UTF-8''material-[0-9a-f]{16}\.pdf$/);
    assert.match(back.headers.get('content-security-policy') ?? '', /sandbox/);
  });

  it('answers 404 for malformed, unknown and foreign ids alike', async () => {
    for (const bad of ['not-an-id', 'A'.repeat(64), '0'.repeat(63), '../../etc/passwd', '%00']) {
      const response = await fetch(`${h.baseUrl}/api/v1/materials/${encodeURIComponent(bad)}`, { headers: { cookie } });
      assert.equal(response.status, 404, bad);
      const body = (await response.json()) as { error: { code: string } };
      assert.equal(body.error.code, 'NOT_FOUND');
    }
    assert.equal((await fetch(`${h.baseUrl}/api/v1/materials/${'e'.repeat(64)}`, { headers: { cookie } })).status, 404);
  });

  it('keeps a material from a party that names it in its own draft, and shows it to the channel of an application that legitimately names it', async () => {
    const secret = Buffer.concat([png, Buffer.from(' the applicant\'s identity card')]);
    const { id } = (await (await upload(secret, 'image/png')).json()) as { id: string };
    const other = await h.signIn('other-applicant');
    const stolen = sampleFirstFiling({ n: 901, channelId: h.parties.providers[0] });
    stolen.subject!.materials![0]!.materialId = id;
    const refused = await other.request<{ error: { code: string; path: string } }>('POST', '/api/v1/applications', stolen);
    assert.equal(refused.status, 400);
    assert.deepEqual([refused.body.error.code, refused.body.error.path], ['MATERIAL_NOT_AVAILABLE', 'subject.materials[0].materialId']);
    assert.equal((await other.request('GET', `/api/v1/materials/${id}`)).status, 404, 'still unreadable to the other applicant');

    const malformed = await other.request<{ error: { code: string; path: string } }>('POST', '/api/v1/applications', {
      ...stolen,
      subject: { ...stolen.subject, materials: [{ kind: 'subject_certificate', materialId: 'mat-licence-001' }] },
    });
    assert.equal(malformed.status, 400);
    assert.match(malformed.body.error.path, /subject\.materials\[0\]\.materialId$/);

    const provider = await h.signIn('provider');
    assert.equal((await provider.request('GET', `/api/v1/materials/${id}`)).status, 404, 'the provider sees nothing before an application names it');
    const mine = sampleFirstFiling({ n: 902, channelId: h.parties.providers[0] });
    mine.subject!.materials![0]!.materialId = id;
    const applicant = await h.signIn('applicant');
    const created = await applicant.request<{ id: string }>('POST', '/api/v1/applications', mine);
    assert.equal(created.status, 201, created.text);
    assert.equal((await provider.request('GET', `/api/v1/materials/${id}`)).status, 200, 'the channel of the application reads it');
    const otherProvider = await h.signIn('other-provider');
    assert.equal((await otherProvider.request('GET', `/api/v1/materials/${id}`)).status, 404, 'another provider does not');
  });
});
