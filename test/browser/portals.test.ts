import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { sampleFirstFiling } from '../../src/store/seed/sample-filing.js';
import { launchBrowser, openContext, sessionCookie, seriousAccessibilityViolations, type Language } from '../support/browser.js';
import { createHttpHarness, type HttpHarness } from '../support/http-harness.js';
import { createAndSubmit, fileSample, toBureauReview, type FiledSample } from '../support/lifecycle.js';

const screenshots = new URL('../../docs/screenshots/', import.meta.url);
const narrowShots = new URL('../../.tmp/screenshots/', import.meta.url);

interface Portal {
  name: string;
  path: string;
  login?: string;
  heading: Record<Language, string>;
}

const portals: Portal[] = [
  { name: 'public', path: '/', heading: { 'zh-CN': 'APP备案信息查询', en: 'Look up an APP filing' } },
  { name: 'apply', path: '/apply', login: 'applicant', heading: { 'zh-CN': '我的备案申请', en: 'My filing applications' } },
  { name: 'review', path: '/review', login: 'provider', heading: { 'zh-CN': '初审待办队列', en: 'Initial review queue' } },
  { name: 'bureau', path: '/bureau', login: 'bureau-bj', heading: { 'zh-CN': '管局审核队列', en: 'Bureau review queue' } },
  { name: 'ministry', path: '/ministry', login: 'ministry', heading: { 'zh-CN': '备案统计分析', en: 'Filing statistics' } },
];

