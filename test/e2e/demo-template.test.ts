import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { startServe } from '../support/cli-process.js';

/** Starts `beian serve` (demo, embedded database) on `dataDir` with the template kept in `templateDir`. */
function serve(dataDir: string, templateDir: string) {
  const { DATABASE_URL: _omit, ...rest } = process.env;
  return startServe({ ...rest, BEIAN_DATA_DIR: dataDir, BEIAN_DEMO_TEMPLATE_DIR: templateDir, BEIAN_DEMO: '1', BEIAN_LOG_LEVEL: 'silent', PORT: '0', HOST: '127.0.0.1' }, 180_000);
}

async function demoState(address: string) {
  const filings = (await (await fetch(`${address}/api/v1/public/filings?limit=100`)).json()) as { items: unknown[] };
  const signIn = await fetch(`${address}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: 'applicant', password: 'beian-demo' }),
  });
  return { filings: filings.items.length, signIn: signIn.status };
}

// The template is the embedded database's; a run against PostgreSQL has no demo to copy.
describe('a first demo start on an empty data directory', { skip: process.env.DATABASE_URL ? 'embedded database only' : false }, () => {
  const root = mkdtempSync(join(tmpdir(), 'beian-demo-template-'));
  const templateDir = join(root, 'template');
  after(() => rmSync(root, { recursive: true, force: true }));

  it('builds the demo template when there is none, and the next one starts from a copy of it', async () => {
    const first = await serve(join(root, 'first'), templateDir);
    let firstState;
    try {
      firstState = await demoState(first.address);
      assert.match(first.output(), /Demo: \d+ approved filings/);
    } finally {
      await first.stop();
    }
    const manifest = readFileSync(join(templateDir, 'template.json'), 'utf8');

    const second = await serve(join(root, 'second'), templateDir);
    try {
      assert.doesNotMatch(second.output(), /Loading demo data/, 'the second start copies the template');
      assert.match(second.output(), /Demo: \d+ approved filings/);
      const secondState = await demoState(second.address);
      assert.deepEqual(secondState, firstState);
      assert.ok(secondState.filings > 0);
      assert.equal(secondState.signIn, 200);
    } finally {
      await second.stop();
    }
    assert.equal(readFileSync(join(templateDir, 'template.json'), 'utf8'), manifest, 'the template was used, not rebuilt');
  });
});
