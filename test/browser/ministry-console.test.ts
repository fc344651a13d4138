import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { bureauApprove } from '../../src/flows/bureau-approve.js';
import { providerApprove } from '../../src/flows/provider-approve.js';
import { returnApplication } from '../../src/flows/return-application.js';
import { sampleFirstFiling } from '../../src/store/seed/sample-filing.js';
import { launchBrowser, openContext, sessionCookie, seriousAccessibilityViolations, type Language } from '../support/browser.js';
import { confirmAllSms } from '../support/drive.js';
import { createHttpHarness, type HttpHarness } from '../support/http-harness.js';
import { createAndSubmit } from '../support/lifecycle.js';

const screenshots = new URL('../../docs/screenshots/', import.meta.url);
const narrowShots = new URL('../../.tmp/screenshots/', import.meta.url);
const shanghai = (local: string) => new Date(`${local}+08:00`);
const march = '/ministry?from=2026-03-01&to=2026-03-31';

const text = {
  'zh-CN': { heading: '备案统计分析', received: '期间内收到的申请', byChannel: '按渠道', beijing: '北京市', provider: '示例云计算有限公司' },
  en: { heading: 'Filing statistics', received: 'Applications received in the period', byChannel: 'By channel', beijing: 'Beijing', provider: 'Example Cloud Co., Ltd.' },
} as const;

/**
 * The ministry's console in Chromium over known applications: four Beijing apps and a Shanghai mini-program received in
 * March 2026, reviews waiting and overdue on 2026-03-10, the calendar editor beside it.
 */
