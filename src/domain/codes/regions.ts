import { defaultRegions } from '../regions/default-regions.js';

/**
 * Province-level divisions (GB/T 2260) and their current prefecture-level codes.
 * The prefecture list follows the statistical division codes published by the National Bureau of Statistics
 * (which extend GB/T 2260); real identity cards also carry retired codes, so callers treat an unknown
 * prefecture as a warning only. Taiwan (71), Hong Kong (81) and Macau (82) have no prefectures here.
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

/** Prefecture-level codes (digits 3–4) per province; 01/02 of municipalities are 市辖区/县, 90 the directly administered counties. */
const prefectureSuffixes: Record<string, string> = {
  '11': '01',
  '12': '01',
  '13': '01 02 03 04 05 06 07 08 09 10 11',
  '14': '01 02 03 04 05 06 07 08 09 10 11',
  '15': '01 02 03 04 05 06 07 08 09 22 25 29',
  '21': '01 02 03 04 05 06 07 08 09 10 11 12 13 14',
  '22': '01 02 03 04 05 06 07 08 24',
  '23': '01 02 03 04 05 06 07 08 09 10 11 12 27',
  '31': '01',
  '32': '01 02 03 04 05 06 07 08 09 10 11 12 13',
  '33': '01 02 03 04 05 06 07 08 09 10 11',
  '34': '01 02 03 04 05 06 07 08 10 11 12 13 15 16 17 18',
  '35': '01 02 03 04 05 06 07 08 09',
  '36': '01 02 03 04 05 06 07 08 09 10 11',
  '37': '01 02 03 04 05 06 07 08 09 10 11 13 14 15 16 17',
  '41': '01 02 03 04 05 06 07 08 09 10 11 12 13 14 15 16 17 90',
  '42': '01 02 03 05 06 07 08 09 10 11 12 13 28 90',
  '43': '01 02 03 04 05 06 07 08 09 10 11 12 13 31',
  '44': '01 02 03 04 05 06 07 08 09 12 13 14 15 16 17 18 19 20 51 52 53',
  '45': '01 02 03 04 05 06 07 08 09 10 11 12 13 14',
  '46': '01 02 03 04 90',
  '50': '01 02',
  '51': '01 03 04 05 06 07 08 09 10 11 13 14 15 16 17 18 19 20 32 33 34',
  '52': '01 02 03 04 05 06 23 26 27',
  '53': '01 03 04 05 06 07 08 09 23 25 26 28 29 31 33 34',
  '54': '01 02 03 04 05 06 25',
  '61': '01 02 03 04 05 06 07 08 09 10',
  '62': '01 02 03 04 05 06 07 08 09 10 11 12 29 30',
  '63': '01 02 22 23 25 26 27 28',
  '64': '01 02 03 04 05',
  '65': '01 02 04 05 23 27 28 29 30 31 32 40 42 43 90',
};

const prefectures: ReadonlySet<string> = new Set(
  Object.entries(prefectureSuffixes).flatMap(([province, suffixes]) => suffixes.split(' ').map((s) => province + s)),
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
