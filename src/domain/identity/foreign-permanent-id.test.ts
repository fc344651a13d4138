import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkForeignPermanentId } from './foreign-permanent-id.js';
import { foreignPermanentId2023, mutateAt, today } from '../../../test/arbitraries/identity-numbers.js';

describe('checkForeignPermanentId', () => {
  it('accepts generated 2023 cards', () => {
    fc.assert(fc.property(foreignPermanentId2023, (id) => assert.deepEqual(checkForeignPermanentId(id, { today }).issues, [])), { numRuns: 200 });
  });

  it('rejects a 2023 card number when any one character is changed', () => {
    fc.assert(
      fc.property(foreignPermanentId2023, fc.integer({ min: 1, max: 17 }), fc.nat(), (id, index, pick) => {
        const changed = mutateAt(id, index, index === 17 ? '0123456789X' : '0123456789', pick);
        assert.equal(checkForeignPermanentId(changed, { today }).valid, false);
      }),
      { numRuns: 200 },
    );
  });

  it('accepts the old 15-character form by format', () => {
    assert.equal(checkForeignPermanentId('usa110079061501', { today }).valid, true);
    assert.equal(checkForeignPermanentId('US1110079061501', { today }).valid, false);
    assert.equal(checkForeignPermanentId('USA11007906150', { today }).valid, false);
  });
});
