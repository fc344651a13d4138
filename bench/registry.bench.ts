// Registry throughput over HTTP: `npm run bench:registry` (PGlite) or `DATABASE_URL=postgres://… npm run bench:registry`.
// For each size in BENCH_SIZES (service filings, default 100000,1000000): a fresh database (a scratch database on the
// server, or a PGlite data directory in a temporary directory) filled by `demo generate`'s loader, then, against the
// real server on 127.0.0.1 and, in the same run, a bare Fastify route (the ceiling of this machine, client and HTTP
// stack): lookups by number for random numbers and for a hot set of 100, search latency for 1-, 2- and 4-character
// Chinese queries and package prefixes, and one bulk check of BENCH_CHECK_ROWS rows. Prints a Markdown table: one
// column per size and, with two sizes or more, the growth of each measure from the first to the last.
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest, Agent } from 'node:http';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { sql } from 'kysely';
import { loadConfig } from '../src/config/config.js';
import { buildApp } from '../src/http/build-app.js';
import { SESSION_COOKIE, newToken } from '../src/http/auth/tokens.js';
import { createFlowDeps } from '../src/runtime/create-flow-deps.js';
import { generateFilings } from '../src/runtime/synthetic/generate-filings.js';
import { migrateToLatest } from '../src/store/migrate.js';
import { openDatabase, type OpenDatabase } from '../src/store/open-database.js';
import { seedParties } from '../src/store/seed/seed-parties.js';
import { createScratchDatabase } from '../test/support/test-database.js';

const url = process.env.DATABASE_URL;
const SIZES = (process.env.BENCH_SIZES ?? '100000,1000000').split(',').map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 32);
const SEARCHES = Number(process.env.BENCH_SEARCHES ?? 200);
const CHECK_ROWS = Number(process.env.BENCH_CHECK_ROWS ?? 100000);

const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });

