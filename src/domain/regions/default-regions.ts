import type { Region } from './region.js';

/**
 * The 31 provincial-level divisions of mainland China (GB/T 2260), with the prefixes filing numbers use.
 * No official alias table is published; the aliases are those seen on real numbers: 蜀ICP备2020036560号 and older 川ICP备…,
 * 陇ICP备2021003158号-1 and older 甘ICP备…, 黔ICP备… and 贵ICP备2021004806号-1. An administrator may replace this table.
 */
export const defaultRegions: readonly Region[] = [
  { code: '110000', name: { zh: '北京市', en: 'Beijing' }, abbreviation: '京', aliases: [] },
  { code: '120000', name: { zh: '天津市', en: 'Tianjin' }, abbreviation: '津', aliases: [] },
  { code: '130000', name: { zh: '河北省', en: 'Hebei' }, abbreviation: '冀', aliases: [] },
  { code: '140000', name: { zh: '山西省', en: 'Shanxi' }, abbreviation: '晋', aliases: [] },
  { code: '150000', name: { zh: '内蒙古自治区', en: 'Inner Mongolia' }, abbreviation: '蒙', aliases: [] },
  { code: '210000', name: { zh: '辽宁省', en: 'Liaoning' }, abbreviation: '辽', aliases: [] },
  { code: '220000', name: { zh: '吉林省', en: 'Jilin' }, abbreviation: '吉', aliases: [] },
  { code: '230000', name: { zh: '黑龙江省', en: 'Heilongjiang' }, abbreviation: '黑', aliases: [] },
  { code: '310000', name: { zh: '上海市', en: 'Shanghai' }, abbreviation: '沪', aliases: [] },
  { code: '320000', name: { zh: '江苏省', en: 'Jiangsu' }, abbreviation: '苏', aliases: [] },
  { code: '330000', name: { zh: '浙江省', en: 'Zhejiang' }, abbreviation: '浙', aliases: [] },
  { code: '340000', name: { zh: '安徽省', en: 'Anhui' }, abbreviation: '皖', aliases: [] },
  { code: '350000', name: { zh: '福建省', en: 'Fujian' }, abbreviation: '闽', aliases: [] },
  { code: '360000', name: { zh: '江西省', en: 'Jiangxi' }, abbreviation: '赣', aliases: [] },
  { code: '370000', name: { zh: '山东省', en: 'Shandong' }, abbreviation: '鲁', aliases: [] },
  { code: '410000', name: { zh: '河南省', en: 'Henan' }, abbreviation: '豫', aliases: [] },
  { code: '420000', name: { zh: '湖北省', en: 'Hubei' }, abbreviation: '鄂', aliases: [] },
  { code: '430000', name: { zh: '湖南省', en: 'Hunan' }, abbreviation: '湘', aliases: [] },
  { code: '440000', name: { zh: '广东省', en: 'Guangdong' }, abbreviation: '粤', aliases: [] },
  { code: '450000', name: { zh: '广西壮族自治区', en: 'Guangxi' }, abbreviation: '桂', aliases: [] },
  { code: '460000', name: { zh: '海南省', en: 'Hainan' }, abbreviation: '琼', aliases: [] },
  { code: '500000', name: { zh: '重庆市', en: 'Chongqing' }, abbreviation: '渝', aliases: [] },
  { code: '510000', name: { zh: '四川省', en: 'Sichuan' }, abbreviation: '蜀', aliases: ['川'] },
  { code: '520000', name: { zh: '贵州省', en: 'Guizhou' }, abbreviation: '黔', aliases: ['贵'] },
  { code: '530000', name: { zh: '云南省', en: 'Yunnan' }, abbreviation: '滇', aliases: [] },
  { code: '540000', name: { zh: '西藏自治区', en: 'Xizang' }, abbreviation: '藏', aliases: [] },
  { code: '610000', name: { zh: '陕西省', en: 'Shaanxi' }, abbreviation: '陕', aliases: [] },
  { code: '620000', name: { zh: '甘肃省', en: 'Gansu' }, abbreviation: '陇', aliases: ['甘'] },
  { code: '630000', name: { zh: '青海省', en: 'Qinghai' }, abbreviation: '青', aliases: [] },
  { code: '640000', name: { zh: '宁夏回族自治区', en: 'Ningxia' }, abbreviation: '宁', aliases: [] },
  { code: '650000', name: { zh: '新疆维吾尔自治区', en: 'Xinjiang' }, abbreviation: '新', aliases: [] },
];
