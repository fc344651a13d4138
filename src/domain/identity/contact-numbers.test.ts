import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkMobileNumber } from './mobile-number.js';
import { checkFixedLineNumber } from './fixed-line-number.js';
import { checkEmailAddress } from './email-address.js';

const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
const mobile = fc.tuple(fc.constantFrom('3', '5', '7', '8', '9'), digits(9)).map(([second, rest]) => `1${second}${rest}`);

describe('checkMobileNumber', () => {
  it('accepts mainland mobiles with or without +86 and normalises them to 11 digits', () => {
    fc.assert(
      fc.property(mobile, fc.constantFrom('', '+86', '+86 ', '0086', '86'), (number, prefix) => {
        const result = checkMobileNumber(prefix + number);
        assert.equal(result.valid, true);
        assert.equal(result.normalized, number);
      }),
      { numRuns: 200 },
    );
    assert.equal(checkMobileNumber('138 0013 8000').normalized, '13800138000');
  });

  it('rejects wrong lengths, leading digits and other country codes', () => {
    for (const bad of ['12800138000', '1380013800', '138001380001', '+85213800138000', '+1 13800138000', '010-12345678']) {
      assert.equal(checkMobileNumber(bad).valid, false, bad);
    }
  });
});

describe('checkFixedLineNumber', () => {
  it('accepts area codes with local numbers of the right length', () => {
    const cases: Array<[string, string]> = [
      ['010-62345678', '010-62345678'],
      ['(021)62345678', '021-62345678'],
      ['0755-2345678', '0755-2345678'],
      ['0571 87654321', '0571-87654321'],
      ['+86 10 62345678', '010-62345678'],
      ['010-62345678-8001', '010-62345678-8001'],
      ['0755-23456789转123', '0755-23456789-123'],
    ];
    for (const [input, normalized] of cases) {
      const result = checkFixedLineNumber(input);
      assert.equal(result.valid, true, input);
      assert.equal(result.normalized, normalized, input);
    }
  });

  it('rejects missing area codes, 7-digit numbers after 3-digit area codes and mobiles', () => {
    for (const bad of ['62345678', '010-6234567', '0755-234567', '010-02345678', '010-12345678', '13800138000', '0155-2345678']) {
      assert.equal(checkFixedLineNumber(bad).valid, false, bad);
    }
  });
});

describe('checkEmailAddress', () => {
  it('accepts ordinary and internationalised addresses', () => {
    for (const ok of ['ops@example.com', 'li.lei+beian@mail.example.com.cn', 'admin@例子.中国']) assert.equal(checkEmailAddress(ok).valid, true, ok);
    assert.equal(checkEmailAddress('Ops@Example.COM').normalized, 'Ops@example.com');
  });

  it('rejects addresses without a usable domain or local part', () => {
    for (const bad of ['ops', 'ops@', '@example.com', 'ops@example', 'o..ps@example.com', 'ops@exa mple.com', 'a@b@example.com']) {
      assert.equal(checkEmailAddress(bad).valid, false, bad);
    }
  });

  it('accepts any well-formed fixed-line number and normalises it to area-local; a local number one digit short fails', () => {
    const shortArea = fc.constantFrom('010', ...'0123456789'.split('').map((d) => `02${d}`));
    const longArea = fc.tuple(fc.constantFrom(...'3456789'), digits(2)).map(([first, rest]) => `0${first}${rest}`);
    const local = (n: number) => fc.tuple(fc.constantFrom(...'23456789'), digits(n - 1)).map(([first, rest]) => first + rest);
    const number = fc.oneof(fc.tuple(shortArea, local(8)), fc.tuple(longArea, fc.oneof(local(7), local(8))));
    fc.assert(
      fc.property(number, fc.constantFrom('-', ' ', ''), fc.boolean(), ([area, localNumber], separator, brackets) => {
        const written = brackets ? `(${area})${localNumber}` : `${area}${separator}${localNumber}`;
        assert.equal(checkFixedLineNumber(written).normalized, `${area}-${localNumber}`, written);
        if (area.length === 3) assert.equal(checkFixedLineNumber(`${area}-${localNumber.slice(1)}`).valid, false);
      }),
      { numRuns: 200 },
    );
  });

  it('accepts generated dot-atom addresses at valid domains, and refuses them without the @', () => {
    const address = fc.tuple(
      fc.stringMatching(/^[a-z0-9][a-z0-9_+-]{0,15}(\.[a-z0-9]{1,8})?$/),
      fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/),
      fc.constantFrom('com', 'cn', 'net', 'org', 'com.cn'),
    );
    fc.assert(
      fc.property(address, ([local, label, tld]) => {
        assert.equal(checkEmailAddress(`${local}@${label}.${tld}`).valid, true, `${local}@${label}.${tld}`);
        assert.equal(checkEmailAddress(`${local}${label}.${tld}`).valid, false);
      }),
      { numRuns: 200 },
    );
  });
});
