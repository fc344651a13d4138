import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { memoryIo } from '../cli-io.js';
import { precheck } from './precheck.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const examplePath = join(root, 'docs', 'precheck-example.json');
const dir = mkdtempSync(join(tmpdir(), 'beian-precheck-'));

function write(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function withError(): string {
  const body = JSON.parse(readFileSync(examplePath, 'utf8'));
  body.services[0].featureInfo[0].signatureMd5 = 'not-a-digest';
  body.services[0].featureInfo[1].signatureMd5 = '5a1b2c3d4e5f60718293a4b5c6d7e8f9';
  return write('with-error.json', JSON.stringify(body));
}

describe('beian precheck', () => {
  it('exits 0 for the documented example', async () => {
    const io = memoryIo();
    assert.equal(await precheck([examplePath, '--today', '2026-03-15'], io), 0);
    assert.match(io.stdout.at(-1)!, /^0 error\(s\), 0 warning\(s\)/);
  });

  it('exits 1 and lists errors and warnings with paths in --json', async () => {
    const io = memoryIo();
    assert.equal(await precheck([withError(), '--json', '--today', '2026-03-15'], io), 1);
    const out = JSON.parse(io.stdout.join('\n'));
    assert.equal(out.ok, false);
    assert.deepEqual(
      out.findings.map((f: { code: string; path: string; severity: string }) => [f.code, f.path, f.severity]),
      [
        ['SIGNATURE_MD5_FORMAT', 'services[0].featureInfo[0].signatureMd5', 'error'],
        ['IOS_SIGNATURE_IS_MD5', 'services[0].featureInfo[1].signatureMd5', 'warning'],
      ],
    );
    assert.deepEqual([out.errors, out.warnings], [1, 1]);
  });

  it('exits 1 for a body the schema rejects', async () => {
    const io = memoryIo();
    assert.equal(await precheck([write('empty.json', '{}'), '--json', '--today', '2026-03-15'], io), 1);
    assert.ok(JSON.parse(io.stdout.join('\n')).findings.every((f: { code: string }) => f.code === 'FORM_INVALID'));
  });

  it('exits 2 for a missing file, invalid JSON or bad usage', async () => {
    const io = memoryIo();
    assert.equal(await precheck([join(dir, 'absent.json')], io), 2);
    assert.match(io.stderr.join('\n'), /file not found/);
    assert.equal(await precheck([write('broken.json', '{ "kind": ')], memoryIo()), 2);
    assert.equal(await precheck([], memoryIo()), 2);
    assert.equal(await precheck([examplePath, '--today'], memoryIo()), 2);
  });

  it('runs through bin/beian with the documented exit codes', () => {
    const run = (...args: string[]) => spawnSync(process.execPath, [join(root, 'bin', 'beian'), 'precheck', ...args], { encoding: 'utf8', cwd: dir });
    const clean = run(examplePath, '--json', '--today', '2026-03-15');
    assert.equal(clean.status, 0, clean.stderr);
    assert.equal(JSON.parse(clean.stdout).ok, true);
    assert.equal(run(withError(), '--today', '2026-03-15').status, 1);
    assert.equal(run(join(dir, 'absent.json')).status, 2);
  });
});
