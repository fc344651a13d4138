import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { memoryIo } from '../cli-io.js';
import { shanghaiToday, validate } from './validate.js';

async function json(kind: string, value: string) {
  const io = memoryIo();
  const code = await validate([kind, value, '--json', '--today', '2026-03-15'], io);
  return { code, result: JSON.parse(io.stdout.join('\n')) as { valid: boolean; issues: Array<{ code: string; severity: string }> } };
}

describe('beian validate', () => {
  const valid: Array<[string, string]> = [
    ['resident-id', '11010519491231002X'],
    ['uscc', '91350100M000100Y43'],
    ['hk-macau-permit', 'H12345678'],
    ['taiwan-permit', '12345678'],
    ['residence-permit', '810000199001010019'],
    ['foreign-permanent-id', 'USA110079061501'],
    ['passport', 'E12345678'],
    ['mobile', '+86 13800138000'],
    ['phone', '010-62345678'],
    ['email', 'ops@example.com'],
    ['domain', '例子.中国'],
    ['ip', '47.96.120.20-47.96.120.23'],
    ['package-name', 'com.example.app'],
    ['bundle-id', 'com.example.app'],
    ['app-name', '闽江记账'],
    ['filing-number', '京ICP备2023012345号-2A'],
  ];
  for (const [kind, value] of valid) {
    it(`exits 0 with valid: true for a good ${kind}`, async () => {
      const { code, result } = await json(kind, value);
      assert.deepEqual([code, result.valid], [0, true], JSON.stringify(result));
    });
  }

  const invalid: Array<[string, string, string]> = [
    ['resident-id', '110105194912310021', 'RESIDENT_ID_CHECK_DIGIT'],
    ['resident-id', '1101051949123100', 'RESIDENT_ID_FORMAT'],
    ['uscc', '91350100O000100Y43', 'USCC_FORMAT'],
    ['mobile', '12800138000', 'MOBILE_FORMAT'],
    ['domain', 'example.io', 'DOMAIN_TLD_NOT_FILABLE'],
    ['ip', '10.0.0.1', 'IP_NOT_PUBLIC'],
    ['app-name', '计算器', 'APP_NAME_GENERIC'],
    ['filing-number', 'ICP2023', 'FILING_NUMBER_INVALID'],
  ];
  for (const [kind, value, issue] of invalid) {
    it(`exits 1 with ${issue} for a bad ${kind}`, async () => {
      const { code, result } = await json(kind, value);
      assert.equal(code, 1);
      assert.equal(result.valid, false);
      assert.ok(result.issues.some((i) => i.code === issue), JSON.stringify(result.issues));
    });
  }

  it('exits 0 on warnings only', async () => {
    const { code, result } = await json('uscc', '91350100M000100Y44');
    assert.equal(code, 0);
    assert.deepEqual(result.issues.map((i) => i.severity), ['warning']);
  });

  it('exits 2 for an unknown kind or missing value', async () => {
    const io = memoryIo();
    assert.equal(await validate(['vin', 'X', '--json'], io), 2);
    assert.match(io.stderr.join('\n'), /unknown kind "vin"/);
    assert.equal(await validate(['mobile'], memoryIo()), 2);
  });

  it('prints a readable line without --json', async () => {
    const io = memoryIo();
    assert.equal(await validate(['mobile', '+86 138 0013 8000'], io), 0);
    assert.equal(io.stdout[0], 'valid: 13800138000');
  });

  it('takes today in Asia/Shanghai', () => {
    assert.equal(shanghaiToday(new Date('2026-03-14T16:30:00Z')), '2026-03-15');
  });
});
