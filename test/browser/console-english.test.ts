import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { sampleFirstFiling } from '../../src/store/seed/sample-filing.js';
import { launchBrowser, openContext, sessionCookie, seriousAccessibilityViolations } from '../support/browser.js';
import { createHttpHarness, type HttpHarness } from '../support/http-harness.js';
import { createAndSubmit, fileSample, toBureauReview } from '../support/lifecycle.js';

const screenshots = new URL('../../docs/screenshots/', import.meta.url);
const scratch = new URL('../../.tmp/screenshots/', import.meta.url);
const han = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Every string in a value (the data an application carries), longest first so that parts do not hide wholes. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('the provider console in English, end to end', () => {
  let h: HttpHarness;
  let browser: Browser;
  const data: string[] = [];
  let applicationName = '';
  before(async () => {
    browser = await launchBrowser();
    h = await createHttpHarness({ rateLimits: { login: 100, smsVerify: 100 } });
    const filed = await fileSample(h, 41);
    await toBureauReview(h, sampleFirstFiling({ n: 42, provinceCode: '110000', channelId: h.parties.providers[0] }));

    // The applicant uploads the APK (its signing data kept) and declares another signature MD5.
    const cookie = await sessionCookie(h.baseUrl, 'applicant');
    const upload = await fetch(`${h.baseUrl}/api/v1/app-info`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/vnd.android.package-archive' },
      body: readFileSync(new URL('../fixtures/apk/rsa-v1.apk', import.meta.url)),
    });
    const info = (await upload.json()) as { filing: { packageName: string; publicKey: string } };
    const body = sampleFirstFiling({ n: 43, provinceCode: '110000', channelId: h.parties.providers[0] });
    body.services![0]!.featureInfo = [{ platform: 'android', packageName: info.filing.packageName, publicKey: info.filing.publicKey, signatureMd5: '0'.repeat(32) }];
    await createAndSubmit(h, body);
    applicationName = body.subject!.name;
    const parties = await h.store.db.selectFrom('parties').select(['name']).execute();
    const numbers = await h.store.db.selectFrom('filings').select(['number']).execute();
    const shown = [...strings([filed.body, body, sampleFirstFiling({ n: 42, provinceCode: '110000', channelId: h.parties.providers[0] })]), ...parties.map((p) => p.name), ...numbers.map((f) => f.number)];
    // Only data with Chinese in it needs taking out (taking out "app" would cut words of the interface).
    data.push(...shown.filter((value) => han.test(value)));
    data.sort((a, b) => b.length - a.length);
    mkdirSync(screenshots, { recursive: true });
    mkdirSync(scratch, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await h?.close();
  });

  /** The page's text without the data it shows and without the language switch (named in its own language). */
  async function chineseOutsideData(page: Page): Promise<string[]> {
    // Visible text node by node, leaving out <noscript>, scripts and anything marked as Chinese (the language switch).
    let text = await page.evaluate<string>(`(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const out = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest('noscript, script, style, [lang="zh-CN"], [lang="zh"]')) continue;
        if (!parent.checkVisibility()) continue;
        out.push(node.textContent);
      }
      return out.join('\\n');
    })()`);
    for (const value of data) text = text.split(value).join(' ');
    return text.split('\n').filter((line) => han.test(line));
  }

  it('signs in with ?lang=en, filters the queue, opens the review page and returns the application, all in English', async () => {
    const context = await browser.newContext({ baseURL: h.baseUrl, viewport: { width: 1280, height: 900 }, locale: 'zh-CN', bypassCSP: true });
    const page = await context.newPage();
    await page.goto('/sign-in?lang=en&next=%2Freview');
    await page.getByLabel('Account').fill('provider');
    await page.getByLabel('Password').fill('test-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Initial review queue' }).waitFor();
    await page.waitForLoadState('networkidle');
    assert.equal(await page.evaluate('document.documentElement.lang'), 'en');
    assert.deepEqual(await chineseOutsideData(page), [], 'queue');

    await page.getByRole('searchbox', { name: 'Search host or service name' }).fill(applicationName.slice(0, 6));
    await page.getByRole('searchbox', { name: 'Search host or service name' }).press('Enter');
    await page.waitForURL(/[?&]q=/);
    const rows = page.locator('tbody tr.ant-table-row');
    await page.waitForFunction("document.querySelectorAll('tbody tr.ant-table-row').length === 1");
    assert.match(await rows.first().innerText(), /Working days left: \d+|Last working day today|Overdue/);

    await page.getByRole('link', { name: applicationName }).click();
    await page.getByRole('heading', { name: 'Package facts beside the declared feature info' }).waitFor();
    await page.waitForLoadState('networkidle');
    assert.ok(await page.getByText('Differs').first().isVisible(), 'the differing signature is marked');
    assert.ok(await page.getByText('Resident identity card').first().isVisible(), 'certificate types by name, not code');
    assert.ok(await page.getByText('Beijing', { exact: true }).first().isVisible(), 'the province by name');
    assert.deepEqual(await chineseOutsideData(page), [], 'review page');
    assert.deepEqual(await seriousAccessibilityViolations(page), []);
    await page.screenshot({ path: new URL('review-detail-en.png', screenshots).pathname, fullPage: true });

    await page.getByRole('button', { name: 'Return' }).click();
    const dialog = page.getByRole('dialog', { name: 'Return the application' });
    await dialog.waitFor();
    await dialog.getByLabel('Reason 1 · field').click();
    await page.keyboard.type('Signature MD5');
    await page.keyboard.press('Enter');
    await dialog.getByLabel('Reason', { exact: true }).click();
    await page.keyboard.type('OTHER');
    await page.keyboard.press('Enter');
    await dialog.getByLabel('Reviewer\'s note').fill('The signature MD5 does not match the uploaded package.');
    assert.deepEqual(await chineseOutsideData(page), [], 'return dialog');
    await page.getByRole('button', { name: 'Return it' }).click();
    await page.getByText('Returned by provider').first().waitFor();
    assert.deepEqual(await chineseOutsideData(page), [], 'after the return');
    await context.close();
  });

  it('shows the customers and the bureau’s filings lists without overflowing a 390 px screen', async () => {
    for (const [login, path, heading] of [
      ['provider', '/review/customers', 'Subjects filed through this channel'],
      ['bureau-bj', '/bureau/filings', "The province's filings"],
    ] as const) {
      for (const language of ['en', 'zh-CN'] as const) {
        for (const width of [1280, 390]) {
          const context = await openContext(browser, h.baseUrl, { width, language, cookie: await sessionCookie(h.baseUrl, login) });
          const page = await context.newPage();
          await page.goto(path);
          await page.getByRole('heading', { level: 1 }).waitFor();
          if (language === 'en') await page.getByRole('heading', { level: 1, name: heading }).waitFor();
          await page.locator('tbody tr.ant-table-row').first().waitFor();
          await page.waitForLoadState('networkidle');
          const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
          assert.ok(overflow <= 0, `${path} ${language} is ${overflow}px wider than the screen`);
          if (language === 'en') assert.deepEqual(await chineseOutsideData(page), [], path);
          await page.screenshot({ path: new URL(`${path.slice(1).replace('/', '-')}-${language}-${width}.png`, scratch).pathname, fullPage: true });
          await context.close();
        }
      }
    }
  });
});
