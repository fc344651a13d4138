import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { sessionCookie, seriousAccessibilityViolations, type Language } from '../support/browser.js';
import { checkScreen, narrowShots, useBrowserSuite } from '../support/browser-suite.js';

const text = {
  'zh-CN': { title: 'API 密钥', createTitle: '创建 API 密钥', create: '创建密钥', name: '名称', check: '批量核验', submit: '创建', stored: '我已保存密钥', revoke: '吊销', revoked: '已吊销' },
  en: { title: 'API keys', createTitle: 'Create an API key', create: 'Create a key', name: 'Name', check: 'Bulk checks', submit: 'Create', stored: 'I have stored the key', revoke: 'Revoke', revoked: 'Revoked' },
} as const;

/** Waits until no dialog is still zooming in or out, so a screenshot shows it as people see it. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction("!document.querySelector('[class*=ant-zoom-]')");
}

describe('the API keys page of the provider and platform console', () => {
  const suite = useBrowserSuite();
  let cookie: string;
  before(async () => {
    cookie = await sessionCookie(suite.h.baseUrl, 'provider');
  });

  async function open(language: Language, width: number): Promise<Page> {
    const page = await suite.page('/review/keys', { width, language, cookie });
    await page.getByRole('heading', { level: 1, name: text[language].title }).waitFor();
    await page.waitForLoadState('networkidle');
    return page;
  }

  async function createThroughForm(page: Page, language: Language, label: string): Promise<string> {
    const t = text[language];
    await page.getByRole('button', { name: t.create }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(t.name).fill(label);
    await dialog.getByRole('checkbox', { name: new RegExp(t.check) }).check();
    await dialog.getByRole('button', { name: t.submit, exact: true }).click();
    const secret = page.getByTestId('new-key');
    await secret.waitFor();
    await page.getByRole('dialog', { name: t.createTitle }).waitFor({ state: 'hidden' });
    await settled(page);
    return (await secret.innerText()).trim();
  }

  it('creates a key with scopes, shows its secret once, lists it and revokes it', async () => {
    const page = await open('en', 1280);
    const key = await createThroughForm(page, 'en', 'store nightly check');
    assert.match(key, /^bk_[A-Za-z0-9_-]{43}$/);
    const created = (await suite.h.anonymous.request<{ items: unknown[] }>('GET', '/api/v1/api-keys', undefined, { authorization: `Bearer ${key}` })).body;
    assert.ok(created, 'the key authenticates');
    const lookup = await suite.h.anonymous.request<{ error: { code: string } }>('GET', '/api/v1/public/filings/unknown', undefined, { authorization: `Bearer ${key}` });
    assert.equal(lookup.body.error.code, 'NOT_FOUND', 'the new key is accepted');
    await page.getByRole('button', { name: text.en.stored }).click();
    await page.getByTestId('new-key').waitFor({ state: 'detached' });
    assert.equal(await page.getByText(key).count(), 0, 'the secret is not shown again');
    const row = page.getByRole('row').filter({ hasText: 'store nightly check' });
    assert.match(await row.innerText(), /Mar 2, 2026/, "created on the server's clock");
    await row.waitFor();
    assert.match(await row.innerText(), /Lookups[\s\S]*Bulk checks/);
    assert.match(await row.innerText(), /600 requests a minute/);
    await row.getByRole('button', { name: `${text.en.revoke} store nightly check` }).click();
    await page.getByRole('tooltip').getByRole('button', { name: text.en.revoke }).click();
    await row.getByText(text.en.revoked).waitFor();
    const refused = await suite.h.anonymous.request<{ error: { code: string } }>('GET', '/api/v1/public/filings/unknown', undefined, { authorization: `Bearer ${key}` });
    assert.equal(refused.body.error.code, 'UNAUTHENTICATED');
    await page.context().close();
  });

  it('reads well in zh-CN and English at 1280 and 390 px, with no serious accessibility violation', async () => {
    for (const language of ['zh-CN', 'en'] as const) {
      const wide = await open(language, 1280);
      await createThroughForm(wide, language, language === 'en' ? 'terminal preinstall report' : '终端预置应用报送');
      await wide.screenshot({ path: new URL(`keys-created-${language}.png`, narrowShots).pathname });
      assert.deepEqual(await seriousAccessibilityViolations(wide), [], `created dialog ${language}`);
      await wide.getByRole('button', { name: text[language].stored }).click();
      await wide.getByTestId('new-key').waitFor({ state: 'detached' });
      await checkScreen(wide, 'keys', language);
      await wide.getByRole('button', { name: text[language].create }).click();
      await wide.getByRole('dialog').getByLabel(text[language].name).waitFor();
      await settled(wide);
      await wide.screenshot({ path: new URL(`keys-form-${language}.png`, narrowShots).pathname });
      await wide.context().close();

      const narrow = await open(language, 390);
      await checkScreen(narrow, 'keys', language);
      await createThroughForm(narrow, language, 'narrow');
      await narrow.screenshot({ path: new URL(`keys-created-${language}-390.png`, narrowShots).pathname });
      await narrow.context().close();
    }
  });
});
