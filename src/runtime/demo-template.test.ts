import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { readTemplate, templateKey } from './demo-template.js';

const root = mkdtempSync(join(tmpdir(), 'beian-template-'));
after(() => rmSync(root, { recursive: true, force: true }));

function template(name: string, manifest: Record<string, unknown> | null, withDatabase = true): string {
  const dir = join(root, name);
  mkdirSync(join(dir, 'pglite'), { recursive: true });
  if (withDatabase) writeFileSync(join(dir, 'pglite', 'PG_VERSION'), '17\n');
  if (manifest) writeFileSync(join(dir, 'template.json'), JSON.stringify(manifest));
  return dir;
}

const builtAt = '2026-11-20T08:00:00.000Z';
const current = { key: templateKey(), builtAt, logins: [{ login: 'applicant', role: 'applicant', party: 'Demo host' }], filings: 34 };

describe('the demo template', () => {
  it('is used while it holds the current migrations and is under a week old', () => {
    const found = readTemplate(template('fresh', current), new Date('2026-11-26T08:00:00Z'));
    assert.equal(found?.filings, 34);
    assert.deepEqual(found?.logins.map((l) => l.login), ['applicant']);
  });

  it('is rebuilt once a week old: the demo’s filings are dated from the day it was built', () => {
    assert.equal(readTemplate(template('old', current), new Date('2026-11-27T08:00:01Z')), null);
  });

  it('is rebuilt when the migrations differ from the ones it holds', () => {
    assert.equal(readTemplate(template('other-migrations', { ...current, key: 'an-older-key' }), new Date('2026-11-21T00:00:00Z')), null);
  });

  it('is not used when it has no manifest, a broken one, no database, or a date in the future', () => {
    const now = new Date('2026-11-21T00:00:00Z');
    assert.equal(readTemplate(template('no-manifest', null), now), null);
    const broken = template('broken', null);
    writeFileSync(join(broken, 'template.json'), '{ "key": ');
    assert.equal(readTemplate(broken, now), null);
    assert.equal(readTemplate(template('no-database', current, false), now), null);
    assert.equal(readTemplate(template('future', current), new Date('2026-11-19T00:00:00Z')), null);
    assert.equal(readTemplate(join(root, 'missing'), now), null);
  });
});
