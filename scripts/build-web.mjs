// Builds the web portals (web/ → web/dist) with Vite when the build is missing or older than its sources, and writes a
// gzip (.gz) and a brotli (.br) copy beside every compressible asset, which the server sends to browsers that accept
// them. `node scripts/build-web.mjs` builds only when stale; `--force` always builds. Used by `npm start`, the
// "prepare" script and the browser tests.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

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

const compressible = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json', '.txt', '.map', '.ico', '.webmanifest']);

/**
 * Writes `<file>.gz` (gzip level 9) and `<file>.br` (brotli quality 11) beside every compressible file of at least
 * 512 bytes under `dir`, each only when it is smaller than the file. Returns the files compressed.
 */
export function precompress(dir) {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      count += precompress(path);
      continue;
    }
    if (!compressible.has(extname(entry.name))) continue;
    const body = readFileSync(path);
    if (body.length < 512) continue;
    const gzip = gzipSync(body, { level: 9 });
    const brotli = brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT },
    });
    if (gzip.length < body.length) writeFileSync(`${path}.gz`, gzip);
    if (brotli.length < body.length) writeFileSync(`${path}.br`, brotli);
    count += 1;
  }
  return count;
}

export async function buildWeb({ force = false } = {}) {
  if (!force && webBuildIsFresh()) return false;
  return withLock(async () => {
    if (!force && webBuildIsFresh()) return false;
    const startedAt = Date.now();
    const { build } = await import('vite');
    await build({ root: web, configFile: join(web, 'vite.config.ts'), logLevel: 'warn' });
    precompress(join(web, 'dist'));
    writeFileSync(stamp, String(startedAt));
    return true;
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const built = await buildWeb({ force: process.argv.includes('--force') });
  if (built) console.log('built web/dist');
}
