import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildWeb } from '../../scripts/build-web.mjs';

/** Debian's Chromium; browsers are never downloaded. */
export const chromiumPath = process.env.BEIAN_CHROMIUM ?? '/usr/bin/chromium';

/** Builds the portals if stale and starts a headless Chromium. */
export async function launchBrowser(): Promise<Browser> {
  await buildWeb();
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Signs a test account in through the API (the harness's password) and returns its session cookie. */
export async function sessionCookie(baseUrl: string, login: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password: 'test-password' }),
  });
  if (response.status !== 200) throw new Error(`sign-in as ${login} answered ${response.status}`);
  return response.headers.getSetCookie()[0]!.split(';')[0]!;
}

export type Language = 'zh-CN' | 'en';

/** A browser context at a width, in a language (the portals remember the choice in localStorage), optionally signed in. */
export async function openContext(browser: Browser, baseUrl: string, options: { width: number; language: Language; cookie?: string }): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: options.width, height: 860 }, locale: options.language, bypassCSP: true });
  // The suite runs the browser beside the servers and other test files on a couple of CPUs: a step may wait longer
  // than Playwright's 30 s default there without anything being wrong.
  context.setDefaultTimeout(90_000);
  // Runs in the page (no DOM types here): remember the language as the portals' switch does.
  await context.addInitScript((lang) => (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage.setItem('beian.lang', lang), options.language);
  if (options.cookie) {
    const [name, value] = options.cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: baseUrl }]);
  }
  return context;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[] }>;
}

/** axe-core's WCAG 2 A/AA scan of the page as it stands; the serious and critical violations. */
export async function seriousAccessibilityViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const page = globalThis as unknown as { document: unknown; axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } };
    const result = await page.axe.run(page.document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
