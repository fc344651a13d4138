// Page weight and time to content: `npm run bench:pages`. Builds the portals when stale, starts `bin/beian serve`
// (embedded PGlite, demo data) on a fresh data directory, and loads each page in Debian's Chromium ROUNDS times
// (interleaved, each in a new browser context, so the HTTP cache is cold): the public filing page (/filings/{number},
// rendered by the server), the public home page (/, the React app's public entry) and two consoles signed in (the
// provider's review queue and the ministry's statistics). Per page: the bytes of JavaScript, CSS and HTML sent over
// the wire (the response bodies as transferred: Beian sends its assets brotli- or gzip-compressed as the browser
// accepts) and unpacked, the content encodings seen, and the time from navigation start to the page's content being drawn (the first animation frame after the content
// element exists). Also the size of every built script and style sheet together (the whole portal bundle).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { buildWeb } from '../scripts/build-web.mjs';

const root = resolve(import.meta.dirname, '..');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const PORT = Number(process.env.BENCH_PORT ?? 3107);
const base = `http://127.0.0.1:${PORT}`;
const chromiumPath = process.env.BEIAN_CHROMIUM ?? '/usr/bin/chromium';

interface PageCase {
  name: string;
  path: string;
  /** The element whose drawing counts as the content being shown. */
  content: string;
  login?: string;
}

interface Sample {
  js: number;
  css: number;
  html: number;
  jsSent: number;
  cssSent: number;
  htmlSent: number;
  encodings: Set<string>;
  requests: number;
  contentMs: number;
}