describe('the ministry console in Chromium', () => {
  let h: HttpHarness;
  let browser: Browser;
  let cookie: string;

  before(async () => {
    browser = await launchBrowser();
    h = await createHttpHarness();
    const { providers, miniProgramPlatform } = h.parties;
    const pass = async (id: string, actor = h.actors.provider) => {
      await providerApprove(h.deps, actor, { applicationId: id });
      await confirmAllSms(h, id);
    };
    h.clock.now = shanghai('2026-03-02T10:00:00');
    const approved = await createAndSubmit(h, sampleFirstFiling({ n: 401, provinceCode: '110000', channelId: providers[0] }));
    const atBureau = await createAndSubmit(h, sampleFirstFiling({ n: 402, provinceCode: '110000', channelId: providers[0] }));
    const shanghaiMini = await createAndSubmit(h, sampleFirstFiling({ n: 403, provinceCode: '310000', channelId: miniProgramPlatform, serviceType: 'mini_program' }));
    await createAndSubmit(h, sampleFirstFiling({ n: 404, provinceCode: '110000', channelId: providers[1] }));
    h.clock.now = shanghai('2026-03-02T14:00:00');
    await pass(approved);
    await pass(shanghaiMini, h.actors.miniProgramPlatform);
    h.clock.now = shanghai('2026-03-03T16:00:00');
    await pass(atBureau);
    h.clock.now = shanghai('2026-03-05T10:00:00');
    await bureauApprove(h.deps, h.actors.beijingBureau, { applicationId: approved });
    await returnApplication(h.deps, h.actors.shanghaiBureau, { applicationId: shanghaiMini, by: 'bureau', reasons: [{ code: 'OTHER', note: '名称不符' }] });
    h.clock.now = shanghai('2026-03-09T09:00:00');
    await createAndSubmit(h, sampleFirstFiling({ n: 405, provinceCode: '110000', channelId: providers[0] }));
    h.clock.now = shanghai('2026-03-10T10:00:00');
    cookie = await sessionCookie(h.baseUrl, 'ministry');
    mkdirSync(screenshots, { recursive: true });
    mkdirSync(narrowShots, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await h?.close();
  });

  async function open(path: string, language: Language, width: number, signedIn = true): Promise<{ page: Page; scripts: string[] }> {
    const context = await openContext(browser, h.baseUrl, { width, language, ...(signedIn ? { cookie } : {}) });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(path);
    return { page, scripts };
  }

  /** Waits until the figures and every chart on the page are drawn. */
  async function statisticsShown(page: Page, language: Language): Promise<void> {
    await page.getByRole('heading', { level: 1, name: text[language].heading }).waitFor();
    await page.locator('.statistics-kpi').filter({ hasText: text[language].received }).getByText('5', { exact: true }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.locator('.comparison svg').first().waitFor();
  }

  for (const language of ['zh-CN', 'en'] as const) {
    it(`shows the figures as charts and tables in ${language}, at 1280 and 390 px, with no serious accessibility violation`, async () => {
      const { page, scripts } = await open(march, language, 1280);
      await statisticsShown(page, language);
      assert.ok(scripts.some((s) => s.includes('echarts')), 'the charts load ECharts');
      // Beijing: two applications waiting at the bureau, neither overdue yet on 03-10 (20 working days).
      const beijing = page.getByRole('table', { name: language === 'en' ? 'Applications waiting at each bureau, within deadline and overdue' : '各通信管理局待审申请数（未超期与已超期）' }).getByRole('row').filter({ has: page.getByRole('cell', { name: text[language].beijing, exact: true }) });
      assert.match(await beijing.innerText(), /^\S+\s+1\s+0\s+1\s+2026-03-03 16:00/u);
      await page.screenshot({ path: new URL(`ministry-statistics-${language}.png`, screenshots).pathname, fullPage: true });
      assert.deepEqual(await seriousAccessibilityViolations(page), [], language);

      await page.getByRole('tab', { name: text[language].byChannel }).first().click();
      const provider = page.getByRole('row').filter({ hasText: text[language].provider }).first();
      await provider.waitFor();
      // Provider 1: n=405 waits since 03-09 (due 03-12), not overdue.
      assert.match(await provider.innerText(), /\s1\s+0\s+1\s+2026-03-09 09:00/u);
      await page.context().close();

      const narrow = await open(march, language, 390);
      await statisticsShown(narrow.page, language);
      const overflow = await narrow.page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
      assert.ok(overflow <= 0, `${language} is ${overflow}px wider than a 390px screen`);
      await narrow.page.screenshot({ path: new URL(`ministry-statistics-${language}-390.png`, narrowShots).pathname, fullPage: true });
      await narrow.page.context().close();
    });
  }

  it('narrows the figures to one province from the picker, and keeps the choice in the address', async () => {
    const { page } = await open(march, 'zh-CN', 1280);
    await statisticsShown(page, 'zh-CN');
    await page.getByRole('combobox', { name: '省份' }).fill('上海');
    await page.locator('.ant-select-item-option').filter({ hasText: '上海市通信管理局' }).click();
    await page.waitForURL(/province=310000/);
    await page.locator('.statistics-kpi').filter({ hasText: '期间内收到的申请' }).getByText('1', { exact: true }).waitFor();
    assert.match(page.url(), /from=2026-03-01&to=2026-03-31/);
    await page.context().close();
  });

  it('shows the overdue initial review of the second provider in red figures', async () => {
    const { page } = await open(march, 'en', 1280);
    await statisticsShown(page, 'en');
    const card = page.locator('.statistics-kpi').filter({ hasText: 'Waiting for initial review' });
    assert.match(await card.innerText(), /2\s+1 overdue/);
    assert.equal(await card.locator('.statistics-overdue').count(), 1);
    await page.context().close();
  });

  it('keeps ECharts off the public page and off the calendar editor', async () => {
    const publicPage = await open('/', 'zh-CN', 1280, false);
    await publicPage.page.getByRole('heading', { level: 1 }).waitFor();
    await publicPage.page.waitForLoadState('networkidle');
    assert.deepEqual(publicPage.scripts.filter((s) => /echarts|ministry-portal|statistics/.test(s)), []);
    await publicPage.page.context().close();
    const calendar = await open('/ministry/calendar', 'zh-CN', 1280);
    await calendar.page.getByRole('heading', { level: 1, name: '工作日日历' }).waitFor();
    await calendar.page.waitForLoadState('networkidle');
    assert.deepEqual(calendar.scripts.filter((s) => s.includes('echarts')), []);
    await calendar.page.context().close();
  });

  it('adds and removes a calendar correction and declares a new year from the calendar editor', async () => {
    const { page } = await open('/ministry/calendar', 'en', 1280);
    await page.getByRole('heading', { level: 1, name: 'Working-day calendar' }).waitFor();
    await page.getByLabel('Date').fill('2026-03-04');
    await page.getByLabel('Date').press('Enter');
    await page.getByLabel('Note').fill('Local closure');
    await page.getByRole('button', { name: 'Save' }).click();
    const row = page.getByRole('row').filter({ hasText: '2026-03-04' });
    await row.filter({ hasText: 'Local closure' }).waitFor();
    assert.deepEqual(await h.store.db.selectFrom('calendar_overrides').select(['date', 'kind', 'name']).execute(), [{ date: '2026-03-04', kind: 'holiday', name: 'Local closure' }]);
    await row.getByRole('button', { name: 'Remove 2026-03-04' }).click();
    await page.getByRole('button', { name: 'OK' }).click();
    await row.waitFor({ state: 'detached' });
    assert.equal((await h.store.db.selectFrom('calendar_overrides').select('date').execute()).length, 0);

    // Loading 2031, which the built-in data has no schedule for: its statutory days off are prefilled for review.
    await page.getByRole('spinbutton', { name: 'Year' }).fill('2031');
    await page.getByRole('button', { name: 'Prefill the year' }).click();
    const draft = page.getByRole('region', { name: 'Days of 2031 to load' });
    // (Mid-Autumn falls on 10-01 in 2031; National Day's other days keep its name.)
    await draft.getByRole('row').filter({ hasText: '2031-10-02' }).filter({ hasText: 'National Day' }).waitFor();
    assert.ok(await page.getByText("make-up working days the State Council's notice sets").isVisible(), 'the ministry is told to add the make-up working days');
    const prefilled = await draft.getByRole('row').filter({ hasText: /^2031-/ }).count();
    assert.ok(prefilled >= 13, `${prefilled} statutory days prefilled`);
    // It adds a make-up working day and drops one day, then confirms.
    // Enter in the date field takes the typed date and adds the day, so the note is written first.
    await page.getByLabel('Festival').fill('National Day make-up');
    await page.getByLabel('Day to add').fill('2031-09-27');
    await page.getByLabel('Day to add').press('Enter');
    await draft.getByRole('row').filter({ hasText: '2031-09-27' }).waitFor();
    await draft.getByRole('button', { name: 'Remove 2031-01-01' }).click();
    await page.mouse.move(0, 0);
    await page.waitForTimeout(500);
    await page.screenshot({ path: new URL('ministry-calendar-en.png', screenshots).pathname, fullPage: true });
    assert.deepEqual(await seriousAccessibilityViolations(page), []);
    await page.getByRole('button', { name: `Confirm and load 2031 (${prefilled} days)` }).click();
    await page.getByRole('button', { name: 'OK' }).click();
    await page.getByText('2031', { exact: true }).waitFor();
    assert.ok(await h.store.db.selectFrom('calendar_years').select('year').where('year', '=', 2031).executeTakeFirst());
    const loaded = await h.store.db.selectFrom('calendar_overrides').select(['date', 'kind', 'name']).where('date', 'like', '2031-%').orderBy('date').execute();
    assert.equal(loaded.length, prefilled);
    assert.deepEqual(loaded.find((d) => d.date === '2031-09-27'), { date: '2031-09-27', kind: 'workday', name: 'National Day make-up' });
    assert.deepEqual(loaded.find((d) => d.date === '2031-10-02'), { date: '2031-10-02', kind: 'holiday', name: '国庆节' });
    assert.equal(loaded.find((d) => d.date === '2031-01-01'), undefined, 'the day removed from the list is not loaded');
    await page.context().close();
  });

  it('shows the calendar editor with a prefilled year in Chinese, at 1280 and 390 px', async () => {
    for (const width of [1280, 390]) {
      const { page } = await open('/ministry/calendar', 'zh-CN', width);
      await page.getByRole('heading', { level: 1, name: '工作日日历' }).waitFor();
      await page.getByRole('spinbutton', { name: '年份' }).fill('2032');
      await page.getByRole('button', { name: '预填该年' }).click();
      await page.getByRole('region', { name: '2032 年待载入的日期' }).getByRole('row').filter({ hasText: '2032-10-01' }).waitFor();
      await page.waitForLoadState('networkidle');
      // The pointer leaves the button it pressed, whose hover colours would otherwise be scanned.
      await page.mouse.move(0, 0);
      await page.waitForTimeout(500);
      if (width === 1280) await page.screenshot({ path: new URL('ministry-calendar-zh-CN.png', screenshots).pathname, fullPage: true });
      else {
        const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
        assert.ok(overflow <= 0, `${overflow}px wider than a 390px screen`);
        await page.screenshot({ path: new URL('ministry-calendar-zh-CN-390.png', narrowShots).pathname, fullPage: true });
      }
      assert.deepEqual(await seriousAccessibilityViolations(page), [], `${width} px`);
      await page.context().close();
    }
  });
});
