import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openContext, seriousAccessibilityViolations, type Language } from '../support/browser.js';
import { createHttpHarness, type HttpHarness } from '../support/http-harness.js';
import { fileSample, type FiledSample } from '../support/lifecycle.js';

const screenshots = new URL('../../docs/screenshots/', import.meta.url);
const narrowShots = new URL('../../.tmp/screenshots/', import.meta.url);

const text = {
  'zh-CN': { title: '应用备案批量核验', notFiled: '未备案', filed: '已备案', download: '下载核验结果（CSV）' },
  en: { title: 'Check apps against the registry', notFiled: 'Not filed', filed: 'Filed', download: 'Download the results (CSV)' },
} as const;

describe('the checker console /check in Chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'beian-check-console-'));
  const csv = join(dir, 'store-apps.csv');
  let h: HttpHarness;
  let browser: Browser;
  let filed: FiledSample;
  let cookie: string;
  before(async () => {
    browser = await launchBrowser();
    h = await createHttpHarness();
    filed = await fileSample(h, 1);
    // An app store's account, made by the ministry as in production.
    const ministry = await h.signIn('ministry');
    const party = await ministry.request<{ id: string }>('POST', '/api/v1/parties', { kind: 'distribution_platform', platformKind: 'app_store', name: '示例应用商店' });
    const account = await ministry.request<{ password: string }>('POST', '/api/v1/accounts', { login: 'store-checker', displayName: '应用商店核验员', partyId: party.body.id });
    const login = await fetch(`${h.baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: 'store-checker', password: account.body.password }) });
    assert.equal(login.status, 200);
    cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
    const android = filed.body.services![0]!.featureInfo!.find((f) => f.platform === 'android')!;
    writeFileSync(
      csv,
      [
        'platform,packageName,signatureMd5',
        `android,${android.packageName},${android.signatureMd5!.toUpperCase()}`,
        'android,com.example.unfiled,',
        `android,${android.packageName},00000000000000000000000000000000`,
        'android,com.example.another,',
      ].join('\n') + '\n',
    );
    mkdirSync(screenshots, { recursive: true });
    mkdirSync(narrowShots, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await h?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function checkFile(language: Language, width: number): Promise<Page> {
    const context = await openContext(browser, h.baseUrl, { width, language, cookie });
    const page = await context.newPage();
    await page.goto('/check');
    await page.getByRole('heading', { level: 1, name: text[language].title }).waitFor();
    await page.locator('input[type=file]').setInputFiles(csv);
    await page.getByText('4 / 4').or(page.getByText('4/ 4')).first().waitFor();
    await page.getByRole('button', { name: text[language].download }).waitFor();
    return page;
  }

  it('checks an uploaded CSV, shows each verdict, filters by verdict and downloads the results', async () => {
    const page = await checkFile('en', 1280);
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    assert.equal(await rows.count(), 4);
    assert.match(await rows.nth(0).innerText(), new RegExp(`Filed[\\s\\S]*${filed.serviceNumber.replace(/[-]/g, '\\-')}`));
    await page.getByText(/^Not filed 2$/).click();
    assert.equal(await rows.count(), 2);
    for (let i = 0; i < 2; i += 1) assert.match(await rows.nth(i).innerText(), /Not filed/);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: text.en.download }).click();
    const saved = join(dir, 'results.csv');
    await (await download).saveAs(saved);
    const lines = readFileSync(saved, 'utf8').trim().split('\n');
    assert.equal(lines.length, 3, 'the header and the two rows shown');
    assert.ok(lines.slice(1).every((line) => line.includes(',not_filed,')));
    await page.context().close();
  });

  it('reads well in zh-CN and English at 1280 and 390 px, with no serious accessibility violation', async () => {
    for (const language of ['zh-CN', 'en'] as const) {
      const wide = await checkFile(language, 1280);
      await wide.screenshot({ path: new URL(`check-${language}.png`, screenshots).pathname, fullPage: true });
      const violations = await seriousAccessibilityViolations(wide);
      assert.deepEqual(violations, [], JSON.stringify(violations));
      await wide.context().close();
      const narrow = await checkFile(language, 390);
      const overflow = await narrow.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
      assert.ok(overflow <= 0, `${language} is ${overflow}px wider than a 390px screen`);
      await narrow.screenshot({ path: new URL(`check-${language}-390.png`, narrowShots).pathname, fullPage: true });
      await narrow.context().close();
    }
  });
});
