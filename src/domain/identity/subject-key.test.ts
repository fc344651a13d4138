import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { certificateTypes } from '../codes/certificate-types.js';
import { subjectKey } from './subject-key.js';

describe('subject keys', () => {
  const uscc = '91110108MA01ABCD1X';

  it('gives one USCC one key under every organisation certificate type', () => {
    const organisationTypes = certificateTypes.filter((t) => !t.person).map((t) => t.code);
    const keys = new Set(organisationTypes.map((code) => subjectKey(code, uscc)));
    assert.deepEqual([...keys], [`ORG:${uscc}`]);
    assert.equal(subjectKey(1, uscc), subjectKey(49, uscc), 'business licence and USCC certificate (P3)');
  });

  it('normalises white space, case and full-width characters', () => {
    assert.equal(subjectKey(49, ' 91110108ma01 abcd1x '), `ORG:${uscc}`);
    assert.equal(subjectKey(49, '９１１１０１０８ＭＡ０１ＡＢＣＤ１Ｘ'), `ORG:${uscc}`);
  });

  it('keeps persons apart from organisations, and passports and permits in their own number spaces', () => {
    assert.equal(subjectKey(2, '11010119900307123x'), 'ID:11010119900307123X');
    assert.equal(subjectKey(42, '830000199003071234'), 'ID:830000199003071234', 'residence permits share the identity-card numbers');
    assert.equal(subjectKey(7, 'E12345678'), 'PASSPORT:E12345678');
    assert.notEqual(subjectKey(2, '110101199003071234'), subjectKey(49, '110101199003071234'));
    assert.notEqual(subjectKey(11, '12345678'), subjectKey(14, '12345678'));
  });
});
