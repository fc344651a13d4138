import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { sampleFirstFiling } from '../../src/store/seed/sample-filing.js';
import { launchBrowser, openContext, sessionCookie } from '../support/browser.js';
import { createHttpHarness, type HttpHarness } from '../support/http-harness.js';
import { applicationState, createAndSubmit, toBureauReview } from '../support/lifecycle.js';

describe('reviewing through the consoles in Chromium', () => {
  let h: HttpHarness;
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
    h = await createHttpHarness();
  });
  after(async () => {
    await browser?.close();
    await h?.close();
  });

  it('the provider returns with a reason at one field; the applicant sees it at that field and resubmits; the provider passes it', async () => {
    const body = sampleFirstFiling({ n: 11, provinceCode: '110000', channelId: h.parties.providers[0] });
    const id = await createAndSubmit(h, body);
    const field = 'services[0].featureInfo[0].signatureMd5';

    const provider = await openContext(browser, h.baseUrl, { width: 1280, language: 'zh-CN', cookie: await sessionCookie(h.baseUrl, 'provider') });
    const page = await provider.newPage();
    await page.goto('/review');
    await page.getByRole('link', { name: body.subject!.name }).click();
    await page.waitForURL(`**/review/applications/${id}`);
    await page.locator(`[data-field="${field}"]`).getByText(body.services![0]!.featureInfo![0]!.signatureMd5!).waitFor();
    // Cities and districts read by name, each after the division it lies in.
    await page.locator('[data-field="subject.city"]').getByText('北京市 · 北京市辖区').waitFor();
    await page.locator('[data-field="subject.district"]').getByText('北京市辖区 · 东城区').waitFor();
    await page.getByRole('button', { name: '退回' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('退回原因 1 · 字段').fill(field);
    await page.keyboard.press('Enter');
    await dialog.getByLabel('原因', { exact: true }).fill('SIGNATURE_MD5_FORMAT');
    await page.keyboard.press('Enter');
    await dialog.getByLabel('审核意见').fill('签名MD5与安装包不一致，请从安装包重新读取');
    await dialog.getByRole('button', { name: '确认退回' }).click();
    await page.getByText('初审退回').first().waitFor();
    assert.equal(await applicationState(h, id), 'provider_returned');
    await page.screenshot({ path: new URL('../../.tmp/screenshots/review-detail-zh-CN.png', import.meta.url).pathname, fullPage: true });

    const applicant = await openContext(browser, h.baseUrl, { width: 390, language: 'en', cookie: await sessionCookie(h.baseUrl, 'applicant') });
    const mine = await applicant.newPage();
    await mine.goto(`/apply/applications/${id}`);
    const atField = mine.locator(`[data-field="${field}"]`);
    await atField.getByRole('alert').waitFor();
    assert.match(await atField.innerText(), /签名MD5与安装包不一致/);
    await mine.screenshot({ path: new URL('../../.tmp/screenshots/apply-returned-en-390.png', import.meta.url).pathname, fullPage: true });
    await mine.getByRole('button', { name: 'Submit' }).click();
    // Submitted: the API no longer offers submit (the timeline already named the earlier review state).
    await mine.getByRole('button', { name: 'Submit' }).waitFor({ state: 'detached' });
    assert.equal(await applicationState(h, id), 'provider_review');

    await page.reload();
    await page.getByRole('button', { name: '初审通过' }).click();
    await page.getByRole('button', { name: /确\s*定|OK/ }).click();
    await page.getByText('短信核验中').first().waitFor();
    assert.equal(await applicationState(h, id), 'sms_pending');
    await provider.close();
    await applicant.close();
  });

  it('the bureau approves an application from its queue and the number is public', async () => {
    const body = sampleFirstFiling({ n: 12, provinceCode: '110000', channelId: h.parties.providers[0] });
    const id = await toBureauReview(h, body);
    const bureau = await openContext(browser, h.baseUrl, { width: 1280, language: 'en', cookie: await sessionCookie(h.baseUrl, 'bureau-bj') });
    const page = await bureau.newPage();
    await page.goto('/bureau');
    await page.getByRole('link', { name: body.subject!.name }).click();
    await page.waitForURL(`**/bureau/applications/${id}`);
    await page.getByRole('button', { name: 'Approve', exact: true }).click();
    await page.getByRole('button', { name: 'OK' }).click();
    await page.getByText('Approved', { exact: true }).first().waitFor();
    assert.equal(await applicationState(h, id), 'approved');
    const filing = await h.store.db.selectFrom('filings').innerJoin('services', 'services.id', 'filings.service_id').select('filings.number').where('services.name', '=', body.services![0]!.name).executeTakeFirstOrThrow();
    const publicPage = await bureau.newPage();
    const response = await publicPage.goto(`/filings/${encodeURIComponent(filing.number)}`);
    assert.equal(response?.status(), 200);
    assert.ok(await publicPage.getByText(filing.number).first().isVisible());
    await bureau.close();
  });
});
