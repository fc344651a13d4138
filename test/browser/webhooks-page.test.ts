import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { fanOutWebhookEvents } from '../../src/flows/webhooks/fan-out-events.js';
import { deliverOutbox } from '../../src/jobs/deliver-outbox.js';
import { webhookGateway } from '../../src/jobs/webhooks/webhook-gateway.js';
import { numberAllFilingEvents } from '../../src/store/filing-events.js';
import { launchBrowser, openContext, seriousAccessibilityViolations, sessionCookie, type Language } from '../support/browser.js';
import { createHttpHarness, type HttpHarness } from '../support/http-harness.js';
import { fileSample } from '../support/lifecycle.js';

const screenshots = new URL('../../docs/screenshots/', import.meta.url);
const narrowShots = new URL('../../.tmp/screenshots/', import.meta.url);

const text = {
  'zh-CN': { heading: 'Webhook 订阅', url: '接收地址', create: '创建订阅', secret: '仅显示这一次', replay: '重新投递', replayed: '已安排重新投递', delivered: '已送达', retrying: '待重试' },
  en: { heading: 'Webhook subscriptions', url: 'Endpoint URL', create: 'Subscribe', secret: 'shown only now', replay: 'Send again', replayed: 'will be sent again', delivered: 'Delivered', retrying: 'Retrying' },
} as const;

describe('the webhooks page of the provider console in Chromium', () => {
  let h: HttpHarness;
  let browser: Browser;
  let receiver: Server;
  let receiverUrl: string;
  let cookie: string;
  const answers: number[] = [];
  before(async () => {
    browser = await launchBrowser();
    h = await createHttpHarness();
    receiver = createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        response.statusCode = answers.shift() ?? 204;
        response.end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/beian`;
    cookie = await sessionCookie(h.baseUrl, 'provider');
    mkdirSync(screenshots, { recursive: true });
    mkdirSync(narrowShots, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await h?.close();
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  });

  const runJobs = async () => {
    await numberAllFilingEvents(h.store.db);
    while ((await fanOutWebhookEvents(h.store.db, h.deps.now())) > 0);
    const gateways = { webhook: webhookGateway(h.store.db, { allowPrivateAddresses: true, now: h.deps.now, timeoutMs: 5000 }) };
    while ((await deliverOutbox(h.deps, gateways)) > 0);
  };

  it('subscribes through the form, shows the secret once, and lists deliveries with a replay', async () => {
    const context = await openContext(browser, h.baseUrl, { width: 1280, language: 'en', cookie });
    const page = await context.newPage();
    await page.goto('/review/webhooks');
    await page.getByRole('heading', { level: 1, name: text.en.heading }).waitFor();
    await page.getByLabel(text.en.url).fill(receiverUrl);
    await page.getByRole('button', { name: text.en.create }).click();
    await page.getByText(text.en.secret).waitFor();
    const secret = await page.locator('.webhook-secret').first().innerText();
    assert.match(secret, /^whsec_/);
    await context.close();

    answers.push(500);
    await fileSample(h, 1);
    await runJobs();

    const again = await openContext(browser, h.baseUrl, { width: 1280, language: 'en', cookie });
    const log = await again.newPage();
    await log.goto('/review/webhooks');
    await log.getByText(text.en.retrying).first().waitFor();
    assert.equal(await log.getByText(secret).count(), 0, 'the secret is not shown again');
    await log.getByRole('button', { name: new RegExp(`^${text.en.replay}`) }).first().click();
    await log.getByText(text.en.replayed).waitFor();
    await again.close();
  });

  it('shows the page in zh-CN and English at 1280 and 390 px, with no serious accessibility violation', async () => {
    await runJobs();
    for (const language of ['zh-CN', 'en'] as Language[]) {
      for (const width of [1280, 390]) {
        const context = await openContext(browser, h.baseUrl, { width, language, cookie });
        const page = await context.newPage();
        await page.goto('/review/webhooks');
        await page.getByRole('heading', { level: 1, name: text[language].heading }).waitFor();
        await page.getByText(text[language].delivered).first().waitFor();
        await page.waitForLoadState('networkidle');
        if (width === 1280) {
          assert.deepEqual(await seriousAccessibilityViolations(page), [], language);
          await page.screenshot({ path: new URL(`webhooks-${language}.png`, screenshots).pathname, fullPage: true });
        } else {
          const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
          assert.ok(overflow <= 0, `${language} is ${overflow}px wider than a 390px screen`);
          await page.screenshot({ path: new URL(`webhooks-${language}-390.png`, narrowShots).pathname, fullPage: true });
        }
        await context.close();
      }
    }
  });
});
