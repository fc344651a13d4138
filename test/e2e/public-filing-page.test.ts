import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileSample, type FiledSample } from '../support/lifecycle.js';
import { createHttpHarness, type HttpHarness } from '../support/http-harness.js';

describe('the filing public page /filings/{number}, served as HTML that reads without JavaScript', () => {
  let h: HttpHarness;
  let first: FiledSample;
  let second: FiledSample;
  before(async () => {
    h = await createHttpHarness();
    first = await fileSample(h, 1);
    // A second app of another host, and a second app of the first host (add_service through the same subject number).
    second = await fileSample(h, 2, { serviceType: 'mini_program' });
  });
  after(async () => h.close());

  const page = (number: string, headers: Record<string, string> = {}, query = '') =>
    fetch(`${h.baseUrl}/filings/${encodeURIComponent(number)}${query}`, { headers, redirect: 'manual' });

  it('answers a service number with status 200, its number in <title>, the published facts and cache headers', async () => {
    const response = await page(first.serviceNumber);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/html; charset=utf-8/);
    assert.match(response.headers.get('cache-control') ?? '', /public, max-age=\d+/);
    assert.ok(response.headers.get('etag'));
    const html = await response.text();
    assert.match(html, new RegExp(`<title>${first.serviceNumber.replace(/[-]/g, '\\-')} · `));
    assert.ok(html.includes(first.body.subject!.name), 'subject name');
    assert.ok(html.includes(first.body.services![0]!.name), 'service name');
    assert.ok(html.includes('正常'), 'status in Chinese');
    assert.ok(html.includes(first.subjectNumber), 'subject number');
    assert.ok(!/<script/i.test(html), 'no script needed to read it');
  });

  it('never shows certificate numbers, phones or e-mails', async () => {
    const html = await (await page(first.serviceNumber)).text();
    const people = [first.body.subject!.mainPerson!, first.body.services![0]!.responsiblePerson!];
    for (const person of people) {
      assert.ok(!html.includes(person.certificate.number), 'certificate number');
      assert.ok(!html.includes(person.mobile), 'mobile');
      if (person.email) assert.ok(!html.includes(person.email), 'e-mail');
    }
  });

  it('answers 304 to a revalidation with the same ETag', async () => {
    const etag = (await page(first.serviceNumber)).headers.get('etag')!;
    const again = await page(first.serviceNumber, { 'if-none-match': etag });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
    // A cache that holds several versions sends them all; one may come back weak from a compressing proxy.
    assert.equal((await page(first.serviceNumber, { 'if-none-match': `"older", W/${etag}` })).status, 304);
    assert.equal((await page(first.serviceNumber, { 'if-none-match': '"older"' })).status, 200);
  });

  it("lists the subject's other filed services on the subject's page, and not other hosts' services", async () => {
    const html = await (await page(first.subjectNumber)).text();
    assert.ok(html.includes(first.serviceNumber));
    assert.ok(!html.includes(second.serviceNumber));
  });

  it('speaks English with ?lang=en', async () => {
    const html = await (await page(first.serviceNumber, {}, '?lang=en')).text();
    assert.match(html, /<html lang="en">/);
    assert.ok(html.includes('Filing number') && html.includes('Active'));
  });

  it('answers an unknown or malformed number with an HTML 404 page naming it, escaped', async () => {
    const unknown = await page('京ICP备2026999999号-1A');
    assert.equal(unknown.status, 404);
    assert.match(await unknown.text(), /京ICP备2026999999号-1A/);
    const hostile = await page('<script>alert(1)</script>');
    assert.equal(hostile.status, 404);
    const html = await hostile.text();
    assert.ok(!html.includes('<script>alert(1)'), 'escaped');
    assert.ok(html.includes('&lt;script&gt;'));
  });

  it('sends the search form (GET /filings?number=…) to the number’s page', async () => {
    const response = await fetch(`${h.baseUrl}/filings?number=${encodeURIComponent(first.serviceNumber)}&lang=en`, { redirect: 'manual' });
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), `/filings/${encodeURIComponent(first.serviceNumber)}?lang=en`);
  });

  it('keeps unknown /api paths as catalogued JSON 404s', async () => {
    const response = await fetch(`${h.baseUrl}/api/v1/no-such-thing`);
    assert.equal(response.status, 404);
    assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'NOT_FOUND');
  });
});
