// Runs every *.test.ts under src/ and test/ with Node's test runner (through tsx).
// Extra arguments are file filters: `npm test -- numbers calendar`.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';

function find(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'fixtures') out.push(...find(path));
    } else if (entry.name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

const filters = process.argv.slice(2);
const files = ['src', 'test']
  .flatMap((dir) => find(dir))
  .filter((file) => filters.length === 0 || filters.some((f) => file.includes(f)))
  .sort();
if (files.length === 0) {
  console.error('no test files matched');
  process.exit(1);
}
const database = process.env.DATABASE_URL ? 'PostgreSQL (' + process.env.DATABASE_URL.replace(/\/\/[^@]*@/, '//') + ')' : 'PGlite';
console.log(`Running ${files.length} test files on ${database}`);
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', `--test-concurrency=${Math.max(2, availableParallelism())}`, '--test-reporter=spec', ...files],
  { stdio: 'inherit', env: { ...process.env, TZ: 'UTC', BEIAN_LOG_LEVEL: process.env.BEIAN_LOG_LEVEL ?? 'silent' } },
);
process.exit(result.status ?? 1);
