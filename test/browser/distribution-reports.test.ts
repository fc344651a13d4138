import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openContext, sessionCookie, seriousAccessibilityViolations, type Language } from '../support/browser.js';
import { createHttpHarness, type HttpHarness } from '../support/http-harness.js';
import { fileSample } from '../support/lifecycle.js';

const screenshots = new URL('../../docs/screenshots/', import.meta.url);
const narrowShots = new URL('../../.tmp/screenshots/', import.meta.url);

const text = {
  'zh-CN': { report: '报送分发报告', stored: '报告已留存', unfiled: '已分发但未备案的 App', notFiled: '未备案' },
  en: { report: 'Submit a distribution report', stored: 'Report stored', unfiled: 'Apps distributed but not filed', notFiled: 'Not filed' },
} as const;

describe('distribution reports in Chromium: the checker submits one, the ministry sees what is not filed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'beian-reports-'));
  const csv = join(dir, 'q1-distribution.csv');
  let h: HttpHarness;
  let browser: Browser;
  let checker: string;
  let ministry: string;
  before(async () => {
    browser = await launchBrowser();
    h = await createHttpHarness();
    const filed = await fileSample(h, 1);
    const admin = await h.signIn('ministry');
    const party = await admin.request<{ id: string }>('POST', '/api/v1/parties', { kind: 'distribution_platform', platformKind: 'app_store', name: '示例应用商店' });
    const account = await admin.request<{ password: string }>('POST', '/api/v1/accounts', { login: 'store-reporter', displayName: '应用商店报送员', partyId: party.body.id });
    const login = await fetch(`${h.baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: 'store-reporter', password: account.body.password }) });
    assert.equal(login.status, 200);
    checker = login.headers.getSetCookie()[0]!.split(';')[0]!;
    ministry = await sessionCookie(h.baseUrl, 'ministry');
    const android = filed.body.services![0]!.featureInfo!.find((f) => f.platform === 'android')!;
    writeFileSync(csv, ['platform,packageName,signatureMd5,appName', `android,${android.packageName},${android.signatureMd5},`, 'android,com.example.sideloaded,,侧载记账', 'pc,x,,'].join('\n') + '\n');
    mkdirSync(screenshots, { recursive: true });
    mkdirSync(narrowShots, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await h?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function submit(language: Language, width: number): Promise<Page> {
    const context = await openContext(browser, h.baseUrl, { width, language, cookie: checker });
    const page = await context.newPage();
    await page.goto('/check/reports');
    await page.getByRole('heading', { level: 1, name: text[language].report }).waitFor();
    await page.locator('input[type=file]').setInputFiles(csv);
    await page.getByText(text[language].stored, { exact: true }).waitFor();
    return page;
  }

  async function unfiled(language: Language, width: number): Promise<Page> {
    const context = await openContext(browser, h.baseUrl, { width, language, cookie: ministry });
    const page = await context.newPage();
    await page.goto('/ministry/unfiled');
    await page.getByRole('heading', { level: 1, name: text[language].unfiled }).waitFor();
    await page.getByText('com.example.sideloaded').waitFor();
    return page;
  }

  it('stores the report, shows its verdict counts and the row not filed, and the ministry lists it under the store', async () => {
    const page = await submit('en', 1280);
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    assert.equal(await rows.count(), 1, 'only the unfiled row: the filed one and the invalid one are left out');
    assert.match(await rows.nth(0).innerText(), /2[\s\S]*Not filed[\s\S]*com\.example\.sideloaded[\s\S]*侧载记账/);
    const stats = await page.locator('.ant-statistic').allInnerTexts();
    assert.ok(stats.some((s) => /Filed\s*1/.test(s)), stats.join(' | '));
    assert.ok(stats.some((s) => /Invalid row\s*1/.test(s)), stats.join(' | '));
    await page.context().close();

    const list = await unfiled('en', 1280);
    const card = list.locator('.ant-card', { hasText: '示例应用商店' });
    assert.equal(await card.count(), 1);
    const listed = card.locator('.ant-table-tbody tr.ant-table-row');
    assert.equal(await listed.count(), 1);
    assert.match(await listed.nth(0).innerText(), /com\.example\.sideloaded[\s\S]*侧载记账[\s\S]*android[\s\S]*Not filed/);
    await list.getByText('Unfiled apps', { exact: true }).first().waitFor();
    await list.context().close();

    // A bureau sees only rows judged against its province's filings: a package filed nowhere is the ministry's to see.
    const bureau = await openContext(browser, h.baseUrl, { width: 1280, language: 'en', cookie: await sessionCookie(h.baseUrl, 'bureau-bj') });
    const bureauPage = await bureau.newPage();
    await bureauPage.goto('/bureau/unfiled');
    await bureauPage.getByRole('heading', { level: 1, name: text.en.unfiled }).waitFor();
    await bureauPage.getByText('No reported app is missing a filing.').waitFor();
    await bureau.close();
  });

  it('reads well in zh-CN and English at 1280 and 390 px, with no serious accessibility violation', async () => {
    for (const language of ['zh-CN', 'en'] as const) {
      for (const [name, open] of [['report', submit], ['unfiled', unfiled]] as const) {
        const wide = await open(language, 1280);
        await wide.screenshot({ path: new URL(`${name}-${language}.png`, screenshots).pathname, fullPage: true });
        const violations = await seriousAccessibilityViolations(wide);
        assert.deepEqual(violations, [], JSON.stringify(violations));
        await wide.context().close();
        const narrow = await open(language, 390);
        const overflow = await narrow.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
        assert.ok(overflow <= 0, `${name} in ${language} is ${overflow}px wider than a 390px screen`);
        await narrow.screenshot({ path: new URL(`${name}-${language}-390.png`, narrowShots).pathname, fullPage: true });
        await narrow.context().close();
      }
    }
  });
});
