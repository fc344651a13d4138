import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkResidentId } from './resident-id.js';
import { gb11643CheckDigit } from './gb11643-check-digit.js';
import { mutateAt, residentId, today } from '../../../test/arbitraries/identity-numbers.js';

const codes = (value: string, t = today) => checkResidentId(value, { today: t }).issues.map((i) => i.code);

describe('checkResidentId', () => {
  it('accepts generated numbers with a current region and returns their birth date', () => {
    fc.assert(
      fc.property(residentId, (id) => {
        const result = checkResidentId(id, { today });
        assert.deepEqual(result.issues, []);
        assert.equal(result.birthDate, `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`);
      }),
      { numRuns: 200 },
    );
  });

  it('rejects a number when any one character is changed', () => {
    fc.assert(
      fc.property(residentId, fc.nat(17), fc.nat(), (id, index, pick) => {
        const changed = mutateAt(id, index, index === 17 ? '0123456789X' : '0123456789', pick);
        assert.equal(checkResidentId(changed, { today }).valid, false);
      }),
      { numRuns: 200 },
    );
  });

  it('reads a lower-case x as X', () => {
    const first17 = '11010519491231002';
    assert.equal(gb11643CheckDigit(first17), 'X');
    const result = checkResidentId(first17 + 'x', { today });
    assert.equal(result.valid, true);
    assert.equal(result.normalized, first17 + 'X');
  });

  it('rejects 15-digit first-generation numbers and wrong lengths', () => {
    assert.deepEqual(codes('110105491231002'), ['RESIDENT_ID_FORMAT']);
    assert.deepEqual(codes('1101051949123100'), ['RESIDENT_ID_FORMAT']);
  });

  it('rejects a birth date that does not exist', () => {
    const first17 = '11010519490231002';
    assert.ok(codes(first17 + gb11643CheckDigit(first17)).includes('BIRTH_DATE_INVALID'));
  });

  it('rejects a birth date after today', () => {
    const first17 = '11010520260316002';
    const id = first17 + gb11643CheckDigit(first17);
    assert.deepEqual(codes(id, '2026-03-15'), ['BIRTH_DATE_IN_FUTURE']);
    assert.deepEqual(codes(id, '2026-03-16'), []);
  });

  it('only warns about a retired region code', () => {
    const first17 = '11020019800101002'; // 1102 (县) of Beijing, retired
    const result = checkResidentId(first17 + gb11643CheckDigit(first17), { today });
    assert.equal(result.valid, true);
    assert.deepEqual(result.issues.map((i) => [i.code, i.severity]), [['RESIDENT_ID_REGION_UNKNOWN', 'warning']]);
  });
});
