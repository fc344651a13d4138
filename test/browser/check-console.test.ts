import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { Language } from '../support/browser.js';
import { checkScreen, storeCheckerSession, useBrowserSuite } from '../support/browser-suite.js';
import { fileSample, type FiledSample } from '../support/lifecycle.js';

const text = {
  'zh-CN': { title: '应用备案批量核验', notFiled: '未备案', filed: '已备案', download: '下载核验结果（CSV）' },
  en: { title: 'Check apps against the registry', notFiled: 'Not filed', filed: 'Filed', download: 'Download the results (CSV)' },
} as const;

describe('the checker console /check in Chromium', () => {
  const suite = useBrowserSuite();
  const dir = mkdtempSync(join(tmpdir(), 'beian-check-console-'));
  const csv = join(dir, 'store-apps.csv');
  let filed: FiledSample;
  let cookie: string;
  before(async () => {
    filed = await fileSample(suite.h, 1);
    cookie = await storeCheckerSession(suite.h, 'store-checker', '应用商店核验员');
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
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  async function checkFile(language: Language, width: number): Promise<Page> {
    const page = await suite.page('/check', { width, language, cookie });
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
      for (const width of [1280, 390]) {
        const page = await checkFile(language, width);
        await checkScreen(page, 'check', language);
        await page.context().close();
      }
    }
  });
});
