import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { providerApprove } from '../../src/flows/provider-approve.js';
import { returnApplication } from '../../src/flows/return-application.js';
import { sampleFirstFiling } from '../../src/store/seed/sample-filing.js';
import { launchBrowser, openContext, sessionCookie, type Language } from '../support/browser.js';
import { confirmAllSms } from '../support/drive.js';
import { createHttpHarness, type HttpHarness } from '../support/http-harness.js';
import { applicationState } from '../support/lifecycle.js';
import { bureauApprove } from '../../src/flows/bureau-approve.js';

const apk = new URL('../fixtures/apk/rsa-v1v2v3.apk', import.meta.url).pathname;
const rsaMd5 = /\[rsa\][\s\S]*?cert_md5=(\w+)/.exec(readFileSync(new URL('../fixtures/apk/oracle/keys.txt', import.meta.url), 'utf8'))![1]!;
const screenshots = new URL('../../docs/screenshots/', import.meta.url);

describe('the applicant portal in Chromium', () => {
  let h: HttpHarness;
  let browser: Browser;
  let cookie: string;
  before(async () => {
    browser = await launchBrowser();
    h = await createHttpHarness();
    cookie = await sessionCookie(h.baseUrl, 'applicant');
    mkdirSync(screenshots, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await h?.close();
  });

  async function applicantPage(language: Language, width = 1280): Promise<Page> {
    const context = await openContext(browser, h.baseUrl, { width, language, cookie });
    return context.newPage();
  }

  /** A first filing saved as a draft without feature info: the package fills it in the wizard. */
  async function draftWithoutFeatureInfo(n: number): Promise<{ id: string; body: ReturnType<typeof sampleFirstFiling> }> {
    const body = sampleFirstFiling({ n, provinceCode: '110000', channelId: h.parties.providers[0] });
    body.services![0]!.featureInfo = [];
    const applicant = await h.signIn('applicant', 'test-password');
    const created = await applicant.request<{ id: string }>('POST', '/api/v1/applications', body);
    assert.equal(created.status, 201, created.text);
    return { id: created.body.id, body };
  }

  it('files a first filing through the wizard: the package fills feature info, a return reason shows at its field, the fix is resubmitted', async () => {
    const { id, body } = await draftWithoutFeatureInfo(31);
    const page = await applicantPage('zh-CN');
    // The page counts working days from the same moment the server's clock stands at.
    await page.clock.setFixedTime(h.clock.now);
    await page.goto(`/apply/applications/${id}/edit`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('button', { name: '特征信息' }).click();
    await page.locator('[data-testid="package-drop"] input[type="file"]').setInputFiles(apk);
    await page.getByTestId('package-certificate').waitFor();
    await page.evaluate('document.fonts.ready');
    await page.screenshot({ path: new URL('apply-wizard-zh-CN.png', screenshots).pathname, fullPage: true });
    const packageField = page.locator('[data-field="services[0].featureInfo[0].packageName"] input');
    await packageField.waitFor();
    assert.equal(await packageField.inputValue(), 'cn.example.filinglab');
    assert.equal(await page.locator('[data-field="services[0].featureInfo[0].signatureMd5"] input').inputValue(), rsaMd5);
    await page.getByRole('button', { name: '核对并提交' }).click();
    await page.getByRole('button', { name: /^提交初审/ }).click();
    await page.waitForURL(`**/apply/applications/${id}`);
    assert.equal(await applicationState(h, id), 'provider_review');

    const field = 'services[0].featureInfo[0].signatureMd5';
    await returnApplication(h.deps, h.actors.provider, { applicationId: id, by: 'provider', reasons: [{ code: 'SIGNATURE_MD5_FORMAT', path: field, note: '签名与上架版本不一致' }] });
    await page.goto(`/apply/applications/${id}/edit`);
    await page.getByRole('button', { name: '特征信息' }).click();
    const atField = page.locator(`[data-field="${field}"]`);
    await atField.getByText('签名与上架版本不一致').waitFor();
    await atField.locator('input').fill(rsaMd5.toUpperCase());
    await page.getByRole('button', { name: '核对并提交' }).click();
    await page.getByRole('button', { name: /^提交初审/ }).click();
    await page.waitForURL(`**/apply/applications/${id}`);
    assert.equal(await applicationState(h, id), 'provider_review');
    // The initial review's deadline: a date and the working days left on the server's calendar.
    const deadline = page.getByTestId('stage-deadline');
    await deadline.getByText('剩余工作日').waitFor();
    assert.match(await deadline.innerText(), /\d{4}-\d{2}-\d{2} \d{2}:\d{2}[\s\S]*剩余工作日\s*[1-9]\d*\s*天/);

    await providerApprove(h.deps, h.actors.provider, { applicationId: id });
    await confirmAllSms(h, id);
    await bureauApprove(h.deps, h.actors.beijingBureau, { applicationId: id });
    assert.equal(await applicationState(h, id), 'approved');
    const number = (await h.store.db.selectFrom('filings').innerJoin('services', 'services.id', 'filings.service_id').select('filings.number').where('services.name', '=', body.services![0]!.name).executeTakeFirstOrThrow()).number;

    // The display kit: the snippets name the number and link to its public page, which answers.
    await page.reload();
    const kit = page.getByTestId('display-kit');
    await kit.waitFor();
    const footer = await kit.locator('[data-snippet="html"]').innerText();
    const link = `${h.baseUrl}/filings/${encodeURIComponent(number)}`;
    assert.ok(footer.includes(number), footer);
    assert.ok(footer.includes(`href="${link}"`), footer);
    assert.equal(await kit.locator('svg').count() >= 1, true, 'a QR code is drawn');
    assert.equal((await fetch(link)).status, 200);
    await page.evaluate('document.fonts.ready');
    await page.screenshot({ path: new URL('apply-display-kit-zh-CN.png', screenshots).pathname, fullPage: true });
    await page.context().close();
  });

  it('shows a pre-check error at its field as the applicant types, with the fix', async () => {
    const { id } = await draftWithoutFeatureInfo(32);
    const page = await applicantPage('en');
    await page.goto(`/apply/applications/${id}/edit`);
    await page.getByRole('button', { name: 'Main responsible person' }).click();
    const mobile = page.locator('[data-field="subject.mainPerson.mobile"]');
    await mobile.locator('input').fill('12345');
    const note = mobile.locator('.field-note-error');
    await note.waitFor();
    assert.match(await note.innerText(), /\S/);
    assert.ok(await mobile.locator('.field-fix').count(), 'the finding carries its fix');
    await page.evaluate('document.fonts.ready');
    await page.screenshot({ path: new URL('apply-wizard-en.png', screenshots).pathname, fullPage: true });
    await page.setViewportSize({ width: 390, height: 860 });
    await note.waitFor();
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    assert.ok(overflow <= 0, `the wizard is ${overflow}px wider than a 390px screen`);
    await page.screenshot({ path: new URL('../../.tmp/screenshots/apply-wizard-en-390.png', import.meta.url).pathname, fullPage: true });
    await page.context().close();
  });

  it('refuses a save from a tab that did not see the other tab’s save, and says so', async () => {
    const { id } = await draftWithoutFeatureInfo(33);
    const first = await applicantPage('zh-CN');
    const second = await applicantPage('zh-CN');
    for (const page of [first, second]) {
      await page.goto(`/apply/applications/${id}/edit`);
      await page.locator('[data-field="subject.address"] input').waitFor();
    }
    await first.locator('[data-field="subject.address"] input').fill('建设路 1 号 A 座');
    await first.getByRole('button', { name: '保存草稿' }).click();
    await first.getByText('已保存 · 第 2 版').waitFor();
    await second.locator('[data-field="subject.address"] input').fill('建设路 2 号 B 座');
    await second.getByRole('button', { name: '保存草稿' }).click();
    await second.getByTestId('version-conflict').waitFor();
    const stored = await h.store.db.selectFrom('applications').select(['payload', 'version']).where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal((stored.payload as { subject: { address: string } }).subject.address, '建设路 1 号 A 座');
    assert.equal(stored.version, 2);
    await second.getByRole('button', { name: '载入最新版本' }).click();
    await second.getByText('已保存 · 第 2 版').waitFor();
    assert.equal(await second.locator('[data-field="subject.address"] input').inputValue(), '建设路 1 号 A 座');
    await first.context().close();
    await second.context().close();
  });
});
