import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryIo } from '../cli-io.js';
import { appInfo } from './app-info.js';

const fixture = (path: string): string => new URL(`../../../test/fixtures/${path}`, import.meta.url).pathname;
const keys = readFileSync(fixture('apk/oracle/keys.txt'), 'utf8');
const rsaMd5 = /\[rsa\][\s\S]*?cert_md5=(\w+)/.exec(keys)![1]!;

describe('beian app-info', () => {
  it('prints the filing values and signers as text and exits 0', async () => {
    const io = memoryIo();
    assert.equal(await appInfo([fixture('apk/rsa-v1v2v3.apk')], io), 0);
    const text = io.stdout.join('\n');
    assert.match(text, /Package name\s+cn\.example\.filinglab/);
    assert.match(text, new RegExp(`Signature MD5\\s+${rsaMd5}`));
    assert.match(text, /Signer #1: v1, v2, v3/);
    assert.deepEqual(io.stderr, []);
  });

  it('prints the JSON document with --json', async () => {
    const io = memoryIo();
    assert.equal(await appInfo(['--json', fixture('apk/rsa-v2v3.apk')], io), 0);
    const json = JSON.parse(io.stdout.join('\n'));
    assert.equal(json.platform, 'android');
    assert.equal(json.filing.signatureMd5, rsaMd5);
    assert.deepEqual(json.signers[0].schemes, ['v2', 'v3']);
    assert.equal(json.verification, undefined);
  });

  it('verifies with --verify', async () => {
    const io = memoryIo();
    assert.equal(await appInfo([fixture('apk/rsa-v2v3.apk'), '--json', '--verify'], io), 0);
    assert.deepEqual(JSON.parse(io.stdout.join('\n')).verification, { v2: 'verified', v3: 'verified', 'v3.1': 'absent', problems: [] });
  });

  it('exits 1 when --verify finds a package changed after signing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'beian-app-info-'));
    try {
      const bytes = Buffer.from(readFileSync(fixture('apk/rsa-v2v3.apk')));
      bytes[bytes.indexOf('hello filing')] = 0x6a;
      const tampered = join(dir, 'tampered.apk');
      writeFileSync(tampered, bytes);
      const io = memoryIo();
      assert.equal(await appInfo(['--verify', tampered], io), 1);
      assert.match(io.stdout.join('\n'), /Verification\s+v2 failed, v3 failed/);
      assert.equal(await appInfo([tampered], memoryIo()), 0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 0 on an unsigned package and shows the warning', async () => {
    const io = memoryIo();
    assert.equal(await appInfo([fixture('apk/unsigned.apk')], io), 0);
    assert.match(io.stdout.join('\n'), /Warning UNSIGNED/);
  });

  it('exits 2 with one line and no stack trace on unusable input, a missing file or bad usage', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'beian-app-info-'));
    try {
      const truncated = join(dir, 'cut.apk');
      const bytes = readFileSync(fixture('apk/rsa-v1v2v3.apk'));
      writeFileSync(truncated, bytes.subarray(0, bytes.length - 100));
      const cases: Array<[string[], RegExp]> = [
        [[truncated], /APP_PACKAGE_TRUNCATED/],
        [[fixture('apk/oracle/keys.txt')], /APP_PACKAGE_NOT_ZIP/],
        [[join(dir, 'missing.apk')], /APP_PACKAGE_NOT_FOUND/],
        [[], /no file given/],
        [['--frobnicate', truncated], /unknown option/],
      ];
      for (const [args, pattern] of cases) {
        const io = memoryIo();
        assert.equal(await appInfo(args, io), 2, args.join(' '));
        assert.equal(io.stderr.length, 1);
        assert.match(io.stderr[0]!, pattern);
        assert.doesNotMatch(io.stderr[0]!, /\n|\s+at /);
        assert.deepEqual(io.stdout, []);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs as bin/beian: JSON on stdout with exit 0, one stderr line with exit 2', () => {
    const bin = new URL('../../../bin/beian', import.meta.url).pathname;
    const ok = spawnSync(process.execPath, [bin, 'app-info', '--json', fixture('hap/filinglab-signed.hap')], { encoding: 'utf8' });
    assert.equal(ok.status, 0, ok.stderr);
    assert.equal(JSON.parse(ok.stdout).packageName, 'cn.example.filinglab.harmony');
    const bad = spawnSync(process.execPath, [bin, 'app-info', fixture('README-app-packages.md')], { encoding: 'utf8' });
    assert.equal(bad.status, 2);
    assert.equal(bad.stdout, '');
    assert.equal(bad.stderr.trim().split('\n').length, 1);
    assert.match(bad.stderr, /APP_PACKAGE_NOT_ZIP/);
  });
});
