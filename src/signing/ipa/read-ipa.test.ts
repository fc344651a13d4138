import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readAppInfo } from '../read-app-info.js';
import { profileType } from './read-ipa.js';
import { parseXmlPlist } from './xml-plist.js';

const DIR = new URL('../../../test/fixtures/ipa/', import.meta.url);
const NOW = new Date('2026-06-01T00:00:00Z');
const oracle = Object.fromEntries(
  readFileSync(new URL('ipa-oracle.txt', DIR), 'utf8')
    .split('\n')
    .filter((l) => l.includes('='))
    .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
);

describe('readAppInfo on IPAs', () => {
  for (const file of ['lab.ipa', 'lab-xml-plist.ipa']) {
    it(`${file}: bundle id, version, profile type, team id and the certificate SHA-1 filed as 签名MD5`, async () => {
      const info = await readAppInfo(new URL(file, DIR).pathname, { now: NOW });
      assert.equal(info.platform, 'ios');
      assert.equal(info.packageName, 'cn.example.filinglab.ios');
      assert.equal(info.appName, '备案实验室');
      assert.equal(info.versionName, '1.2.3');
      assert.equal(info.versionCode, '42');
      assert.equal(info.profile?.type, 'ad-hoc');
      assert.equal(info.profile?.teamId, 'ABCDE12345');
      assert.equal(info.signers.length, 1);
      assert.equal(info.signers[0]!.certificate.sha1, oracle.dev_cert_sha1);
      assert.equal(info.signers[0]!.certificate.md5, oracle.dev_cert_md5);
      assert.equal(info.signers[0]!.certificate.subject, oracle.dev_subject!.replace(/^subject=/, '').replaceAll(',', ', '));
      assert.equal(info.filing.signatureMd5, oracle.dev_cert_sha1);
      assert.equal(info.filing.publicKey, info.signers[0]!.publicKey.rsaModulusHex);
      assert.deepEqual(info.warnings.map((w) => w.code), ['APPLE_PROFILE_NOT_DISTRIBUTION']);
    });
  }

  it('warns when the provisioning profile has expired', async () => {
    const info = await readAppInfo(new URL('lab.ipa', DIR).pathname, { now: new Date('2027-06-01T00:00:00Z') });
    assert.deepEqual(info.warnings.map((w) => w.code), ['APPLE_PROFILE_NOT_DISTRIBUTION', 'APPLE_PROFILE_EXPIRED']);
  });

  it('succeeds without a provisioning profile and says where to find the certificate', async () => {
    const info = await readAppInfo(new URL('lab-no-profile.ipa', DIR).pathname, { now: NOW });
    assert.equal(info.packageName, 'cn.example.filinglab.ios');
    assert.deepEqual(info.signers, []);
    assert.deepEqual(info.warnings.map((w) => w.code), ['APPLE_PROFILE_MISSING']);
  });
});

describe('profileType', () => {
  it('tells development, ad hoc, App Store and enterprise profiles apart', () => {
    assert.equal(profileType({ ProvisionedDevices: ['x'], Entitlements: { 'get-task-allow': true } }), 'development');
    assert.equal(profileType({ ProvisionedDevices: ['x'], Entitlements: { 'get-task-allow': false } }), 'ad-hoc');
    assert.equal(profileType({ Entitlements: { 'get-task-allow': false } }), 'app-store');
    assert.equal(profileType({ ProvisionsAllDevices: true }), 'enterprise');
  });
});

describe('parseXmlPlist', () => {
  it('reads the plist DTD types and entities', () => {
    const value = parseXmlPlist(`<?xml version="1.0"?><!DOCTYPE plist><plist version="1.0"><dict>
      <key>a&amp;b</key><string>x &lt;y&gt; &#x4E2D;</string><key>n</key><integer>-3</integer><key>t</key><true/>
      <key>d</key><data>AAEC</data><key>l</key><array><real>1.5</real><false/></array><key>e</key><dict/></dict></plist>`);
    assert.deepEqual(value, { 'a&b': 'x <y> 中', n: -3, t: true, d: Buffer.from([0, 1, 2]), l: [1.5, false], e: {} });
  });
});
