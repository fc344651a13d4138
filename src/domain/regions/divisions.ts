import { divisionTable } from './division-table.js';

/** A prefecture-level or county-level division of mainland China (GB/T 2260). */
export interface Division {
  /** Six-digit code: prefecture-level codes end in 00, county-level ones do not. */
  code: string;
  name: { zh: string; en: string };
  level: 'prefecture' | 'county';
}

const byCode = new Map<string, Division>();
const prefecturesByProvince = new Map<string, Division[]>();
const countiesByPrefecture = new Map<string, Division[]>();

for (const [code, zh, en] of divisionTable) {
  const level = code.endsWith('00') ? 'prefecture' : 'county';
  const division: Division = Object.freeze({ code, name: Object.freeze({ zh, en }), level });
  byCode.set(code, division);
  const [index, key] = level === 'prefecture' ? [prefecturesByProvince, code.slice(0, 2)] : [countiesByPrefecture, code.slice(0, 4)];
  const list = index.get(key) ?? [];
  list.push(division);
  index.set(key, list);
}

/** The prefecture-level or county-level division with this six-digit code, if the table has it. */
export function divisionByCode(code: string): Division | undefined {
  return byCode.get(code);
}

/** The prefecture-level divisions of a province (two- or six-digit code), in code order; none for unknown provinces. */
export function prefecturesOf(provinceCode: string): readonly Division[] {
  return prefecturesByProvince.get(provinceCode.slice(0, 2)) ?? [];
}

/**
 * The county-level divisions of a prefecture (six-digit code ending in 00), in code order. Empty for a prefecture-level
 * city without counties (东莞, 中山, 儋州, 嘉峪关): there the city itself stands for the district.
 */
export function countiesOf(prefectureCode: string): readonly Division[] {
  return byCode.get(prefectureCode)?.level === 'prefecture' ? countiesByPrefecture.get(prefectureCode.slice(0, 4)) ?? [] : [];
}
