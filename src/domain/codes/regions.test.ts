import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isKnownPrefecture, provinceOf, provinces } from './regions.js';

describe('regions', () => {
  it('lists 31 mainland provinces plus Taiwan, Hong Kong and Macau', () => {
    assert.equal(provinces.filter((p) => p.mainland).length, 31);
    assert.deepEqual(provinces.filter((p) => !p.mainland).map((p) => p.code), ['71', '81', '82']);
  });

  it('finds the province of a six-digit code and knows current prefectures only', () => {
    assert.equal(provinceOf('440305')?.abbreviation, '粤');
    assert.equal(provinceOf('990000'), undefined);
    assert.equal(isKnownPrefecture('440305'), true);
    assert.equal(isKnownPrefecture('340900'), false); // retired
  });
});
