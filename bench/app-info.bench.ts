// App package reader benchmark: `npm run bench:app-info` (run `npm run build` first so bin/beian uses the bundle).
// Builds the ~105 MB APKs into test/fixtures/big/ (git-ignored) when absent, installs the npm peers into a scratch
// directory outside the repository, then measures side by side in one run and prints a Markdown report.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { readAppInfo } from '../src/signing/read-app-info.js';

const root = resolve(import.meta.dirname, '..');
const bigDir = join(root, 'test/fixtures/big');
const shared = process.env.BEIAN_SHARED_DIR ?? resolve(root, '../shared');
const peersDir = join(tmpdir(), 'beian-bench-peers');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const IN_PROCESS_RUNS = 30;
const THROUGHPUT_RUNS = 5;
const PEERS = { 'node-apk': '1.2.1', 'app-info-parser': '1.1.6', '@devicefarmer/adbkit-apkreader': '3.2.4' };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function ensureBigApks(): void {
  if (existsSync(join(bigDir, 'big-rsa-v1v2v3.apk'))) return;
  console.error('building the ~105 MB APKs with make-apks.sh (once) ...');
  const out = mkdtempSync(join(tmpdir(), 'beian-big-apks-'));
  try {
    execFileSync('bash', [join(shared, 'tools/make-apks.sh'), out, join(shared, 'tools/fixture-keys')], {
      env: { ...process.env, BIG_MB: '100' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    mkdirSync(bigDir, { recursive: true });
    for (const name of readdirSync(out)) if (name.startsWith('big-')) renameSync(join(out, name), join(bigDir, name));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function ensurePeers(): void {
  const installed = Object.keys(PEERS).every((name) => existsSync(join(peersDir, 'node_modules', name, 'package.json')));
  if (!installed) {
    console.error(`installing npm peers into ${peersDir} (outside the repository) ...`);
    mkdirSync(peersDir, { recursive: true });
    if (!existsSync(join(peersDir, 'package.json'))) writeFileSync(join(peersDir, 'package.json'), '{"private":true}\n');
    const specs = Object.entries(PEERS).map(([name, version]) => `${name}@${version}`);
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefix', peersDir, ...specs], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  // Each script prints the package name and whatever signer information the library offers.
  writeFileSync(
    join(peersDir, 'node-apk.cjs'),
    `const { Apk } = require('node-apk');
const apk = new Apk(process.argv[2]);
Promise.all([apk.getManifestInfo(), apk.getCertificateInfo().catch((e) => [])]).then(([m, certs]) => {
  console.log(m.package, certs.map((c) => c.fingerprint || c.serial).join(','));
  apk.close();
});\n`,
  );
  writeFileSync(
    join(peersDir, 'app-info-parser.cjs'),
    `const AppInfoParser = require('app-info-parser');
new AppInfoParser(process.argv[2]).parse().then((r) => console.log(r.package, r.versionName));\n`,
  );
  writeFileSync(
    join(peersDir, 'adbkit-apkreader.cjs'),
    `const ApkReader = require('@devicefarmer/adbkit-apkreader');
ApkReader.open(process.argv[2]).then((r) => r.readManifest()).then((m) => console.log(m.package, m.versionName));\n`,
  );
}

function newestSourceMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceMtime(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function bundleIsFresh(): boolean {
  const builtAt = existsSync(join(root, 'dist/.built-at')) ? Number(readFileSync(join(root, 'dist/.built-at'), 'utf8')) : 0;
  return builtAt >= newestSourceMtime(join(root, 'src'));
}

/** bin/beian falls back to tsx when src/ is newer than dist/; rebuild (outside the timed region) so it uses the bundle. */
function ensureFreshBundle(): void {
  if (bundleIsFresh()) return;
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

interface Tool {
  name: string;
  command: string[];
}

/** A run of bin/beian is discarded (`stale`) when a source file changed under it, since it then ran through tsx. */
function run(tool: Tool): { ms: number; cpuMs: number; rssKb: number; ok: boolean; stale: boolean } {
  const usesBundle = tool.command.includes(join(root, 'bin/beian'));
  if (usesBundle) ensureFreshBundle();
  const timeFile = join(peersDir, 'time.txt');
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', '%M %U %S', '-o', timeFile, ...tool.command], { encoding: 'utf8', cwd: root });
  const ms = performance.now() - started;
  const [rssKb, user, system] = readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
  return { ms, cpuMs: (user! + system!) * 1000, rssKb: rssKb!, ok: result.status === 0, stale: usesBundle && !bundleIsFresh() };
}

async function sha256File(path: string): Promise<void> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path, { highWaterMark: 8 << 20 }), hash);
  hash.digest();
}

async function main(): Promise<void> {
  ensureBigApks();
  ensurePeers();
  const startLoad = loadavg().map((l) => l.toFixed(2)).join(' ');
  const apk = join(bigDir, 'big-rsa-v1v2v3.apk');
  const sizeMb = statSync(apk).size / (1024 * 1024);
  const lines: string[] = [];
  const out = (line = ''): void => void lines.push(line);

  const cpu = cpus()[0]?.model ?? 'unknown';
  out(`Machine: ${cpus().length} CPUs (nproc ${execFileSync('nproc', { encoding: 'utf8' }).trim()}), ${cpu}, ` +
    `${(totalmem() / 2 ** 30).toFixed(1)} GiB memory (${(freemem() / 2 ** 30).toFixed(1)} GiB free); Node ${process.version}; ` +
    `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`);
  out(`File: test/fixtures/big/big-rsa-v1v2v3.apk, ${sizeMb.toFixed(1)} MiB (v1+v2+v3, RSA 2048), page cache warm`);
  out();

  await sha256File(apk);
  // In-process: the reader alone (module already loaded, file already in the page cache).
  for (let i = 0; i < 5; i++) await readAppInfo(apk);
  const inProcess: number[] = [];
  for (let i = 0; i < IN_PROCESS_RUNS; i++) {
    const t = performance.now();
    await readAppInfo(apk);
    inProcess.push(performance.now() - t);
  }
  out(`In-process readAppInfo (no --verify), median of ${IN_PROCESS_RUNS}: **${median(inProcess).toFixed(2)} ms** (min ${Math.min(...inProcess).toFixed(2)} ms)`);
  out();

  // --verify throughput against a plain SHA-256 of the same file, interleaved.
  const verifyMs: number[] = [];
  const shaMs: number[] = [];
  for (let i = 0; i < THROUGHPUT_RUNS; i++) {
    let t = performance.now();
    const info = await readAppInfo(apk, { verify: true });
    verifyMs.push(performance.now() - t);
    if (info.verification?.problems.length) throw new Error('verification failed: ' + info.verification.problems.join('; '));
    t = performance.now();
    await sha256File(apk);
    shaMs.push(performance.now() - t);
  }
  const verifyRate = sizeMb / (median(verifyMs) / 1000);
  const shaRate = sizeMb / (median(shaMs) / 1000);
  out(`--verify (v2 + v3 digests and signatures), median of ${THROUGHPUT_RUNS}: ${median(verifyMs).toFixed(0)} ms = ${verifyRate.toFixed(0)} MiB/s; ` +
    `plain sha256 of the file: ${median(shaMs).toFixed(0)} ms = ${shaRate.toFixed(0)} MiB/s; ratio **${(verifyRate / shaRate).toFixed(2)}** of sha256 throughput`);
  out();

  const beian = join(root, 'bin/beian');
  const tools: Tool[] = [
    { name: 'node -e 0 (Node start-up alone)', command: [process.execPath, '-e', '0'] },
    { name: '**beian app-info --json**', command: [process.execPath, beian, 'app-info', '--json', apk] },
    { name: 'beian app-info --verify --json', command: [process.execPath, beian, 'app-info', '--verify', '--json', apk] },
    { name: `node-apk ${PEERS['node-apk']}`, command: [process.execPath, join(peersDir, 'node-apk.cjs'), apk] },
    { name: `app-info-parser ${PEERS['app-info-parser']}`, command: [process.execPath, join(peersDir, 'app-info-parser.cjs'), apk] },
    { name: `@devicefarmer/adbkit-apkreader ${PEERS['@devicefarmer/adbkit-apkreader']}`, command: [process.execPath, join(peersDir, 'adbkit-apkreader.cjs'), apk] },
    { name: 'apksigner verify --print-certs', command: ['apksigner', 'verify', '--print-certs', apk] },
  ];
  const samples = new Map<string, { ms: number[]; cpu: number[]; rss: number[]; failures: number; stale: number }>(
    tools.map((t) => [t.name, { ms: [], cpu: [], rss: [], failures: 0, stale: 0 }]),
  );
  for (const tool of tools) run(tool);
  for (let round = 0; round < ROUNDS; round++) {
    for (const tool of tools) {
      const r = run(tool);
      const s = samples.get(tool.name)!;
      if (r.stale) {
        s.stale++;
        continue;
      }
      s.ms.push(r.ms);
      s.cpu.push(r.cpuMs);
      s.rss.push(r.rssKb);
      if (!r.ok) s.failures++;
    }
  }
  const ours = median(samples.get(tools[1]!.name)!.ms);
  const oursCpu = median(samples.get(tools[1]!.name)!.cpu);
  out(`Whole process, ${ROUNDS} interleaved rounds, each run under /usr/bin/time (wall time, CPU time user+system at 10 ms resolution, peak RSS):`);
  out();
  out('| command | wall median ms | wall min ms | × ours (wall) | CPU median ms | × ours (CPU) | peak RSS MiB, median (max) |');
  out('|---|---:|---:|---:|---:|---:|---:|');
  for (const tool of tools) {
    const s = samples.get(tool.name)!;
    const m = median(s.ms);
    const notes = [s.failures ? `${s.failures} failed runs` : '', s.stale ? `${s.stale} runs discarded: sources changed under them` : ''].filter(Boolean);
    out(
      `| ${tool.name}${notes.length ? ` (${notes.join('; ')})` : ''} | ${m.toFixed(0)} | ${Math.min(...s.ms).toFixed(0)} | ${(m / ours).toFixed(2)} | ` +
        `${median(s.cpu).toFixed(0)} | ${(median(s.cpu) / oursCpu).toFixed(2)} | ${(median(s.rss) / 1024).toFixed(0)} (${(Math.max(...s.rss) / 1024).toFixed(0)}) |`,
    );
  }
  out();
  out(`Load average at the start and end of the run: ${startLoad} → ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const report = lines.join('\n');
  console.log(report);
  mkdirSync(bigDir, { recursive: true });
  writeFileSync(join(bigDir, 'last-run.md'), report + '\n');
}

await main();
