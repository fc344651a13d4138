import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { sessionCookie, type Language } from '../support/browser.js';
import { checkScreen, storeCheckerSession, useBrowserSuite } from '../support/browser-suite.js';
import { fileSample } from '../support/lifecycle.js';

const text = {
  'zh-CN': { report: '报送分发报告', stored: '报告已留存', unfiled: '已分发但未备案的 App', notFiled: '未备案', history: '历次报告' },
  en: { report: 'Submit a distribution report', stored: 'Report stored', unfiled: 'Apps distributed but not filed', notFiled: 'Not filed', history: 'Earlier reports' },
} as const;

describe('distribution reports in Chromium: the checker submits one, the ministry sees what is not filed', () => {
  const suite = useBrowserSuite();
  const dir = mkdtempSync(join(tmpdir(), 'beian-reports-'));
  const csv = join(dir, 'q1-distribution.csv');
  let checker: string;
  let ministry: string;
  before(async () => {
    const filed = await fileSample(suite.h, 1);
    checker = await storeCheckerSession(suite.h, 'store-reporter', '应用商店报送员');
    ministry = await sessionCookie(suite.h.baseUrl, 'ministry');
    const android = filed.body.services![0]!.featureInfo!.find((f) => f.platform === 'android')!;
    writeFileSync(csv, ['platform,packageName,signatureMd5,appName', `android,${android.packageName},${android.signatureMd5},`, 'android,com.example.sideloaded,,侧载记账', 'pc,x,,'].join('\n') + '\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  async function submit(language: Language, width: number): Promise<Page> {
    const page = await suite.page('/check/reports', { width, language, cookie: checker });
    await page.getByRole('heading', { level: 1, name: text[language].report }).waitFor();
    await page.locator('input[type=file]').setInputFiles(csv);
    await page.locator('.report-upload').getByText(text[language].stored, { exact: true }).waitFor();
    await page.locator('.report-upload .ant-table-tbody tr.ant-table-row').first().waitFor();
    return page;
  }

  async function unfiled(language: Language, width: number): Promise<Page> {
    const page = await suite.page('/ministry/unfiled', { width, language, cookie: ministry });
    await page.getByRole('heading', { level: 1, name: text[language].unfiled }).waitFor();
    // Listed under the store's distribution report and, once submitted, its preinstall report.
    await page.getByText('com.example.sideloaded').first().waitFor();
    return page;
  }

  it('stores the report, shows its verdict counts and the row not filed, and the ministry lists it under the store', async () => {
    const page = await submit('en', 1280);
    const rows = page.locator('.report-upload .ant-table-tbody tr.ant-table-row');
    assert.equal(await rows.count(), 1, 'only the unfiled row: the filed one and the invalid one are left out');
    assert.match(await rows.nth(0).innerText(), /2[\s\S]*Not filed[\s\S]*com\.example\.sideloaded[\s\S]*侧载记账/);
    const stats = await page.locator('.report-upload .ant-statistic').allInnerTexts();
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
    const bureauPage = await suite.page('/bureau/unfiled', { width: 1280, language: 'en', cookie: await sessionCookie(suite.h.baseUrl, 'bureau-bj') });
    await bureauPage.getByRole('heading', { level: 1, name: text.en.unfiled }).waitFor();
    await bureauPage.getByText('No reported app is missing a filing.').waitFor();
    await bureauPage.context().close();
  });

  it("lists the party's earlier reports, newest first, and opens and downloads one", async () => {
    const page = await suite.page('/check/reports', { width: 1280, language: 'en', cookie: checker });
    const history = page.locator('.report-history');
    await history.getByRole('heading', { name: text.en.history }).waitFor();
    const reports = history.locator('.ant-table-tbody tr.ant-table-row');
    await reports.first().waitFor();
    const before = await reports.count();
    assert.ok(before >= 1);

    // A preinstall report submitted a minute later comes first in the list, without reloading the page.
    suite.h.clock.now = new Date(suite.h.clock.now.getTime() + 60_000);
    await page.getByLabel('Report', { exact: true }).click();
    await page.getByTitle('Preinstalled apps').click();
    await page.locator('input[type=file]').setInputFiles(csv);
    await page.locator('.report-upload').getByText(text.en.stored, { exact: true }).waitFor();
    await page.waitForFunction(`document.querySelectorAll('.report-history .ant-table-tbody tr.ant-table-row').length === ${before + 1}`);
    const newest = reports.first();
    assert.match(await newest.innerText(), /Preinstalled apps, \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}[\s\S]*Complete[\s\S]*3[\s\S]*1[\s\S]*1/);

    // Opened from the list: its counts and its row not filed, and the address names it.
    const oldest = reports.last();
    await oldest.getByRole('button', { name: /^View Distributed apps/ }).click();
    const opened = page.locator('.report-opened');
    await opened.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    assert.match(page.url(), /[?&]report=[0-9a-f-]{36}/);
    assert.match(await opened.locator('h2').innerText(), /^Distributed apps, /);
    assert.match(await opened.locator('.ant-table-tbody').innerText(), /com\.example\.sideloaded[\s\S]*侧载记账/);
    const stats = await opened.locator('.ant-statistic').allInnerTexts();
    assert.ok(stats.some((s) => /Rows\s*3/.test(s)), stats.join(' | '));

    // Its every row downloads as CSV.
    const download = page.waitForEvent('download');
    await oldest.getByRole('link', { name: /^Download CSV Distributed apps/ }).click();
    const saved = join(dir, 'report.csv');
    await (await download).saveAs(saved);
    const lines = readFileSync(saved, 'utf8').trim().split('\n');
    assert.equal(lines[0], 'row,platform,packageName,appName,subjectName,number,verdict,filedNumber,code,path');
    assert.deepEqual(lines.slice(1).map((l) => l.split(',')[6]), ['filed', 'not_filed', 'invalid']);

    // The address opens the same report after a reload, and the report closes.
    await page.reload();
    await opened.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    await opened.getByRole('button', { name: 'Close the report' }).click();
    await opened.waitFor({ state: 'detached' });
    assert.doesNotMatch(page.url(), /report=/);
    await page.context().close();
  });

  it('reads well in zh-CN and English at 1280 and 390 px, with no serious accessibility violation', async () => {
    for (const language of ['zh-CN', 'en'] as const) {
      for (const [name, open] of [['report', submit], ['unfiled', unfiled]] as const) {
        for (const width of [1280, 390]) {
          const page = await open(language, width);
          await checkScreen(page, name, language);
          await page.context().close();
        }
      }
    }
  });
});
