import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkResidencePermit } from './residence-permit.js';
import { gb11643CheckDigit } from './gb11643-check-digit.js';
import { mutateAt, residencePermit, today } from '../../../test/arbitraries/identity-numbers.js';

describe('checkResidencePermit', () => {
  it('accepts generated permits', () => {
    fc.assert(fc.property(residencePermit, (id) => assert.deepEqual(checkResidencePermit(id, { today }).issues, [])), { numRuns: 200 });
  });

  it('rejects a permit when any one character is changed', () => {
    fc.assert(
      fc.property(residencePermit, fc.nat(17), fc.nat(), (id, index, pick) => {
        const changed = mutateAt(id, index, index === 17 ? '0123456789X' : '0123456789', pick);
        assert.equal(checkResidencePermit(changed, { today }).valid, false);
      }),
      { numRuns: 200 },
    );
  });

  it('accepts only the prefixes of the chosen region', () => {
    const first17 = '83000019900101001';
    const taiwan = first17 + gb11643CheckDigit(first17);
    assert.equal(checkResidencePermit(taiwan, { today, region: 'taiwan' }).valid, true);
    assert.deepEqual(checkResidencePermit(taiwan, { today, region: 'hong_kong_macau' }).issues.map((i) => i.code), ['RESIDENCE_PERMIT_FORMAT']);
  });

  it('rejects a resident identity card number', () => {
    const first17 = '11010519900101001';
    assert.equal(checkResidencePermit(first17 + gb11643CheckDigit(first17), { today }).valid, false);
  });
});
