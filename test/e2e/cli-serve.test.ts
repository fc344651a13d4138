import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { isolatedDatabaseEnv } from '../support/test-database.js';

const bin = new URL('../../bin/beian', import.meta.url).pathname;

describe('bin/beian against a database of its own', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'beian-cli-'));
  let env: NodeJS.ProcessEnv;
  let cleanup: () => Promise<void>;
  before(async () => {
    const isolated = await isolatedDatabaseEnv(dataDir);
    cleanup = isolated.cleanup;
    const { DATABASE_URL: _omit, ...rest } = process.env;
    env = { ...rest, ...isolated.env, BEIAN_LOG_LEVEL: 'silent' };
  });
  after(async () => {
    await cleanup();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const run = (...args: string[]) => spawnSync(bin, args, { env, encoding: 'utf8', timeout: 120_000 });

  it('migrates, then reports nothing pending', () => {
    const first = run('db', 'migrate');
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /The database is up to date|Applied/);
    const again = run('db', 'migrate');
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, /The database is up to date/);
  });

  it('verifies an empty history as intact', () => {
    const result = run('audit', 'verify', '--json');
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout), { intact: true, rows: 0, headHash: '0'.repeat(64), unsealed: 0 });
  });

  it('serves with BEIAN_DEMO=0: healthy, no demo filings, stops cleanly on SIGTERM', async () => {
    const child = spawn(bin, ['serve'], { env: { ...env, BEIAN_DEMO: '0', PORT: '0', HOST: '127.0.0.1' } });
    let output = '';
    const address = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`serve did not start: ${output}`)), 60_000);
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /serving on (http:\/\/[^\s]+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
      child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${output}`)));
    });
    assert.doesNotMatch(output, /Loading demo data/);
    const health = await fetch(`${address}/healthz`);
    assert.deepEqual([health.status, await health.json()], [200, { status: 'ok' }]);
    const filings = await fetch(`${address}/api/v1/public/filings`);
    assert.deepEqual(await filings.json(), { items: [], nextCursor: null });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
  });
});
