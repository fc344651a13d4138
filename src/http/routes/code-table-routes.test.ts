import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createHttpHarness, type HttpHarness } from '../../../test/support/http-harness.js';

interface Tables {
  natures: Array<{ code: number; zh: string; en: string }>;
  certificateTypes: Array<{ code: number; natures: number[]; person: boolean }>;
  provinces: Array<{ code: string; zh: string; mainland: boolean; prefectures: string[] }>;
  serviceContent: Array<{ code: string; entries: Array<{ code: string; preApprovals: string[] }> }>;
  preApprovalCategories: Array<{ code: string }>;
}

describe('GET /api/v1/code-tables', () => {
  let h: HttpHarness;
  before(async () => {
    h = await createHttpHarness();
  });
  after(async () => h?.close());

  it('answers the pick lists a filing form needs, without sign-in, in both languages', async () => {
    const response = await h.anonymous.request<Tables>('GET', '/api/v1/code-tables');
    assert.equal(response.status, 200);
    const t = response.body;
    assert.deepEqual(t.natures.find((n) => n.code === 4), { code: 4, zh: '企业', en: 'Enterprise' });
    assert.deepEqual(t.certificateTypes.find((c) => c.code === 2), { code: 2, zh: '居民身份证', en: 'Resident identity card', natures: [5], person: true });
    const guangdong = t.provinces.find((p) => p.code === '440000')!;
    assert.equal(guangdong.zh, '广东省');
    assert.ok(guangdong.prefectures.includes('440300'), 'Shenzhen is a prefecture of Guangdong');
    assert.ok(guangdong.prefectures.every((c) => /^44\d{2}00$/.test(c)));
    assert.equal(t.provinces.filter((p) => p.mainland).length, 31);
    assert.ok(t.serviceContent.some((g) => g.entries.some((e) => e.code === 'news.news' && e.preApprovals.includes('news'))));
    assert.ok(t.preApprovalCategories.some((c) => c.code === 'finance'));
  });
});

interface ProvinceRegions {
  province: { code: string; zh: string; en: string };
  cities: Array<{ code: string; zh: string; en: string; districts: Array<{ code: string; zh: string; en: string }> }>;
}

describe('GET /api/v1/code-tables/regions/{province}', () => {
  let h: HttpHarness;
  before(async () => {
    h = await createHttpHarness();
  });
  after(async () => h?.close());

  it("answers one province's cities and their districts, named in both languages", async () => {
    const response = await h.anonymous.request<ProvinceRegions>('GET', '/api/v1/code-tables/regions/440000');
    assert.equal(response.status, 200);
    const { province, cities } = response.body;
    assert.deepEqual(province, { code: '440000', zh: '广东省', en: 'Guangdong' });
    const shenzhen = cities.find((c) => c.code === '440300')!;
    assert.deepEqual({ zh: shenzhen.zh, en: shenzhen.en }, { zh: '深圳市', en: 'Shenzhen' });
    assert.deepEqual(shenzhen.districts.find((d) => d.code === '440305'), { code: '440305', zh: '南山区', en: 'Nanshan District' });
    assert.ok(cities.every((c) => /^44\d{2}00$/.test(c.code) && c.districts.every((d) => d.code.slice(0, 4) === c.code.slice(0, 4) && !d.code.endsWith('00'))));
    assert.deepEqual(cities.find((c) => c.code === '441900')?.districts, [], 'Dongguan has no county-level divisions');
    const total = cities.reduce((n, c) => n + c.districts.length, 0);
    assert.ok(cities.length >= 21 && total >= 120, `${cities.length} cities, ${total} districts`);
  });

  it("puts a municipality's districts under its one city code", async () => {
    const { body } = await h.anonymous.request<ProvinceRegions>('GET', '/api/v1/code-tables/regions/110000');
    assert.deepEqual(body.cities.map((c) => c.code), ['110100']);
    assert.ok(body.cities[0]!.districts.some((d) => d.code === '110105' && d.zh === '朝阳区' && d.en === 'Chaoyang District'));
  });

  it('is cacheable: Cache-Control and an ETag, and 304 when the ETag still matches', async () => {
    const first = await h.anonymous.request<ProvinceRegions>('GET', '/api/v1/code-tables/regions/510000');
    assert.match(first.headers?.get('cache-control') ?? '', /public, max-age=\d+/);
    const etag = first.headers?.get('etag');
    assert.ok(etag);
    const again = await h.anonymous.request('GET', '/api/v1/code-tables/regions/510000', undefined, { 'if-none-match': etag });
    assert.equal(again.status, 304);
    const other = await h.anonymous.request('GET', '/api/v1/code-tables/regions/520000');
    assert.notEqual(other.headers?.get('etag'), etag);
  });

  it('answers 404 NOT_FOUND for a code that is no mainland province, and 400 for a malformed one, naming the parameter', async () => {
    for (const code of ['810000', '440300', '990000']) {
      const response = await h.anonymous.request<{ error: { code: string; path: string } }>('GET', `/api/v1/code-tables/regions/${code}`);
      assert.equal(response.status, 404, code);
      assert.equal(response.body.error.code, 'NOT_FOUND');
      assert.equal(response.body.error.path, 'params.province');
    }
    const malformed = await h.anonymous.request<{ error: { code: string; path: string } }>('GET', '/api/v1/code-tables/regions/44');
    assert.equal(malformed.status, 400);
    assert.equal(malformed.body.error.code, 'VALIDATION_FAILED');
    assert.match(malformed.body.error.path, /province/);
  });
});
