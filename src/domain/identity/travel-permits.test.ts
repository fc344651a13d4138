import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkHkMacauPermit, checkPassport, checkTaiwanPermit } from './travel-permits.js';

const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });

describe('travel permits and passports', () => {
  it('accepts H/M + 8 digits (+2 issue digits) for Hong Kong and Macau residents', () => {
    fc.assert(
      fc.property(fc.constantFrom('H', 'M', 'h'), digits(8), fc.option(digits(2), { nil: '' }), (letter, number, issue) =>
        assert.equal(checkHkMacauPermit(letter + number + issue).valid, true),
      ),
      { numRuns: 200 },
    );
    for (const bad of ['C12345678', 'H1234567', 'H123456789', '12345678']) assert.equal(checkHkMacauPermit(bad).valid, false, bad);
  });

  it('accepts 8- and 10-digit Taiwan residents\' permits', () => {
    fc.assert(fc.property(fc.oneof(digits(8), digits(10)), (number) => assert.equal(checkTaiwanPermit(number).valid, true)), { numRuns: 100 });
    for (const bad of ['1234567', '123456789', 'T1234567']) assert.equal(checkTaiwanPermit(bad).valid, false, bad);
  });

  it('checks passports by format only', () => {
    assert.equal(checkPassport('E12345678').valid, true);
    assert.equal(checkPassport('ea1234567').normalized, 'EA1234567');
    for (const bad of ['ABCDEFGH', 'E12', 'E1234 5678', 'E12345678901234567']) assert.equal(checkPassport(bad).valid, false, bad);
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z]{1,2}$/), fc.stringMatching(/^[0-9]{4,12}$/), fc.integer({ min: 1, max: 3 }), (letters, number, cut) => {
        assert.equal(checkPassport(`${letters}${number}`.toLowerCase()).normalized, `${letters}${number}`);
        assert.equal(checkPassport(`${letters}${number.slice(0, cut)} ${number.slice(cut)}`).valid, false, 'a space inside is not a passport number');
      }),
      { numRuns: 200 },
    );
  });
});
