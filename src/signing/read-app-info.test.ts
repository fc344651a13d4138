import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { isBeianError } from '../domain/errors/beian-error.js';
import { bufferSource } from './byte-source.js';
import { readAppInfo, readAppInfoFromSource } from './read-app-info.js';

const APK_DIR = new URL('../../test/fixtures/apk/', import.meta.url);
const ORACLE_DIR = new URL('oracle/', APK_DIR);
/** Certificates in the fixtures are valid 2020–2069; judging them on this day keeps expiry warnings out of the way. */
const NOW = new Date('2026-06-01T00:00:00Z');

interface OracleCertificate {
  md5?: string;
  sha1: string;
  sha256: string;
}

function oracle(name: string, kind: string): string {
  return readFileSync(new URL(`${name}.${kind}.txt`, ORACLE_DIR), 'utf8');
}

/** Signers printed by apksigner (default run and the --min-sdk-version 18 run that also checks v1). */
function apksignerSigners(text: string): OracleCertificate[] {
  const found = new Map<string, OracleCertificate>();
  const pattern = /Signer #(\d+) certificate SHA-256 digest: (\w+)\nSigner #\1 certificate SHA-1 digest: (\w+)\nSigner #\1 certificate MD5 digest: (\w+)/g;
  for (const m of text.matchAll(pattern)) found.set(m[2]!, { sha256: m[2]!, sha1: m[3]!, md5: m[4]! });
  return [...found.values()];
}

/** v1 signers as keytool prints them (it reads JAR signatures only, and prints no MD5). */
function keytoolSigners(text: string): OracleCertificate[] {
  const colonHex = (s: string): string => s.replaceAll(':', '').toLowerCase();
  return [...text.matchAll(/SHA1: ([0-9A-F:]+)\n\s+SHA256: ([0-9A-F:]+)/g)].map((m) => ({ sha1: colonHex(m[1]!), sha256: colonHex(m[2]!) }));
}

function badging(name: string): { packageName: string; versionCode: string; versionName: string; label: string } {
  const text = oracle(name, 'badging');
  const m = /package: name='([^']+)' versionCode='([^']*)' versionName='([^']*)'/.exec(text);
  assert.ok(m, 'aapt badging oracle has a package line');
  return { packageName: m[1]!, versionCode: m[2]!, versionName: m[3]!, label: /application-label:'([^']*)'/.exec(text)?.[1] ?? '' };
}

const keys = Object.fromEntries(
  readFileSync(new URL('keys.txt', ORACLE_DIR), 'utf8')
    .split(/^\[(\w+)\]$/m)
    .slice(1)
    .reduce<Array<[string, Record<string, string>]>>((pairs, chunk, i, all) => {
      if (i % 2 === 0) pairs.push([chunk, Object.fromEntries(all[i + 1]!.trim().split('\n').map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]))]);
      return pairs;
    }, []),
);

const apks = readdirSync(APK_DIR).filter((f) => f.endsWith('.apk') && !f.includes('zip64')).map((f) => f.slice(0, -4));

