import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser, openContext, seriousAccessibilityViolations } from '../support/browser.js';
import { createHttpHarness, type HttpHarness } from '../support/http-harness.js';
import { fileSample, type FiledSample } from '../support/lifecycle.js';

const screenshots = new URL('../../docs/screenshots/', import.meta.url);
const narrowShots = new URL('../../.tmp/screenshots/', import.meta.url);

describe('the public search on / in Chromium', () => {
  let h: HttpHarness;
  let browser: Browser;
  const filed: FiledSample[] = [];
  before(async () => {
    browser = await launchBrowser();
    h = await createHttpHarness();
    for (const n of [1, 2, 7]) filed.push(await fileSample(h, n));
    filed.push(await fileSample(h, 5, { serviceType: 'mini_program' }));
    mkdirSync(screenshots, { recursive: true });
    mkdirSync(narrowShots, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await h?.close();
  });

  it('searches names from the box, lists matches linking to their filing pages, at 1280 and 390 px in both languages', async () => {
    const query = '科技';
    for (const language of ['zh-CN', 'en'] as const) {
      for (const width of [1280, 390]) {
        const context = await openContext(browser, h.baseUrl, { width, language });
        const page = await context.newPage();
        await page.goto('/');
        await page.getByRole('searchbox').or(page.locator('#filing-number')).first().fill(query);
        await page.getByRole('button', { name: language === 'en' ? 'Search' : '查询' }).click();
        await page.waitForURL(/\?q=/);
        const link = page.getByRole('link', { name: filed[0]!.body.services![0]!.name, exact: true });
        await link.waitFor();
        assert.equal(await link.getAttribute('href'), `/filings/${encodeURIComponent(filed[0]!.serviceNumber)}${language === 'en' ? '?lang=en' : ''}`);
        await page.waitForLoadState('networkidle');
        if (width === 1280) {
          // Scanned at rest: the pointer is still on the search button it pressed, whose hover colour is lighter.
          await page.mouse.move(0, 0);
          assert.deepEqual(await seriousAccessibilityViolations(page), [], language);
          await page.screenshot({ path: new URL(`registry-search-${language}.png`, screenshots).pathname, fullPage: true });
        } else {
          const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
          assert.ok(overflow <= 0, `${language} is ${overflow}px wider than a 390px screen`);
          await page.screenshot({ path: new URL(`registry-search-${language}-390.png`, narrowShots).pathname, fullPage: true });
        }
        await context.close();
      }
    }
  });

  it('goes straight to the filing page when the box holds a filing number', async () => {
    const context = await openContext(browser, h.baseUrl, { width: 1280, language: 'zh-CN' });
    const page = await context.newPage();
    await page.goto('/');
    await page.locator('#filing-number').fill(filed[1]!.serviceNumber);
    await page.getByRole('button', { name: '查询' }).click();
    await page.waitForURL(/\/filings\//);
    assert.match(decodeURIComponent(page.url()), new RegExp(filed[1]!.serviceNumber));
    await context.close();
  });
});