describe('the web portals in Chromium', () => {
  let h: HttpHarness;
  let browser: Browser;
  let filed: FiledSample;
  const cookies = new Map<string, string>();
  before(async () => {
    // The portals are built (when stale) before the server reads web/dist/index.html.
    browser = await launchBrowser();
    h = await createHttpHarness();
    filed = await fileSample(h, 1);
    await fileSample(h, 2, { serviceType: 'mini_program' });
    await createAndSubmit(h, sampleFirstFiling({ n: 3, provinceCode: '110000', channelId: h.parties.providers[0] }));
    await toBureauReview(h, sampleFirstFiling({ n: 4, provinceCode: '110000', channelId: h.parties.providers[0] }));
    for (const login of ['applicant', 'provider', 'bureau-bj', 'ministry']) cookies.set(login, await sessionCookie(h.baseUrl, login));
    mkdirSync(screenshots, { recursive: true });
    mkdirSync(narrowShots, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await h?.close();
  });

  async function open(portal: Portal, language: Language, width: number): Promise<Page> {
    const context = await openContext(browser, h.baseUrl, { width, language, ...(portal.login ? { cookie: cookies.get(portal.login)! } : {}) });
    const page = await context.newPage();
    await page.goto(portal.path);
    await page.getByRole('heading', { level: 1, name: portal.heading[language] }).waitFor();
    await page.waitForLoadState('networkidle');
    return page;
  }

  for (const portal of portals) {
    it(`shows the ${portal.name} main page in zh-CN and English at 1280 and 390 px, with no serious accessibility violation`, async () => {
      for (const language of ['zh-CN', 'en'] as const) {
        const wide = await open(portal, language, 1280);
        assert.equal(await wide.evaluate('document.documentElement.lang'), language);
        await wide.screenshot({ path: new URL(`${portal.name}-${language}.png`, screenshots).pathname, fullPage: true });
        assert.deepEqual(await seriousAccessibilityViolations(wide), [], `${portal.name} ${language}`);
        await wide.context().close();
        const narrow = await open(portal, language, 390);
        const overflow = await narrow.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
        assert.ok(overflow <= 0, `${portal.name} ${language} is ${overflow}px wider than a 390px screen`);
        await narrow.screenshot({ path: new URL(`${portal.name}-${language}-390.png`, narrowShots).pathname, fullPage: true });
        // On a phone the consoles' tables scroll sideways: each scroll box is a named region a keyboard can reach
        // (axe's scrollable-region-focusable), scanned here as at 1280 px.
        const scrollers = await narrow.evaluate<Array<{ scrolls: boolean; tabindex: string | null; role: string | null; name: string | null }>>(`
          [...document.querySelectorAll('.ant-table-content, .ant-table-body')].map((el) => ({
            scrolls: el.scrollWidth > el.clientWidth, tabindex: el.getAttribute('tabindex'), role: el.getAttribute('role'), name: el.getAttribute('aria-label'),
          }))`);
        if (portal.login && portal.name !== 'ministry') assert.ok(scrollers.some((s) => s.scrolls), `${portal.name} ${language}: a table scrolls at 390 px`);
        for (const scroller of scrollers.filter((s) => s.scrolls)) {
          assert.equal(scroller.tabindex, '0', `${portal.name} ${language}`);
          assert.equal(scroller.role, 'region', `${portal.name} ${language}`);
          assert.ok(scroller.name, `${portal.name} ${language}: the scroll region is named`);
        }
        assert.deepEqual(await seriousAccessibilityViolations(narrow), [], `${portal.name} ${language} at 390 px`);
        await narrow.context().close();
      }
    });
  }

  it('never loads the consoles’ code on the public page', async () => {
    const context = await openContext(browser, h.baseUrl, { width: 1280, language: 'zh-CN' });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto('/');
    await page.getByRole('link', { name: filed.body.services![0]!.name }).waitFor();
    await page.waitForLoadState('networkidle');
    assert.ok(scripts.length > 0);
    assert.deepEqual(scripts.filter((s) => /(apply|review|bureau|ministry)-portal|application-queue|calendar-page/.test(s)), []);
    await context.close();
  });

  it('finds a filing from the search box and shows its server-rendered page', async () => {
    const context = await openContext(browser, h.baseUrl, { width: 390, language: 'zh-CN' });
    const page = await context.newPage();
    await page.goto('/');
    await page.getByLabel('备案号').fill(filed.serviceNumber);
    await page.getByRole('button', { name: '查询' }).click();
    await page.waitForURL(`**/filings/${encodeURIComponent(filed.serviceNumber)}`);
    assert.match(await page.title(), new RegExp(filed.serviceNumber.replace(/-/g, '\\-')));
    assert.ok(await page.getByText(filed.body.subject!.name).first().isVisible());
    await page.screenshot({ path: new URL('filing-page-zh-CN-390.png', narrowShots).pathname, fullPage: true });
    await context.close();
  });

  it('signs in through the form, opens the role’s console, and signs out', async () => {
    const context = await openContext(browser, h.baseUrl, { width: 1280, language: 'en' });
    const page = await context.newPage();
    await page.goto('/review');
    await page.waitForURL('**/sign-in?next=%2Freview');
    await page.getByLabel('Account').fill('provider');
    await page.getByLabel('Password').fill('wrong-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'Could not load' }).waitFor();
    assert.ok(await page.getByText(/password/i).first().isVisible());
    await page.getByLabel('Password').fill('test-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Initial review queue' }).waitFor();
    assert.ok(await page.getByRole('navigation', { name: 'Main navigation' }).getByText('Review queue').isVisible());
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Look up an APP filing' }).waitFor();
    await context.close();
  });

  it('refuses a console to another role and shows the not-found page for unknown paths', async () => {
    const context = await openContext(browser, h.baseUrl, { width: 1280, language: 'zh-CN', cookie: cookies.get('applicant')! });
    const page = await context.newPage();
    await page.goto('/ministry');
    await page.getByRole('heading', { level: 1, name: '当前账号无权访问此页面' }).waitFor();
    const response = await page.goto('/no/such/page');
    assert.equal(response?.status(), 404);
    await page.getByRole('heading', { level: 1, name: '页面不存在' }).waitFor();
    await context.close();
  });

  it('shows the provider the submitted application in its queue, with its deadline', async () => {
    const context = await openContext(browser, h.baseUrl, { width: 1280, language: 'en', cookie: cookies.get('provider')! });
    const page = await context.newPage();
    await page.goto('/review');
    const row = page.getByRole('row').filter({ hasText: sampleFirstFiling({ n: 3, provinceCode: '110000', channelId: h.parties.providers[0] }).subject!.name });
    await row.waitFor();
    assert.match(await row.innerText(), /\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    assert.match(await row.innerText(), /In initial review/);
    await context.close();
  });
});