describe('readAppInfo on apksigner-signed APKs', () => {
  it('has the committed fixtures to compare with', () => {
    assert.ok(apks.length >= 11, `found ${apks.length} APK fixtures`);
  });

  for (const name of apks) {
    it(`${name}: package, version, label and every signer's MD5/SHA-1/SHA-256 match aapt, apksigner and keytool`, async () => {
      const info = await readAppInfo(new URL(`${name}.apk`, APK_DIR).pathname, { now: NOW });
      const expected = badging(name);
      assert.equal(info.platform, 'android');
      assert.equal(info.packageName, expected.packageName);
      assert.equal(info.versionCode, expected.versionCode);
      assert.equal(info.versionName, expected.versionName);
      assert.equal(info.appName, expected.label);

      const apksignerText = oracle(name, 'apksigner');
      const fromApksigner = apksignerSigners(apksignerText);
      const fromKeytool = keytoolSigners(oracle(name, 'keytool'));
      const expectedBySha256 = new Map<string, OracleCertificate>();
      for (const c of [...fromApksigner, ...fromKeytool]) expectedBySha256.set(c.sha256, { ...expectedBySha256.get(c.sha256), ...c });
      assert.deepEqual(info.signers.map((s) => s.certificate.sha256).sort(), [...expectedBySha256.keys()].sort());
      for (const signer of info.signers) {
        const want = expectedBySha256.get(signer.certificate.sha256)!;
        assert.equal(signer.certificate.sha1, want.sha1);
        const md5 = want.md5 ?? Object.values(keys).find((k) => k.cert_sha256 === want.sha256)?.cert_md5;
        assert.equal(signer.certificate.md5, md5);
      }
      const verifiedWith = (scheme: string): boolean => new RegExp(`Verified using ${scheme} scheme[^:]*: true`).test(apksignerText);
      const schemes = new Set(info.signers.flatMap((s) => s.schemes));
      for (const scheme of ['v1', 'v2', 'v3'] as const) assert.equal(schemes.has(scheme), verifiedWith(scheme), `scheme ${scheme}`);
      if (info.signers.length === 0) assert.ok(/DOES NOT VERIFY/.test(apksignerText));
    });
  }

  it('reports every public-key representation the openssl oracle derives', async () => {
    for (const [file, key] of [['rsa-v2v3', 'rsa'], ['ec-v1', 'ec'], ['rsa-v1', 'rsa']] as const) {
      const info = await readAppInfo(new URL(`${file}.apk`, APK_DIR).pathname, { now: NOW });
      const signer = info.signers[0]!;
      assert.equal(signer.publicKey.spkiBase64, keys[key]!.spki_b64);
      assert.equal(signer.publicKey.rsaModulusHex, keys[key]!.rsa_modulus_hex);
      assert.equal(signer.certificate.subject, keys[key]!.subject!.replaceAll(',', ', '));
      if (key === 'rsa') {
        assert.equal(BigInt(signer.publicKey.rsaModulusDecimal!), BigInt('0x' + keys.rsa!.rsa_modulus_hex));
        assert.equal(info.filing.publicKey, keys.rsa!.rsa_modulus_hex);
      } else {
        assert.equal(signer.publicKey.algorithm, 'EC');
        assert.equal(signer.publicKey.bits, 256);
        assert.equal(info.filing.publicKey, keys.ec!.spki_b64);
      }
      assert.equal(info.filing.signatureMd5, keys[key]!.cert_md5);
    }
  });

  it('reports a v1-only EC signature (META-INF/*.EC)', async () => {
    const info = await readAppInfo(new URL('ec-v1.apk', APK_DIR).pathname, { now: NOW });
    assert.deepEqual(info.signers.map((s) => s.schemes), [['v1']]);
    assert.equal(info.signers[0]!.certificate.md5, keys.ec!.cert_md5);
  });

  it('reports both keys of a v3 rotation, the lineage oldest first, and files the key Android 9+ verifies', async () => {
    const info = await readAppInfo(new URL('rotated-v1v2v3.apk', APK_DIR).pathname, { now: NOW });
    assert.deepEqual(
      info.signers.map((s) => [s.schemes, s.certificate.md5]),
      [
        [['v1', 'v2'], keys.rsa!.cert_md5],
        [['v3'], keys.rsa2!.cert_md5],
      ],
    );
    assert.deepEqual(info.lineage.map((c) => c.sha256), [keys.rsa!.cert_sha256, keys.rsa2!.cert_sha256]);
    assert.equal(info.filing.signatureMd5, keys.rsa2!.cert_md5);
    const rotation = info.warnings.find((w) => w.code === 'KEY_ROTATION');
    assert.ok(rotation, 'a KEY_ROTATION warning');
    assert.match(rotation.message.en, /Android 9 and later verify the v3 signer/);
    assert.ok(rotation.message.en.includes(keys.rsa!.cert_md5!) && rotation.message.en.includes(keys.rsa2!.cert_md5!));
  });

  it('reports both signers of a two-signer APK with a warning', async () => {
    const info = await readAppInfo(new URL('multi-v1v2.apk', APK_DIR).pathname, { now: NOW });
    assert.deepEqual(info.signers.map((s) => s.certificate.md5), [keys.rsa!.cert_md5, keys.ec!.cert_md5]);
    assert.deepEqual(info.signers.map((s) => s.schemes), [['v1', 'v2'], ['v1', 'v2']]);
    assert.ok(info.warnings.some((w) => w.code === 'MULTIPLE_SIGNERS'));
    assert.ok(!info.warnings.some((w) => w.code === 'KEY_ROTATION'));
  });

  it('succeeds on an unsigned APK with no signers and an UNSIGNED warning', async () => {
    const info = await readAppInfo(new URL('unsigned.apk', APK_DIR).pathname, { now: NOW });
    assert.equal(info.packageName, 'cn.example.filinglab');
    assert.deepEqual(info.signers, []);
    assert.deepEqual(info.filing, { packageName: 'cn.example.filinglab', publicKey: null, signatureMd5: null });
    assert.deepEqual(info.warnings.map((w) => w.code), ['UNSIGNED']);
  });

  it('reads a zip64 archive (zip64 end record, locator and extra fields)', async () => {
    const info = await readAppInfo(new URL('unsigned-zip64.apk', APK_DIR).pathname, { now: NOW });
    assert.equal(info.packageName, badging('unsigned').packageName);
    assert.equal(info.appName, badging('unsigned').label);
  });

  it('warns when the certificate expired or expires within 90 days', async () => {
    const path = new URL('rsa-v2v3.apk', APK_DIR).pathname;
    const expired = await readAppInfo(path, { now: new Date('2070-01-01T00:00:00Z') });
    assert.deepEqual(expired.warnings.map((w) => w.code), ['CERTIFICATE_EXPIRED']);
    const soon = await readAppInfo(path, { now: new Date('2069-11-01T00:00:00Z') });
    assert.deepEqual(soon.warnings.map((w) => w.code), ['CERTIFICATE_EXPIRING']);
    assert.deepEqual((await readAppInfo(path, { now: NOW })).warnings, []);
  });

  it('verifies v2/v3 digests and signatures, and catches a byte changed after signing', async () => {
    for (const name of ['rsa-v1v2v3', 'ec-v2v3', 'rotated-v1v2v3', 'rsa-v3only', 'multi-v1v2']) {
      const info = await readAppInfo(new URL(`${name}.apk`, APK_DIR).pathname, { now: NOW, verify: true });
      assert.deepEqual(info.verification?.problems, [], name);
      assert.ok(info.verification?.v2 === 'verified' || info.verification?.v3 === 'verified', name);
    }
    const bytes = Buffer.from(readFileSync(new URL('rsa-v2v3.apk', APK_DIR)));
    const asset = bytes.indexOf('hello filing');
    assert.ok(asset > 0, 'the stored asset is in the file');
    bytes[asset] = 'j'.charCodeAt(0);
    const tampered = await readAppInfoFromSource(bufferSource(bytes), { now: NOW, verify: true });
    assert.equal(tampered.verification?.v2, 'failed');
    assert.equal(tampered.verification?.v3, 'failed');
    assert.ok(tampered.warnings.some((w) => w.code === 'SIGNATURE_INVALID'));
    const unchecked = await readAppInfoFromSource(bufferSource(bytes), { now: NOW });
    assert.equal(unchecked.verification, undefined);
  });

  it('labels a v3.1 block (rotation targeting Android 13+) and files its signer', async () => {
    // Debian's apksigner predates v3.1, so the block is added here: the v3 block's value under the v3.1 id.
    const original = readFileSync(new URL('rotated-v1v2v3.apk', APK_DIR));
    const eocd = original.lastIndexOf(Buffer.from('PK\x05\x06', 'latin1'));
    const cd = original.readUInt32LE(eocd + 16);
    const blockSize = Number(original.readBigUInt64LE(cd - 24));
    const blockStart = cd - blockSize - 8;
    const pairs = original.subarray(blockStart + 8, cd - 24);
    let v3: Buffer | undefined;
    for (let at = 0; at < pairs.length; ) {
      const length = Number(pairs.readBigUInt64LE(at));
      if (pairs.readUInt32LE(at + 8) === 0xf05368c0) v3 = pairs.subarray(at + 12, at + 8 + length);
      at += 8 + length;
    }
    assert.ok(v3, 'the fixture has a v3 block');
    const extra = Buffer.alloc(12);
    extra.writeBigUInt64LE(BigInt(v3.length + 4), 0);
    extra.writeUInt32LE(0x1b93ad61, 8);
    const newPairs = Buffer.concat([pairs, extra, v3]);
    const size = Buffer.alloc(8);
    size.writeBigUInt64LE(BigInt(newPairs.length + 24));
    const block = Buffer.concat([size, newPairs, size, Buffer.from('APK Sig Block 42')]);
    const tail = Buffer.from(original.subarray(eocd));
    tail.writeUInt32LE(blockStart + block.length, 16);
    const bytes = Buffer.concat([original.subarray(0, blockStart), block, original.subarray(cd, eocd), tail]);
    const info = await readAppInfoFromSource(bufferSource(bytes), { now: NOW });
    assert.deepEqual(info.signers.map((s) => s.schemes), [['v1', 'v2'], ['v3', 'v3.1']]);
    assert.equal(info.filing.signatureMd5, keys.rsa2!.cert_md5);
    assert.equal(info.lineage.length, 2);
  });

  it('warns about a debug certificate', async (t) => {
    // Built from the same package by substituting a certificate is not possible without re-signing, so check the rule directly.
    const { assembleAppInfo } = await import('./assemble-app-info.js');
    const { execFileSync } = await import('node:child_process');
    let der: Buffer;
    try {
      der = execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', '/dev/null',
        '-subj', '/C=US/O=Android/CN=Android Debug', '-days', '3650', '-outform', 'DER'], { stdio: ['ignore', 'pipe', 'ignore'] });
    } catch {
      t.skip('openssl is not installed');
      return;
    }
    const info = assembleAppInfo({ platform: 'android', packageName: 'a.b', appName: undefined, versionName: undefined, versionCode: undefined,
      signers: [{ schemes: ['v2'], certificate: der }] }, new Date());
    assert.deepEqual(info.warnings.map((w) => w.code), ['DEBUG_CERTIFICATE']);
  });
});

