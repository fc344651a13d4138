import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { openContext, seriousAccessibilityViolations, type Language } from './browser.js';

/**
 * The later steps of the cross-role journey as people take them in the browser: a responsible person reads the code
 * in the developer inbox and confirms on the verification page the SMS names; the bureau signs in and approves on
 * its review page. Each step writes its screenshots to `shots` (a directory URL) as `<name>-<language>-<width>.png`.
 */

/** What the developer inbox shows for the newest SMS to a phone: its code, whom it asks to confirm, and its text. */
export interface InboxSms {
  code: string;
  forWhom: string;
  text: string;
}

async function shot(page: Page, shots: URL, name: string, language: Language, width: number, fullPage = true): Promise<void> {
  await page.evaluate('document.fonts.ready');
  await page.screenshot({ path: new URL(`${name}-${language}-${width}.png`, shots).pathname, fullPage });
}

/** Opens the developer inbox and reads the newest SMS sent to `phone` (the inbox lists the newest first). */
export async function smsInInbox(page: Page, phone: string): Promise<InboxSms> {
  await page.goto('/dev/inbox');
  const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: phone, exact: true }) }).first();
  await row.waitFor();
  const [code, forWhom, text] = await Promise.all([row.locator('td.code .value').innerText(), row.locator('td.for .value').innerText(), row.locator('td.text .value').innerText()]);
  assert.match(code, /^\d{6}$/, `the inbox shows the code for ${phone} on its own`);
  assert.ok(text.includes(code), 'the code shown is the one in the message');
  return { code, forWhom, text };
}

/** A six-digit code that is not `code`. */
export function wrongCode(code: string): string {
  return String((Number(code) + 1) % 1_000_000).padStart(6, '0');
}

/** Fills the verification page's form and submits it; resolves with the notice the page answers with. */
export async function enterOnVerifyPage(page: Page, entry: { phone: string; code: string; certificateTail: string }): Promise<{ title: string; body: string }> {
  const form = page.locator('form[action="/verify"]');
  await form.locator('#phone').fill(entry.phone);
  await form.locator('#code').fill(entry.code);
  await form.locator('#certificateTail').fill(entry.certificateTail);
  // The answer is a new page at the same address: mark this one so that its notice is not taken for the answer's.
  await page.evaluate('document.body.dataset.answered = "yes"');
  await form.locator('button[type="submit"]').click();
  const notice = page.locator('body:not([data-answered]) section.notice');
  await notice.waitFor();
  const [title, body] = await Promise.all([notice.locator('h2').innerText(), notice.locator('p').innerText()]);
  return { title, body };
}

export interface SmsConfirmation {
  /** The notice after a wrong code, then after the right one. */
  wrong: { title: string; body: string };
  confirmed: { title: string; body: string };
  inbox: InboxSms;
}

/**
 * One responsible person on a phone-sized screen: reads the newest code for their phone in the developer inbox,
 * opens the page the SMS names, enters a wrong code first and then the right one with their certificate's last six
 * characters. Screenshots of the page after each entry at 390 px and at 1280 px.
 */
export async function confirmBySmsInBrowser(
  browser: Browser,
  baseUrl: string,
  person: { mobile: string; certificateNumber: string },
  options: { language: Language; shots: URL; name: string; scanInbox?: boolean },
): Promise<SmsConfirmation> {
  const context = await openContext(browser, baseUrl, { width: 390, language: options.language });
  try {
    const page = await context.newPage();
    const inbox = await smsInInbox(page, person.mobile);
    if (options.scanInbox) assert.deepEqual(await seriousAccessibilityViolations(page), [], 'the developer inbox');
    await shot(page, options.shots, 'journey-inbox', options.language, 390);
    const named = /https?:\/\/\S+\/verify\b/.exec(inbox.text)?.[0];
    assert.ok(named, `the SMS names the verification page: ${inbox.text}`);
    // The SMS names the deployment's public address; the test server listens on a port of its own.
    await page.goto(new URL(named).pathname);
    const entry = { phone: person.mobile, certificateTail: person.certificateNumber.slice(-6) };
    const wrong = await enterOnVerifyPage(page, { ...entry, code: wrongCode(inbox.code) });
    await shot(page, options.shots, `${options.name}-wrong`, options.language, 390);
    await page.setViewportSize({ width: 1280, height: 860 });
    await shot(page, options.shots, `${options.name}-wrong`, options.language, 1280);
    await page.setViewportSize({ width: 390, height: 860 });
    const confirmed = await enterOnVerifyPage(page, { ...entry, code: inbox.code });
    await shot(page, options.shots, `${options.name}-done`, options.language, 390);
    return { wrong, confirmed, inbox };
  } finally {
    await context.close();
  }
}

/**
 * The bureau's reviewer signs in through `/sign-in` (in Chinese, 1280 px), opens the application from the queue by
 * its host's name and approves it on the review page. Screenshots of the review page before approval in both
 * languages at both widths (at 390 px the screen's first view, where the actions are), and after it.
 */
export async function approveAsBureau(
  browser: Browser,
  baseUrl: string,
  account: { login: string; password: string },
  application: { id: string; linkName: string },
  shots: URL,
): Promise<void> {
  const context = await openContext(browser, baseUrl, { width: 1280, language: 'zh-CN' });
  try {
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.getByLabel('账号').fill(account.login);
    await page.getByLabel('密码').fill(account.password);
    await page.getByRole('button', { name: /^登\s*录$/ }).click();
    await page.waitForURL('**/bureau');
    await page.getByRole('link', { name: application.linkName }).click();
    await page.waitForURL(`**/bureau/applications/${application.id}`);
    const approve = page.getByRole('button', { name: '审核通过', exact: true });
    await approve.waitFor();
    await shot(page, shots, 'journey-bureau', 'zh-CN', 1280);
    await page.setViewportSize({ width: 390, height: 860 });
    await shot(page, shots, 'journey-bureau', 'zh-CN', 390, false);
    await page.goto(`/bureau/applications/${application.id}?lang=en`);
    await page.getByRole('button', { name: 'Approve', exact: true }).waitFor();
    await shot(page, shots, 'journey-bureau', 'en', 390, false);
    await page.setViewportSize({ width: 1280, height: 860 });
    await shot(page, shots, 'journey-bureau', 'en', 1280);

    await page.goto(`/bureau/applications/${application.id}?lang=zh-CN`);
    await approve.click();
    await page.getByText('确认审核通过？').waitFor();
    await page.getByRole('button', { name: /^确\s*定$/ }).click();
    await page.getByText('操作成功').waitFor();
    await approve.waitFor({ state: 'detached' });
    await shot(page, shots, 'journey-bureau-approved', 'zh-CN', 1280);
  } finally {
    await context.close();
  }
}
