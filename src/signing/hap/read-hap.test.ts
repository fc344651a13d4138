import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readAppInfo } from '../read-app-info.js';

const DIR = new URL('../../../test/fixtures/hap/', import.meta.url);
const NOW = new Date('2026-06-01T00:00:00Z');
const oracle = Object.fromEntries(
  readFileSync(new URL('oracle.txt', DIR), 'utf8')
    .split('\n')
    .filter((l) => l.includes('='))
    .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
);
const rfc2253 = (dn: string): string => dn.replace(/(?<!\\),/g, ', ');

describe('readAppInfo on HarmonyOS packages', () => {
  for (const file of ['filinglab-signed.hap', 'filinglab.app']) {
    it(`${file}: bundleName, version and the leaf certificate of the signing block's chain`, async () => {
      const info = await readAppInfo(new URL(file, DIR).pathname, { now: NOW });
      assert.equal(info.platform, 'harmonyos');
      assert.equal(info.packageName, oracle.bundle_name);
      assert.equal(info.versionName, oracle.version_name);
      assert.equal(info.versionCode, oracle.version_code);
      assert.equal(info.signers.length, 1);
      const [signer] = info.signers;
      assert.deepEqual(signer!.schemes, ['hap-signature']);
      assert.equal(signer!.certificate.md5, oracle.leaf_md5);
      assert.equal(signer!.certificate.sha1, oracle.leaf_sha1);
      assert.equal(signer!.certificate.sha256, oracle.leaf_sha256);
      assert.equal(signer!.certificate.subject, rfc2253(oracle.leaf_subject!));
      assert.equal(signer!.chain?.[0]?.subject, rfc2253(oracle.inter_subject!));
      assert.equal(signer!.chain?.length, 2);
      assert.equal(signer!.publicKey.algorithm, 'EC');
      assert.equal(signer!.publicKey.rsaModulusHex, undefined);
      assert.deepEqual(info.filing, { packageName: oracle.bundle_name, publicKey: oracle.leaf_spki_b64, signatureMd5: oracle.leaf_md5 });
      assert.deepEqual(info.warnings, []);
    });
  }

  it('warns when the HAP is signed with a debug profile', async () => {
    const info = await readAppInfo(new URL('filinglab-debug.hap', DIR).pathname, { now: NOW });
    assert.equal(info.signers.length, 1);
    assert.deepEqual(info.warnings.map((w) => w.code), ['HARMONY_DEBUG_PROFILE']);
  });

  it('succeeds on an unsigned HAP with an UNSIGNED warning', async () => {
    const info = await readAppInfo(new URL('filinglab-unsigned.hap', DIR).pathname, { now: NOW });
    assert.equal(info.packageName, oracle.bundle_name);
    assert.deepEqual(info.signers, []);
    assert.deepEqual(info.warnings.map((w) => w.code), ['UNSIGNED']);
  });
});
