import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openContext, seriousAccessibilityViolations, type Language } from './browser.js';
import { createHttpHarness, type HttpHarness } from './http-harness.js';

/** The screenshots the README and docs show (1280 px), and the narrow ones kept for looking at (390 px). */
export const screenshots = new URL('../../docs/screenshots/', import.meta.url);
export const narrowShots = new URL('../../.tmp/screenshots/', import.meta.url);

export interface BrowserSuite {
  readonly h: HttpHarness;
  readonly browser: Browser;
  /** A new page in a context of its own at `width`, in `language`, signed in with `cookie`, opened at `path`. */
  page(path: string, options: { width: number; language: Language; cookie?: string }): Promise<Page>;
}

/**
 * A describe block's server and browser: registers the `before` that starts the HTTP harness and Chromium (and
 * makes the screenshot folders) and the `after` that stops them. Read `h` and `browser` inside tests and hooks.
 */
export function useBrowserSuite(harness: Parameters<typeof createHttpHarness>[0] = {}): BrowserSuite {
  let h: HttpHarness | undefined;
  let browser: Browser | undefined;
  before(async () => {
    browser = await launchBrowser();
    h = await createHttpHarness(harness);
    mkdirSync(screenshots, { recursive: true });
    mkdirSync(narrowShots, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await h?.close();
  });
  return {
    get h() {
      assert.ok(h, 'the suite has not started');
      return h;
    },
    get browser() {
      assert.ok(browser, 'the suite has not started');
      return browser;
    },
    async page(path, options) {
      const context = await openContext(this.browser, this.h.baseUrl, options);
      const page = await context.newPage();
      await page.goto(path);
      return page;
    },
  };
}

/**
 * Checks a screen as people see it: at 1280 px it is written to docs/screenshots/`name`-`language`.png and scanned
 * for serious accessibility violations; narrower, it must fit the screen's width and is kept under .tmp/screenshots.
 */
export async function checkScreen(page: Page, name: string, language: Language): Promise<void> {
  const width = page.viewportSize()?.width ?? 1280;
  if (width >= 1280) {
    await page.screenshot({ path: new URL(`${name}-${language}.png`, screenshots).pathname, fullPage: true });
    const violations = await seriousAccessibilityViolations(page);
    assert.deepEqual(violations, [], `${name} in ${language}: ${JSON.stringify(violations)}`);
    return;
  }
  const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
  assert.ok(overflow <= 0, `${name} in ${language} is ${overflow}px wider than a ${width}px screen`);
  await page.screenshot({ path: new URL(`${name}-${language}-${width}.png`, narrowShots).pathname, fullPage: true });
}

/**
 * An app store (a distribution platform) and its checker's account, made by the ministry as in production; the
 * checker's session cookie.
 */
export async function storeCheckerSession(h: HttpHarness, login: string, displayName: string): Promise<string> {
  const ministry = await h.signIn('ministry');
  const party = await ministry.request<{ id: string }>('POST', '/api/v1/parties', { kind: 'distribution_platform', platformKind: 'app_store', name: '示例应用商店' });
  assert.equal(party.status, 201, party.text);
  const account = await ministry.request<{ password: string }>('POST', '/api/v1/accounts', { login, displayName, partyId: party.body.id });
  assert.equal(account.status, 201, account.text);
  const response = await fetch(`${h.baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login, password: account.body.password }) });
  assert.equal(response.status, 200);
  return response.headers.getSetCookie()[0]!.split(';')[0]!;
}
