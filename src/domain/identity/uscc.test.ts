import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkUscc, organizationCodeCheckCharacter, usccCharacters, usccCheckCharacter } from './uscc.js';
import { mutateAt, uscc, usccAssignedMa } from '../../../test/arbitraries/identity-numbers.js';

describe('checkUscc', () => {
  it('accepts generated codes', () => {
    fc.assert(fc.property(uscc, (code) => assert.deepEqual(checkUscc(code).issues, [])), { numRuns: 200 });
  });

  it('reports every one-character change, as an error when the organisation code breaks too', () => {
    fc.assert(
      fc.property(uscc, fc.nat(17), fc.nat(), (code, index, pick) => {
        const changed = mutateAt(code, index, index >= 2 && index < 8 ? '0123456789' : usccCharacters, pick);
        const result = checkUscc(changed);
        assert.ok(result.issues.length > 0);
        const organizationSound = organizationCodeCheckCharacter(changed.slice(8, 16)) === changed[16];
        assert.equal(result.valid, organizationSound && changed.slice(8, 10) !== 'MA');
      }),
      { numRuns: 200 },
    );
  });

  it('accepts a real code and lower case', () => {
    // 91350100M000100Y43: a widely published sample licence code
    assert.equal(usccCheckCharacter('91350100M000100Y4'), '3');
    assert.equal(checkUscc(' 91350100m000100y43 ').valid, true);
  });

  it('warns, not fails, on a pilot-era code whose check character is off', () => {
    const first17 = '91350100M000100Y4';
    const wrong = usccCharacters[(usccCharacters.indexOf(usccCheckCharacter(first17)) + 1) % 31]!;
    const result = checkUscc(first17 + wrong);
    assert.equal(result.valid, true);
    assert.deepEqual(result.issues.map((i) => [i.code, i.severity]), [['USCC_PILOT_CHECK_CHARACTER', 'warning']]);
  });

  it('accepts generated codes whose organisation code starts with MA', () => {
    fc.assert(fc.property(usccAssignedMa, (code) => assert.deepEqual(checkUscc(code).issues, [])), { numRuns: 200 });
  });

  it('fails, never merely warns, on any wrong check character of a code whose organisation code starts with MA (GB 32100)', () => {
    fc.assert(
      fc.property(usccAssignedMa, fc.nat(), (code, pick) => {
        const result = checkUscc(mutateAt(code, 17, usccCharacters, pick));
        assert.equal(result.valid, false);
        assert.deepEqual(result.issues.map((i) => [i.code, i.severity]), [['USCC_CHECK_CHARACTER_GB32100', 'error']]);
      }),
      { numRuns: 300 },
    );
    // 91110108MA01A0000? with a sound embedded organisation code but the wrong 18th character: an error
    const first17 = '91110108MA01A0000';
    const org = first17.slice(8, 16);
    const sound = `${first17.slice(0, 16)}${organizationCodeCheckCharacter(org)}`;
    const wrong = usccCharacters[(usccCharacters.indexOf(usccCheckCharacter(sound)) + 1) % 31]!;
    assert.equal(checkUscc(sound + wrong).valid, false);
  });

  it('rejects forbidden letters, letters in the region part and wrong lengths', () => {
    for (const bad of ['91350100M000100Y4I', '91350100O000100Y43', '9135A100M000100Y43', '91350100M000100Y4', '']) {
      assert.deepEqual(checkUscc(bad).issues.map((i) => i.code), ['USCC_FORMAT'], bad);
    }
  });
});
