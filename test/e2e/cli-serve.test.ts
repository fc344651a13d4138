import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { beianBin, isolatedCliEnv, startServe } from '../support/cli-process.js';


describe('bin/beian against a database of its own', () => {
  const { env: cliEnv } = isolatedCliEnv('beian-cli-');

  const run = (...args: string[]) => spawnSync(beianBin, args, { env: cliEnv(), encoding: 'utf8', timeout: 120_000 });

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
    const server = await startServe({ ...cliEnv(), BEIAN_DEMO: '0', PORT: '0', HOST: '127.0.0.1' });
    const { address } = server;
    assert.doesNotMatch(server.output(), /Loading demo data/);
    const health = await fetch(`${address}/healthz`);
    assert.deepEqual([health.status, await health.json()], [200, { status: 'ok' }]);
    const filings = await fetch(`${address}/api/v1/public/filings`);
    assert.deepEqual(await filings.json(), { items: [], nextCursor: null });
    assert.equal(await server.stop(), 0);
  });
});
