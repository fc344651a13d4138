import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
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
    const rows = await h.store.db.selectFrom('materials').select('id').execute();
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
});
