import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { providerApprove } from '../../src/flows/provider-approve.js';
import { sampleFirstFiling } from '../../src/store/seed/sample-filing.js';
import { launchBrowser, openContext, seriousAccessibilityViolations } from '../support/browser.js';
import { sentSmsCodes } from '../support/flow-harness.js';
import { createHttpHarness, type HttpHarness } from '../support/http-harness.js';
import { createAndSubmit } from '../support/lifecycle.js';

const narrowShots = new URL('../../.tmp/screenshots/', import.meta.url);

describe('the SMS verification page in Chromium', () => {
  let h: HttpHarness;
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
    h = await createHttpHarness({ rateLimits: { login: 100, smsVerify: 1000 } });
    mkdirSync(narrowShots, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await h?.close();
  });

  it('takes a wrong code with the attempts left, sends a new code with its wait counted down, and confirms with it', async () => {
    const body = sampleFirstFiling({ n: 801, channelId: h.parties.providers[0] });
    const applicationId = await createAndSubmit(h, body);
    await providerApprove(h.deps, h.actors.provider, { applicationId });
    const person = body.services![0]!.responsiblePerson;
    const tail = person.certificate.number.slice(-6);
    const first = (await sentSmsCodes(h)).get(person.mobile)!;

    const context = await openContext(browser, h.baseUrl, { width: 390, language: 'en' });
    const page = await context.newPage();
    await page.goto('/verify?lang=en');
    await page.getByRole('heading', { level: 1, name: 'APP filing: SMS verification' }).waitFor();
    assert.deepEqual(await seriousAccessibilityViolations(page), []);
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    assert.ok(overflow <= 0, `${overflow}px wider than a 390px screen`);
    await page.screenshot({ path: new URL('verify-en-390.png', narrowShots).pathname, fullPage: true });

    await page.getByLabel('Mobile number', { exact: true }).first().fill(person.mobile);
    await page.getByLabel('Verification code').fill(String((Number(first) + 1) % 1_000_000).padStart(6, '0'));
    await page.getByLabel('Last six characters of your certificate number').fill(tail);
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('alert').filter({ hasText: '5 more wrong entries in a row' }).waitFor();

    h.clock.now = new Date(h.clock.now.getTime() + 61_000);
    await page.locator('#resend-phone').fill(person.mobile);
    await page.getByRole('button', { name: 'Send a new code' }).click();
    await page.getByRole('status').filter({ hasText: 'A new code was sent' }).waitFor();
    const resend = page.locator('button[data-wait]');
    assert.ok(await resend.isDisabled(), 'the resend button waits out the interval');
    assert.match(await resend.innerText(), /\(\d+s\)/);
    await page.screenshot({ path: new URL('verify-resent-en-390.png', narrowShots).pathname, fullPage: true });

    const fresh = (await sentSmsCodes(h)).get(person.mobile)!;
    await page.locator('#phone').fill(person.mobile);
    await page.getByLabel('Verification code').fill(fresh);
    await page.getByLabel('Last six characters of your certificate number').fill(tail);
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('heading', { name: 'Your confirmation is recorded' }).waitFor();
    await context.close();
  });

  it('reads in Chinese at 1280 px', async () => {
    const context = await openContext(browser, h.baseUrl, { width: 1280, language: 'zh-CN' });
    const page = await context.newPage();
    await page.goto('/verify');
    await page.getByRole('heading', { level: 1, name: 'APP备案短信核验' }).waitFor();
    await page.screenshot({ path: new URL('verify-zh-CN-1280.png', narrowShots).pathname, fullPage: true });
    await context.close();
  });
});
