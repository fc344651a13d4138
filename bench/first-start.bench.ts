// First-start benchmark: `npm run bench:first-start`. Starts `bin/beian serve` on an empty data directory (embedded
// PGlite, demo on) and measures the wall time until GET /healthz answers 200, then stops the server. Repeats RUNS
// times (each on a fresh directory) and prints the median, the minimum and the machine it ran on.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_ROUNDS ?? 3);
const PORT = Number(process.env.BENCH_PORT ?? 3105);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function healthy(): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${PORT}/healthz`)).ok;
  } catch {
    return false;
  }
}

/** CPU time (user + system, all threads) the process has used so far, in ms, from /proc (Linux). */
function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return Number.NaN;
  }
}

async function oneStart(): Promise<{ wall: number; cpu: number }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'beian-first-start-'));
  const started = performance.now();
  const child = spawn(process.execPath, [join(root, 'bin/beian'), 'serve'], {
    env: { ...process.env, BEIAN_DATA_DIR: dataDir, PORT: String(PORT), HOST: '127.0.0.1', BEIAN_LOG_LEVEL: 'warn', DATABASE_URL: '', BEIAN_DEMO: '' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`beian serve exited with ${child.exitCode}`);
      if (await healthy()) return { wall: performance.now() - started, cpu: cpuMs(child.pid!) };
      if (performance.now() - started > 120_000) throw new Error('no answer from /healthz within 120 s');
      await new Promise((r) => setTimeout(r, 25));
    }
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const times: number[] = [];
const cpu: number[] = [];
const loadBefore = loadavg()[0]!.toFixed(1);
for (let i = 0; i < RUNS; i += 1) {
  const run = await oneStart();
  times.push(run.wall);
  cpu.push(run.cpu);
  console.error(`run ${i + 1}: ${(run.wall / 1000).toFixed(2)} s wall, ${(run.cpu / 1000).toFixed(2)} s CPU`);
}
console.log(
  `First start to /healthz, empty data directory, demo loaded, ${RUNS} runs: wall median ${(median(times) / 1000).toFixed(2)} s ` +
    `(min ${(Math.min(...times) / 1000).toFixed(2)} s), CPU median ${(median(cpu) / 1000).toFixed(2)} s (min ${(Math.min(...cpu) / 1000).toFixed(2)} s). Machine: ${cpus().length} CPUs (${cpus()[0]?.model.trim()}), ` +
    `${(totalmem() / 1024 ** 3).toFixed(1)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 16)} UTC, ` +
    `load average ${loadBefore} → ${loadavg()[0]!.toFixed(1)}.`,
);
