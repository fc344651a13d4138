import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readCheckRow } from './check-row.js';
import { judgeCheckRow, type PackageFiling } from './check-verdict.js';
import { normalizeSignatureDigest } from './signature-digest.js';

const filing = (over: Partial<PackageFiling> = {}): PackageFiling => ({
  number: '京ICP备2026000001号-1A',
  subjectNumber: '京ICP备2026000001号',
  subjectName: '北京示例网络科技有限公司',
  serviceName: '示例记账',
  status: 'active',
  shell: false,
  accessLimited: false,
  approvedAt: new Date('2026-03-02T02:00:00Z'),
  signatureDigest: '5a1b2c3d4e5f60718293a4b500000003',
  ...over,
});

const row = (value: Record<string, unknown>) => {
  const read = readCheckRow({ platform: 'android', packageName: 'cn.example.app', ...value });
  assert.ok(read.ok, JSON.stringify(read));
  return read.row;
};

describe('signature digests', () => {
  it('accepts an MD5 in any case, with or without separators, and an iOS SHA-1', () => {
    for (const text of ['5A1B2C3D4E5F60718293A4B500000003', '5a:1b:2c:3d:4e:5f:60:71:82:93:a4:b5:00:00:00:03', '5A 1B 2C 3D 4E 5F 60 71 82 93 A4 B5 00 00 00 03', '5a1b2c3d-4e5f-6071-8293-a4b500000003']) {
      assert.equal(normalizeSignatureDigest(text), '5a1b2c3d4e5f60718293a4b500000003', text);
    }
    assert.equal(normalizeSignatureDigest('9F8E7D6C5B4A39281706F5E4D3C2B1A000000003')?.length, 40);
    for (const text of ['', '5a1b', 'zz1b2c3d4e5f60718293a4b500000003', '5a1b2c3d4e5f60718293a4b5000000030']) assert.equal(normalizeSignatureDigest(text), null, text);
  });
});

describe('check rows', () => {
  it('names the field of a bad row', () => {
    assert.deepEqual(readCheckRow({ platform: 'symbian', packageName: 'a.b' }).ok, false);
    const bad = readCheckRow({ platform: 'android', packageName: 'a.b', signatureMd5: 'not-a-digest' });
    assert.ok(!bad.ok && bad.path === 'signatureMd5');
    const control = readCheckRow({ platform: 'android', packageName: 'a.b', appName: 'x\u202ey' });
    assert.ok(!control.ok && control.path === 'appName');
    assert.ok(!readCheckRow('a string').ok);
    assert.ok(!readCheckRow({ platform: 'ios' }).ok);
  });

  it('reads harmony as HarmonyOS and leaves empty CSV cells out', () => {
    assert.deepEqual(row({ platform: 'Harmony', signatureMd5: '', appName: '' }), { platform: 'harmonyos', packageName: 'cn.example.app' });
  });
});

describe('check verdicts', () => {
  it('is filed when the package, signature and names match', () => {
    const verdict = judgeCheckRow(row({ signatureMd5: '5A:1B:2C:3D:4E:5F:60:71:82:93:A4:B5:00:00:00:03', appName: '示例记账', subjectName: '北京示例网络科技有限公司' }), [filing()]);
    assert.equal(verdict.verdict, 'filed');
    assert.equal(verdict.number, '京ICP备2026000001号-1A');
    assert.deepEqual(verdict.filed, { subjectName: '北京示例网络科技有限公司', serviceName: '示例记账', status: 'active' });
  });

  it('is not_filed without a filing, or when the number named does not carry the package', () => {
    assert.equal(judgeCheckRow(row({}), []).verdict, 'not_filed');
    assert.equal(judgeCheckRow(row({ number: '沪ICP备2026000001号-1A' }), [filing()]).verdict, 'not_filed');
    assert.equal(judgeCheckRow(row({ number: '京ICP备2026000001号' }), [filing()]).verdict, 'filed', 'the subject number names its services too');
  });

  it('puts status before signature and names', () => {
    const stranger = { signatureMd5: 'ffffffffffffffffffffffffffffffff', appName: '别的' };
    assert.equal(judgeCheckRow(row(stranger), [filing({ status: 'cancelled' })]).verdict, 'cancelled');
    assert.equal(judgeCheckRow(row(stranger), [filing({ status: 'revoked' })]).verdict, 'revoked');
    assert.equal(judgeCheckRow(row(stranger), [filing({ accessLimited: true })]).verdict, 'access_limited');
    assert.equal(judgeCheckRow(row({}), [filing({ status: 'cancelled' }), filing({ number: 'x', status: 'active' })]).verdict, 'filed', 'an active refiling wins');
  });

  it('tells a counterfeit signature, another app name and another subject apart', () => {
    assert.equal(judgeCheckRow(row({ signatureMd5: 'ffffffffffffffffffffffffffffffff' }), [filing()]).verdict, 'signature_mismatch');
    assert.equal(judgeCheckRow(row({ signatureMd5: 'ffffffffffffffffffffffffffffffff' }), [filing({ signatureDigest: null })]).verdict, 'filed', 'no filed digest: nothing to compare');
    assert.equal(judgeCheckRow(row({ appName: '别的记账' }), [filing()]).verdict, 'name_mismatch');
    assert.equal(judgeCheckRow(row({ subjectName: '上海别的公司' }), [filing()]).verdict, 'subject_mismatch');
  });
});
