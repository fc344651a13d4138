import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser, openContext, seriousAccessibilityViolations } from '../support/browser.js';
import { createHttpHarness, type HttpHarness } from '../support/http-harness.js';
import { fileSample, type FiledSample } from '../support/lifecycle.js';

const narrowShots = new URL('../../.tmp/screenshots/', import.meta.url);

describe('the filing page’s verification card in Chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'beian-verify-card-'));
  let h: HttpHarness;
  let browser: Browser;
  let filed: FiledSample;
  before(async () => {
    browser = await launchBrowser();
    h = await createHttpHarness({ credentials: { signingKeyFile: join(dir, 'keys.json'), validDays: 7 } });
    filed = await fileSample(h, 1);
    mkdirSync(narrowShots, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await h?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows the QR code and the credential download at 1280 and 390 px, in both languages, with JavaScript off', async () => {
    for (const [lang, query, heading, link] of [
      ['zh-CN', '', '核验本备案', '下载备案凭证'],
      ['en', '?lang=en', 'Verify this filing', 'Download the filing credential'],
    ] as const) {
      for (const width of [1280, 390]) {
        const context = await openContext(browser, h.baseUrl, { width, language: lang });
        await context.route('**/*.js', (route) => route.abort());
        const page = await context.newPage();
        await page.goto(`/filings/${encodeURIComponent(filed.serviceNumber)}${query}`);
        await page.getByRole('heading', { level: 2, name: heading }).waitFor();
        assert.ok(await page.getByRole('img').first().isVisible(), 'the QR code is drawn');
        const download = page.waitForEvent('download');
        await page.getByRole('link', { name: link }).click();
        assert.equal((await download).suggestedFilename(), `${filed.serviceNumber}.jwt`);
        const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
        assert.ok(overflow <= 0, `${lang} ${width}: ${overflow}px too wide`);
        const violations = await seriousAccessibilityViolations(page);
        assert.deepEqual(violations, [], JSON.stringify(violations));
        await page.screenshot({ path: new URL(`filing-verify-${lang}-${width}.png`, narrowShots).pathname, fullPage: true });
        await context.close();
      }
    }
  });
});