/** One request on a kept-alive connection; resolves with the status once the body is read. */
function get(base: string, path: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${base}${path}`, { agent, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Requests per second with CLIENTS concurrent clients for SECONDS, each request's path from `next`. */
async function throughput(base: string, next: () => string): Promise<{ perSecond: number; errors: number }> {
  const until = performance.now() + SECONDS * 1000;
  let done = 0;
  let errors = 0;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (performance.now() < until) {
        const status = await get(base, next());
        if (status === 200) done += 1;
        else errors += 1;
      }
    }),
  );
  return { perSecond: done / SECONDS, errors };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function latencies(base: string, paths: string[]): Promise<{ p50: number; p99: number }> {
  const times: number[] = [];
  for (const path of paths) {
    const started = performance.now();
    const status = await get(base, path);
    if (status !== 200) throw new Error(`${path} answered ${status}`);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}

/** Streams `rows` NDJSON check rows to POST /api/v1/checks and reads the answer; rows per second end to end. */
function bulkCheck(base: string, cookie: string, packages: string[], rows: number): Promise<{ perSecond: number; lines: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let lines = 0;
    const req = httpRequest(`${base}/api/v1/checks`, { method: 'POST', agent, headers: { 'content-type': 'application/x-ndjson', cookie } }, (res) => {
      res.on('data', (chunk: Buffer) => {
        for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines += 1;
      });
      res.on('end', () => resolve({ perSecond: rows / ((performance.now() - started) / 1000), lines }));
      res.on('error', reject);
    });
    req.on('error', reject);
    let sent = 0;
    const write = () => {
      while (sent < rows) {
        let chunk = '';
        for (let i = 0; i < 1000 && sent < rows; i += 1, sent += 1) chunk += `${JSON.stringify({ platform: 'android', packageName: packages[sent % packages.length] })}\n`;
        if (!req.write(chunk)) return void req.once('drain', write);
      }
      req.end();
    };
    write();
  });
}

async function openFresh(): Promise<{ store: OpenDatabase; databaseUrl?: string; drop(): Promise<void> }> {
  if (url) {
    const scratch = await createScratchDatabase(url);
    const store = await openDatabase({ databaseUrl: scratch.url, poolSize: CLIENTS + 4 });
    return { store, databaseUrl: scratch.url, drop: scratch.drop };
  }
  const dir = mkdtempSync(join(tmpdir(), 'beian-bench-registry-'));
  const store = await openDatabase({ dataDir: dir });
  return { store, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

const bare = Fastify();
bare.get('/bare/:number', async (request) => ({ number: (request.params as { number: string }).number, status: 'active' }));
const bareBase = await bare.listen({ port: 0, host: '127.0.0.1' });

const load = loadavg()[0]!.toFixed(1);
interface Measure {
  label: string;
  value: number;
  text: string;
}
const runs: { size: number; subjects: number; measures: Measure[] }[] = [];
let engine = 'PGlite (embedded, one connection)';
for (const size of SIZES) {
  const fresh = await openFresh();
  const { store } = fresh;
  try {
    await migrateToLatest(store.db as never);
    await seedParties(store.db);
    if (store.kind === 'postgres') {
      const version = await sql<{ v: string }>`select current_setting('server_version') as v`.execute(store.db);
      engine = `PostgreSQL ${version.rows[0]!.v} on the same machine, pool of ${CLIENTS + 4}`;
    }
    const loadStarted = performance.now();
    const generated = await generateFilings(store, { total: size, seed: 1, databaseUrl: fresh.databaseUrl });
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    console.error(`${size}: loaded in ${loadSeconds.toFixed(1)} s, load average ${loadavg()[0]!.toFixed(1)}`);
    if (store.kind === 'postgres') await sql`analyze`.execute(store.db);

    const config = { ...loadConfig({ BEIAN_LOG_LEVEL: 'silent', BEIAN_ANONYMOUS_LOOKUPS_PER_MINUTE: '100000000', BEIAN_SESSION_ROWS_PER_DAY: '100000000' }), demo: false };
    const deps = createFlowDeps(store.db, config);
    const app = await buildApp(deps, config);
    const base = await app.listen({ port: 0, host: '127.0.0.1' });

    const numbers = (await store.db.selectFrom('filings').select('number').where('kind', '=', 'service').orderBy(sql`random()`).limit(20000).execute()).map((r) => encodeURIComponent(r.number));
    const hot = numbers.slice(0, 100);
    const packages = (await store.db.selectFrom('service_features').select('package_name').where('platform', '=', 'android').orderBy(sql`random()`).limit(20000).execute()).map((r) => r.package_name);
    const names = (await store.db.selectFrom('services').select('name').orderBy(sql`random()`).limit(SEARCHES).execute()).map((r) => r.name);
    let i = 0;
    const pick = (list: string[]) => list[(i += 1) % list.length]!;
    const randomPick = (list: string[]) => list[Math.floor(Math.random() * list.length)]!;

    // Warm both servers, then measure them one after the other on the same client.
    await throughput(bareBase, () => `/bare/${pick(hot)}`);
    await throughput(base, () => `/api/v1/public/filings/${pick(hot)}`);
    const bareRate = await throughput(bareBase, () => `/bare/${randomPick(numbers)}`);
    const randomRate = await throughput(base, () => `/api/v1/public/filings/${randomPick(numbers)}`);
    const hotRate = await throughput(base, () => `/api/v1/public/filings/${randomPick(hot)}`);

    const search = (q: string) => `/api/v1/public/search?q=${encodeURIComponent(q)}`;
    const chars = [...names.join('')];
    const searches = {
      '1 character': names.map((_, k) => search(chars[(k * 7) % chars.length]!)),
      '2 characters': names.map((name) => search([...name].slice(0, 2).join(''))),
      '4 characters': names.map((name) => search([...name].slice(0, 4).join(''))),
      'package prefix': packages.slice(0, SEARCHES).map((p) => search(p.split('.').slice(0, 2).join('.'))),
    };
    const searchResults: [string, { p50: number; p99: number }][] = [];
    for (const [label, paths] of Object.entries(searches)) searchResults.push([label, await latencies(base, paths)]);

    const checker = await store.db.insertInto('users').values({ login: 'bench-checker', password_hash: 'x', role: 'checker', party_id: null, display_name: 'bench' }).returning('id').executeTakeFirstOrThrow();
    const session = newToken('s_');
    await store.db.insertInto('sessions').values({ token_hash: session.hash, user_id: checker.id, created_at: new Date(), expires_at: new Date(Date.now() + 3_600_000) }).execute();
    const check = await bulkCheck(base, `${SESSION_COOKIE}=${session.token}`, packages, CHECK_ROWS);

    const ratio = (value: number) => (value / bareRate.perSecond).toFixed(2);
    const errors = (r: { errors: number }) => (r.errors ? ` (${r.errors} errors)` : '');
    const measures: Measure[] = [
      { label: 'load: service filings/s with everything they carry', value: size / loadSeconds, text: `${Math.round(size / loadSeconds).toLocaleString('en')} (${loadSeconds.toFixed(1)} s)` },
      { label: `bare Fastify route, ${CLIENTS} clients (req/s)`, value: bareRate.perSecond, text: bareRate.perSecond.toFixed(0) },
      { label: 'GET /api/v1/public/filings/{number}, random numbers (req/s; ratio to bare)', value: randomRate.perSecond, text: `${randomRate.perSecond.toFixed(0)}${errors(randomRate)}; ${ratio(randomRate.perSecond)}` },
      { label: 'GET /api/v1/public/filings/{number}, hot set of 100 (req/s; ratio to bare)', value: hotRate.perSecond, text: `${hotRate.perSecond.toFixed(0)}${errors(hotRate)}; ${ratio(hotRate.perSecond)}` },
      ...searchResults.flatMap(([label, r]) => [
        { label: `search, ${label}: p50 (ms)`, value: r.p50, text: r.p50.toFixed(1) },
        { label: `search, ${label}: p99 (ms)`, value: r.p99, text: r.p99.toFixed(1) },
      ]),
      { label: `POST /api/v1/checks, ${CHECK_ROWS.toLocaleString('en')} NDJSON rows (rows/s)`, value: check.perSecond, text: `${check.perSecond.toFixed(0)}${check.lines === CHECK_ROWS ? '' : ` (${check.lines} result lines)`}` },
    ];
    runs.push({ size, subjects: generated.subjects, measures });
    console.error(`${size} (${engine}, load average ${loadavg()[0]!.toFixed(1)}):\n${measures.map((m) => `  ${m.label}: ${m.text}`).join('\n')}`);
    await app.close();
  } finally {
    await store.close();
    await fresh.drop();
  }
}
await bare.close();
agent.destroy();
// One column per size, and the growth of each measure from the first size to the last (last ÷ first: above 1 is more
// throughput or more latency).
const first = runs[0];
const last = runs[runs.length - 1];
const short = (n: number) => (n >= 1_000_000 && n % 1_000_000 === 0 ? `${n / 1_000_000}M` : n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n));
const growth = runs.length > 1 && first && last ? ` growth ${short(first.size)} → ${short(last.size)} |` : '';
const table = [
  `| measurement (${engine}) |${runs.map((r) => ` ${r.size.toLocaleString('en')} (${r.subjects.toLocaleString('en')} subjects) |`).join('')}${growth}`,
  `|---|${runs.map(() => '---:|').join('')}${growth ? '---:|' : ''}`,
  ...(first?.measures ?? []).map(
    (measure, k) =>
      `| ${measure.label} |${runs.map((r) => ` ${r.measures[k]!.text} |`).join('')}${growth ? ` ×${(last!.measures[k]!.value / measure.value).toFixed(2)} |` : ''}`,
  ),
];
console.log(
  [
    `Machine: ${cpus().length} CPUs (${cpus()[0]?.model.trim()}), ${(totalmem() / 1024 ** 3).toFixed(1)} GiB; Node ${process.version}; ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; load average ${load} → ${loadavg()[0]!.toFixed(1)}; client, server and bare route in one process; ${SECONDS} s per throughput measurement.`,
    '',
    ...table,
  ].join('\n'),
);
