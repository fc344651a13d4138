// Builds the web portals (web/ → web/dist) with Vite when the build is missing or older than its sources.
// `node scripts/build-web.mjs` builds only when stale; `--force` always builds. Used by `npm start`, the "prepare"
// script and the browser tests.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const web = join(root, 'web');
const stamp = join(web, 'dist', '.built-at');
const inputs = ['src', 'index.html', 'vite.config.ts', 'tsconfig.json'];

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

export function webBuildIsFresh() {
  try {
    const builtAt = Number(readFileSync(stamp, 'utf8'));
    const lock = join(root, 'package-lock.json');
    return builtAt >= Math.max(...inputs.map((name) => newestMtime(join(web, name))), existsSync(lock) ? statSync(lock).mtimeMs : 0);
  } catch {
    return false;
  }
}

/** One build at a time across processes (parallel test files), by an exclusive lock directory. */
async function withLock(run) {
  const lock = join(root, 'node_modules', '.beian-web-build.lock');
  mkdirSync(join(root, 'node_modules'), { recursive: true });
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (waited > 300_000) rmSync(lock, { recursive: true, force: true });
      await sleep(200);
    }
  }
  try {
    return await run();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export async function buildWeb({ force = false } = {}) {
  if (!force && webBuildIsFresh()) return false;
  return withLock(async () => {
    if (!force && webBuildIsFresh()) return false;
    const startedAt = Date.now();
    const { build } = await import('vite');
    await build({ root: web, configFile: join(web, 'vite.config.ts'), logLevel: 'warn' });
    writeFileSync(stamp, String(startedAt));
    return true;
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const built = await buildWeb({ force: process.argv.includes('--force') });
  if (built) console.log('built web/dist');
}
