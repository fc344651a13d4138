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