describe('unusable packages', () => {
  const rsa = readFileSync(new URL('rsa-v1v2v3.apk', APK_DIR));
  async function failure(bytes: Buffer): Promise<string> {
    try {
      await readAppInfoFromSource(bufferSource(bytes), { now: NOW });
    } catch (error) {
      assert.ok(isBeianError(error), `a BeianError, not ${String(error)}`);
      return error.code;
    }
    return 'no error';
  }
  const cdOffset = (bytes: Buffer): number => bytes.readUInt32LE(bytes.lastIndexOf(Buffer.from('PK\x05\x06', 'latin1')) + 16);
  const centralRecord = (bytes: Buffer, name: string): number => {
    const at = bytes.indexOf(Buffer.concat([Buffer.from(name)]), cdOffset(bytes));
    return at - 46;
  };

  it('refuses a file that is not a ZIP', async () => {
    assert.equal(await failure(Buffer.from('just some text, not an app package at all')), 'APP_PACKAGE_NOT_ZIP');
    assert.equal(await failure(Buffer.alloc(0)), 'APP_PACKAGE_NOT_ZIP');
  });

  it('refuses a truncated package', async () => {
    assert.equal(await failure(rsa.subarray(0, Math.floor(rsa.length / 2))), 'APP_PACKAGE_TRUNCATED');
  });

  it('refuses a package whose manifest is encrypted', async () => {
    const bytes = Buffer.from(rsa);
    const record = centralRecord(bytes, 'AndroidManifest.xml');
    bytes.writeUInt16LE(bytes.readUInt16LE(record + 8) | 1, record + 8);
    assert.equal(await failure(bytes), 'APP_PACKAGE_ENCRYPTED');
  });

  it('refuses an entry that declares or inflates to more than the limit (zip bomb)', async () => {
    const bytes = Buffer.from(rsa);
    bytes.writeUInt32LE(0xfffffff0, centralRecord(bytes, 'AndroidManifest.xml') + 24);
    assert.equal(await failure(bytes), 'APP_PACKAGE_BOMB');
    const lying = Buffer.from(rsa);
    const record = centralRecord(lying, 'AndroidManifest.xml');
    lying.writeUInt32LE(100, record + 24);
    assert.equal(await failure(lying), 'APP_PACKAGE_BOMB');
  });

  it('refuses a central directory whose size lies', async () => {
    const bytes = Buffer.from(rsa);
    const eocd = bytes.lastIndexOf(Buffer.from('PK\x05\x06', 'latin1'));
    bytes.writeUInt32LE(bytes.readUInt32LE(eocd + 12) + 4096, eocd + 12);
    assert.match(await failure(bytes), /APP_PACKAGE_(CORRUPT|TRUNCATED)/);
    const count = Buffer.from(rsa);
    count.writeUInt16LE(60000, eocd + 10);
    assert.equal(await failure(count), 'APP_PACKAGE_CORRUPT');
  });

  it('refuses a signing block whose sizes lie', async () => {
    const bytes = Buffer.from(rsa);
    const footer = cdOffset(bytes) - 24;
    assert.equal(bytes.toString('latin1', footer + 8, footer + 24), 'APK Sig Block 42');
    bytes.writeBigUInt64LE(BigInt(bytes.length) * 4n, footer);
    assert.equal(await failure(bytes), 'APP_PACKAGE_CORRUPT');
    const inner = Buffer.from(rsa);
    const size = Number(inner.readBigUInt64LE(footer));
    inner.writeBigUInt64LE(BigInt(size) * 1000n, footer - size + 8 + 8);
    assert.equal(await failure(inner), 'APP_PACKAGE_CORRUPT');
  });

  it('answers APP_PACKAGE_NOT_FOUND for a missing file or a directory', async () => {
    for (const path of ['/nonexistent/app.apk', APK_DIR.pathname]) {
      await assert.rejects(readAppInfo(path), (error) => isBeianError(error) && error.code === 'APP_PACKAGE_NOT_FOUND');
    }
  });

  it('refuses a ZIP that is no app package', async () => {
    const ipa = readFileSync(new URL('../../test/fixtures/hap/filinglab-unsigned.hap', import.meta.url));
    const renamed = Buffer.from(ipa.toString('latin1').replaceAll('module.json', 'modulX.json').replaceAll('pack.info', 'pack.infX'), 'latin1');
    assert.equal(await failure(renamed), 'APP_PACKAGE_UNSUPPORTED');
  });
});
