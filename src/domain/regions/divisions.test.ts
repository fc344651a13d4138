import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { defaultRegions } from './default-regions.js';
import { countiesOf, divisionByCode, prefecturesOf } from './divisions.js';
import { divisionTable } from './division-table.js';

describe('division table', () => {
  it('holds the prefecture-level and county-level divisions of every mainland province, each under its province and city', () => {
    const provinces = new Set(defaultRegions.map((r) => r.code.slice(0, 2)));
    const codes = divisionTable.map(([code]) => code);
    assert.equal(new Set(codes).size, codes.length, 'no code twice');
    for (const [code, zh, en] of divisionTable) {
      assert.match(code, /^[1-6]\d{5}$/);
      assert.ok(provinces.has(code.slice(0, 2)), `${code} lies in a mainland province`);
      assert.ok(zh.trim() && en.trim(), `${code} is named in both languages`);
      if (!code.endsWith('00')) assert.equal(divisionByCode(`${code.slice(0, 4)}00`)?.level, 'prefecture', `${code} has its city`);
    }
    for (const province of provinces) assert.ok(prefecturesOf(province).length > 0, `${province} has cities`);
    const prefectures = codes.filter((c) => c.endsWith('00')).length;
    assert.ok(prefectures > 330 && codes.length - prefectures > 2800, `${prefectures} cities, ${codes.length - prefectures} districts`);
  });

  it('leaves out the statistics-only development zones (xx71–xx79), which are no GB/T 2260 codes', () => {
    assert.equal(divisionTable.filter(([code]) => /7\d$/.test(code)).length, 0);
  });

  it("names cities and districts in Chinese and English, municipalities' districts under one city", () => {
    assert.deepEqual(divisionByCode('440305')?.name, { zh: '南山区', en: 'Nanshan District' });
    assert.deepEqual(divisionByCode('510100')?.name, { zh: '成都市', en: 'Chengdu' });
    assert.deepEqual(divisionByCode('341500')?.name, { zh: '六安市', en: "Lu'an" });
    assert.deepEqual(prefecturesOf('110000').map((d) => d.code), ['110100']);
    assert.deepEqual(prefecturesOf('500000').map((d) => d.code), ['500100', '500200']);
    assert.ok(countiesOf('110100').some((d) => d.code === '110105' && d.name.zh === '朝阳区'));
  });

  it('knows cities without counties, and gives no counties for a district or an unknown code', () => {
    for (const city of ['441900', '442000', '460400']) assert.deepEqual(countiesOf(city), [], city);
    assert.deepEqual(countiesOf('440305'), []);
    assert.equal(divisionByCode('440399'), undefined);
    assert.deepEqual(prefecturesOf('810000'), []);
  });
});
