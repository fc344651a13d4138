import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isBeianError } from '../errors/beian-error.js';
import { defaultRegions } from './default-regions.js';
import { createRegionLookup, defaultRegionLookup } from './region-lookup.js';
import type { Region } from './region.js';

describe('default region table', () => {
  it('holds the 31 provincial-level divisions of mainland China, each code a GB/T 2260 provincial code', () => {
    assert.equal(defaultRegions.length, 31);
    assert.equal(new Set(defaultRegions.map((r) => r.code)).size, 31);
    for (const region of defaultRegions) assert.match(region.code, /^[1-6]\d0000$/);
    for (const code of ['810000', '820000', '710000']) assert.equal(defaultRegionLookup.byCode(code), undefined);
  });

  it('finds provinces by code and by the prefix new numbers carry', () => {
    assert.equal(defaultRegionLookup.byCode('110000')?.abbreviation, '京');
    assert.equal(defaultRegionLookup.byCode('440000')?.name.zh, '广东省');
    const expected: Array<[string, string]> = [
      ['京', '110000'], ['沪', '310000'], ['粤', '440000'], ['蜀', '510000'], ['黔', '520000'], ['滇', '530000'],
      ['陕', '610000'], ['陇', '620000'], ['藏', '540000'], ['蒙', '150000'], ['新', '650000'],
    ];
    for (const [prefix, code] of expected) assert.equal(defaultRegionLookup.byAbbreviation(prefix)?.code, code, prefix);
  });

  it('reads the aliases older numbers carry (川 for 四川, 甘 for 甘肃, 贵 for 贵州) but issues the canonical prefix', () => {
    for (const [alias, canonical] of [['川', '蜀'], ['甘', '陇'], ['贵', '黔']] as const) {
      assert.equal(defaultRegionLookup.byAbbreviation(alias)?.abbreviation, canonical);
    }
    assert.equal(defaultRegionLookup.byAbbreviation('港'), undefined);
    assert.equal(defaultRegionLookup.byAbbreviation('京ICP'), undefined);
  });
});

describe('createRegionLookup', () => {
  const base: Region = { code: '110000', name: { zh: '北京市', en: 'Beijing' }, abbreviation: '京', aliases: [] };

  it('builds a lookup from an administrator table that replaces the default one', () => {
    const lookup = createRegionLookup([{ ...base, aliases: ['燕'] }]);
    assert.equal(lookup.regions.length, 1);
    assert.equal(lookup.byAbbreviation('燕')?.code, '110000');
    assert.equal(lookup.byAbbreviation('沪'), undefined);
  });

  it('refuses a table that claims one prefix twice, naming the entry', () => {
    const table: Region[] = [base, { code: '120000', name: { zh: '天津市', en: 'Tianjin' }, abbreviation: '津', aliases: ['京'] }];
    assert.throws(
      () => createRegionLookup(table),
      (error) => isBeianError(error) && error.code === 'VALIDATION_FAILED' && error.path === 'regions[1].aliases[0]',
    );
  });

  it('refuses repeated or malformed codes and malformed prefixes', () => {
    const refuses = (table: Region[], path: string) =>
      assert.throws(() => createRegionLookup(table), (error) => isBeianError(error) && error.path === path);
    refuses([base, { ...base, abbreviation: '燕' }], 'regions[1].code');
    refuses([{ ...base, code: '110100' }], 'regions[0].code');
    refuses([{ ...base, abbreviation: 'BJ' }], 'regions[0].abbreviation');
    refuses([{ ...base, abbreviation: '' }], 'regions[0].abbreviation');
  });

  it('is not changed by later edits to the table it was built from', () => {
    const table: Region[] = [{ ...base, aliases: ['燕'] }];
    const lookup = createRegionLookup(table);
    table[0]!.abbreviation = '冀';
    assert.equal(lookup.byCode('110000')?.abbreviation, '京');
  });
});
