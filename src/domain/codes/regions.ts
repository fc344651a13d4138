import { defaultRegions } from '../regions/default-regions.js';
import { divisionTable } from '../regions/division-table.js';

/**
 * Province-level divisions (GB/T 2260) and their current prefecture-level codes.
 * The prefecture list is the division table's (src/domain/regions/division-table.ts, the Ministry of Civil Affairs'
 * GB/T 2260 codes); real identity cards also carry retired codes, so callers treat an unknown prefecture as a warning
 * only. Taiwan (71), Hong Kong (81) and Macau (82) have no prefectures here.
 */
export interface Province {
  /** Two-digit code; the six-digit code is this followed by 0000. */
  code: string;
  zh: string;
  en: string;
  /** Short name used in addresses and filing-number prefixes (京, 沪…). */
  abbreviation: string;
  /** True for the 31 mainland provinces, autonomous regions and municipalities. */
  mainland: boolean;
}

/** The 31 mainland divisions come from the one region table (src/domain/regions); Taiwan, Hong Kong and Macau are added. */
export const provinces: readonly Province[] = [
  ...defaultRegions.map((region) => ({
    code: region.code.slice(0, 2),
    zh: region.name.zh,
    en: region.name.en,
    abbreviation: region.abbreviation,
    mainland: true,
  })),
  { code: '71', zh: '台湾省', en: 'Taiwan', abbreviation: '台', mainland: false },
  { code: '81', zh: '香港特别行政区', en: 'Hong Kong', abbreviation: '港', mainland: false },
  { code: '82', zh: '澳门特别行政区', en: 'Macau', abbreviation: '澳', mainland: false },
];

const prefectures: ReadonlySet<string> = new Set(
  divisionTable.filter(([code]) => code.endsWith('00')).map(([code]) => code.slice(0, 4)),
);

const provinceByCode = new Map(provinces.map((p) => [p.code, p]));

/** The province of a 2- or 6-digit region code, if it is one of the 34 province-level codes. */
export function provinceOf(regionCode: string): Province | undefined {
  return provinceByCode.get(regionCode.slice(0, 2));
}

/** True when the first four digits of a region code are a current prefecture-level division. */
export function isKnownPrefecture(regionCode: string): boolean {
  return prefectures.has(regionCode.slice(0, 4));
}

/** Every current prefecture-level code as four digits (for generators and pickers). */
export function prefectureCodes(): string[] {
  return [...prefectures];
}