const gzip = (bytes: Buffer) => gzipSync(bytes, { level: 6 }).length;
const brotliOf = (path: string) => {
  try {
    return statSync(`${path}.br`).size;
  } catch {
    return statSync(path).size;
  }
};
const kib = (bytes: number) => (bytes / 1024).toFixed(1);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function startServer(dataDir: string) {
  const child = spawn(process.execPath, [join(root, 'bin/beian'), 'serve'], {
    env: { ...process.env, BEIAN_DATA_DIR: dataDir, PORT: String(PORT), HOST: '127.0.0.1', BEIAN_LOG_LEVEL: 'warn', DATABASE_URL: '', BEIAN_DEMO: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`beian serve exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) return child;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > 180_000) throw new Error('no answer from /healthz within 180 s');
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function signIn(login: string): Promise<{ name: string; value: string }> {
  const response = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login, password: 'beian-demo' }) });
  if (!response.ok) throw new Error(`sign-in as ${login}: ${response.status}`);
  const [name, value] = response.headers.getSetCookie()[0]!.split(';')[0]!.split('=') as [string, string];
  return { name, value };
}

async function measure(browser: Browser, page: PageCase, cookies: Map<string, { name: string; value: string }>): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'zh-CN' });
  if (page.login) await context.addCookies([{ ...cookies.get(page.login)!, url: base }]);
  const tab = await context.newPage();
  const bodies: Promise<void>[] = [];
  const sample: Sample = { js: 0, css: 0, html: 0, jsSent: 0, cssSent: 0, htmlSent: 0, encodings: new Set(), requests: 0, contentMs: Number.NaN };
  tab.on('response', (response) => {
    const type = response.request().resourceType();
    sample.requests += 1;
    bodies.push(
      Promise.all([response.body(), response.request().sizes(), response.headerValue('content-encoding')])
        .then(([body, sizes, encoding]) => {
          const kind = type === 'script' ? 'js' : type === 'stylesheet' ? 'css' : type === 'document' ? 'html' : null;
          if (!kind) return;
          sample[kind] += body.length;
          sample[`${kind}Sent`] += sizes.responseBodySize;
          sample.encodings.add(encoding ?? 'identity');
        })
        .catch(() => {}),
    );
  });
  // From the moment the document is committed, every animation frame (just before the browser draws it) checks whether
  // the content element exists: the time of the first frame that has it is when the content is drawn.
  await tab.goto(`${base}${page.path}`, { waitUntil: 'commit' });
  const drawn = await tab.waitForFunction(
    (selector: string) => {
      const w = globalThis as unknown as { document: { querySelector(s: string): unknown }; performance: { now(): number } };
      return w.document.querySelector(selector) ? w.performance.now() : 0;
    },
    page.content,
    { timeout: 60_000, polling: 'raf' },
  );
  sample.contentMs = (await drawn.jsonValue()) as number;
  await tab.waitForLoadState('networkidle');
  await Promise.all(bodies);
  await context.close();
  return sample;
}

function bundleTotals() {
  const assets = join(root, 'web', 'dist', 'assets');
  const totals = { js: 0, css: 0, jsGzip: 0, cssGzip: 0, jsBrotli: 0, cssBrotli: 0, files: 0 };
  for (const name of readdirSync(assets)) {
    const path = join(assets, name);
    if (!statSync(path).isFile()) continue;
    const body = readFileSync(path);
    const kind = name.endsWith('.js') ? 'js' : name.endsWith('.css') ? 'css' : null;
    if (!kind) continue;
    totals[kind] += body.length;
    totals[`${kind}Gzip`] += gzip(body);
    totals[`${kind}Brotli`] += brotliOf(path);
    totals.files += 1;
  }
  return totals;
}

await buildWeb();
const dataDir = mkdtempSync(join(tmpdir(), 'beian-bench-pages-'));
const server = await startServer(dataDir);
const browser = await chromium.launch({
  executablePath: chromiumPath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const latest = (await (await fetch(`${base}/api/v1/public/filings?limit=1&kind=service`)).json()) as { items: { number: string }[] };
  const number = latest.items[0]!.number;
  const pages: PageCase[] = [
    { name: 'public filing page `/filings/{number}`', path: `/filings/${encodeURIComponent(number)}`, content: '#filing-title' },
    { name: 'public home `/` (React app entry)', path: '/', content: '#home-title' },
    { name: 'provider console `/review`', path: '/review', content: '.ant-table-tbody > tr', login: 'provider' },
    { name: 'ministry console `/ministry` (charts drawn)', path: '/ministry?period=all', content: '.comparison [role=img] svg', login: 'ministry' },
  ];
  const cookies = new Map([
    ['provider', await signIn('provider')],
    ['ministry', await signIn('ministry')],
  ]);
  const samples = new Map<string, Sample[]>(pages.map((p) => [p.name, []]));
  const load = [loadavg()[0]!];
  await measure(browser, pages[0]!, cookies); // warm the server's own caches (the pages' first render), not the browser's
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const page of pages) samples.get(page.name)!.push(await measure(browser, page, cookies));
  }
  load.push(loadavg()[0]!);
  const totals = bundleTotals();
  const rows = pages.map((page) => {
    const s = samples.get(page.name)!;
    // Bytes are the same every round; the time is the median.
    const first = s[0]!;
    return { page, first, ms: median(s.map((x) => x.contentMs)), min: Math.min(...s.map((x) => x.contentMs)) };
  });
  const baseline = rows.find((r) => r.page.login === 'provider')!;
  const lines = [
    `Machine: ${cpus().length} CPUs (${cpus()[0]?.model.trim()}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB; Node ${process.version}; Chromium ${browser.version()}; ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; load average ${load.map((l) => l.toFixed(1)).join(' → ')}.`,
    `Rounds: ${ROUNDS}, interleaved, each page in a new browser context (cold HTTP cache), 1280 × 860, zh-CN, localhost. Filing: ${number}.`,
    '',
    '| page | JS KiB sent (unpacked) | CSS KiB sent (unpacked) | HTML KiB sent (unpacked) | encodings | requests | content drawn, median ms (min) | JS sent × console | time × console |',
    '|---|---:|---:|---:|---|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.page.name} | ${kib(r.first.jsSent)} (${kib(r.first.js)}) | ${kib(r.first.cssSent)} (${kib(r.first.css)}) | ${kib(r.first.htmlSent)} (${kib(r.first.html)}) | ${[...r.first.encodings].sort().join(', ')} | ${r.first.requests} | ${r.ms.toFixed(0)} (${r.min.toFixed(0)}) | ${(r.first.jsSent / baseline.first.jsSent).toFixed(2)} | ${(r.ms / baseline.ms).toFixed(2)} |`,
    ),
    '',
    `Whole portal bundle (every built script and style sheet, ${totals.files} files): JS ${kib(totals.js)} KiB (${kib(totals.jsGzip)} gzip -6, ${kib(totals.jsBrotli)} brotli as built), CSS ${kib(totals.css)} KiB (${kib(totals.cssGzip)} gzip -6, ${kib(totals.cssBrotli)} brotli as built).`,
  ];
  const report = lines.join('\n');
  console.log(report);
  mkdirSync(join(root, '.tmp'), { recursive: true });
  writeFileSync(join(root, '.tmp', 'bench-pages.md'), `${report}\n`);
} finally {
  await browser.close();
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
}
