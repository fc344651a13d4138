import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { readCheckRow, readCheckRowBySchema } from './check-row.js';

const platform = fc.constantFrom('android', 'ios', 'harmonyos', 'harmony', 'Android', ' ios ', 'HARMONY', 'web', '', 7, null);
const packageName = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,40}$/),
  fc.constantFrom('', ' com.example.app ', 'com example', 'com.例子', '-com.example', 'a'.repeat(255), 'a'.repeat(256), 42),
  fc.string({ maxLength: 12 }),
);
const digest = fc.oneof(
  fc.stringMatching(/^[0-9a-fA-F]{32}$/),
  fc.stringMatching(/^[0-9a-f]{40}$/),
  fc.constantFrom('', null, 'AB:CD', '5A:1B:2C:3D:4E:5F:60:71:82:93:A4:B5:00:00:00:03', 'zz'.repeat(16), 'a'.repeat(129), 5),
);
const text = fc.oneof(fc.constant(undefined), fc.constantFrom('', null, '示例记账', ' 北京示例 ', 'a\u202eb', 'x'.repeat(300)));

describe('reading a check row', () => {
  it('reads every row as the full schema does, plain rows included', () => {
    fc.assert(
      fc.property(
        fc.record({ platform, packageName, signatureMd5: fc.oneof(fc.constant(undefined), digest), appName: text, subjectName: text, number: text, extra: fc.oneof(fc.constant(undefined), fc.string()) }),
        (fields) => {
          const value = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
          assert.deepEqual(readCheckRow(value), readCheckRowBySchema(value));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('normalizes the platform and the signature digest of a plain row', () => {
    assert.deepEqual(readCheckRow({ platform: 'harmony', packageName: 'com.example.app', signatureMd5: '5A:1B:2C:3D:4E:5F:60:71:82:93:A4:B5:00:00:00:03' }), {
      ok: true,
      row: { platform: 'harmonyos', packageName: 'com.example.app', signatureDigest: '5a1b2c3d4e5f60718293a4b500000003' },
    });
    assert.deepEqual(readCheckRow({ platform: 'ios', packageName: 'com example' }), { ok: false, path: 'packageName', reason: 'a package name or bundle id: letters, digits, dots, hyphens and underscores' });
  });
});
