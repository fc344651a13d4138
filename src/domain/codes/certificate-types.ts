/**
 * 证件类型 — certificate types (domain.md §2.4) and the subject natures that may use each. The nature grouping is
 * read from the option order of providers' forms (marked INFERRED in the research) plus type 49, which every
 * organisation may use; adjust here when a live code list says otherwise. Numbers are checked as unified social credit
 * codes only on the USCC certificates and business licences; other organisation documents are format-free.
 */
export interface CertificateType {
  code: number;
  zh: string;
  en: string;
  /** Subject natures that may file with this type; empty for person-only types. */
  natures: readonly number[];
  /** May identify a responsible person (主体负责人/服务负责人). */
  person: boolean;
  /** How the number is checked, when it has a known format. */
  format?: 'uscc' | 'resident_id' | 'passport' | 'taiwan_permit' | 'hk_macau_permit' | 'foreign_permanent_id' | 'residence_permit_hk_macau' | 'residence_permit_taiwan';
}

const organisationNatures = [1, 2, 3, 4, 6, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20];

export const certificateTypes: readonly CertificateType[] = [
  { code: 1, zh: '营业执照（个人或企业）', en: 'Business licence', natures: [4], person: false, format: 'uscc' },
  { code: 2, zh: '居民身份证', en: 'Resident identity card', natures: [5], person: true, format: 'resident_id' },
  { code: 3, zh: '组织机构代码证', en: 'Organisation code certificate', natures: [3], person: false },
  { code: 4, zh: '事业单位法人证书', en: 'Public institution legal person certificate', natures: [3], person: false },
  { code: 5, zh: '部队代号', en: 'Military unit code', natures: [1], person: false },
  { code: 6, zh: '社会团体法人登记证书', en: 'Social organisation registration certificate', natures: [6], person: false },
  { code: 7, zh: '护照', en: 'Passport', natures: [5], person: true, format: 'passport' },
  { code: 9, zh: '组织机构代码证', en: 'Organisation code certificate', natures: [2], person: false },
  { code: 10, zh: '组织机构代码证', en: 'Organisation code certificate', natures: [6], person: false },
  { code: 11, zh: '台湾居民来往大陆通行证', en: "Taiwan residents' mainland travel permit", natures: [5], person: true, format: 'taiwan_permit' },
  { code: 12, zh: '组织机构代码证', en: 'Organisation code certificate', natures: [4], person: false },
  { code: 13, zh: '统一社会信用代码证书', en: 'Unified social credit code certificate', natures: [2], person: false, format: 'uscc' },
  { code: 14, zh: '港澳居民来往内地通行证', en: "Hong Kong/Macau residents' mainland travel permit", natures: [5], person: true, format: 'hk_macau_permit' },
  { code: 15, zh: '统一社会信用代码证书', en: 'Unified social credit code certificate', natures: [3], person: false, format: 'uscc' },
  { code: 16, zh: '组织机构代码证', en: 'Organisation code certificate', natures: [9], person: false },
  { code: 17, zh: '民办非企业单位登记证书', en: 'Private non-enterprise unit registration certificate', natures: [9], person: false },
  { code: 18, zh: '组织机构代码证', en: 'Organisation code certificate', natures: [10], person: false },
  { code: 19, zh: '基金会法人登记证书', en: 'Foundation registration certificate', natures: [10], person: false },
  { code: 20, zh: '组织机构代码证', en: 'Organisation code certificate', natures: [11], person: false },
  { code: 21, zh: '律师事务所执业许可证', en: 'Law firm practising licence', natures: [11], person: false },
  { code: 22, zh: '外国在华文化中心登记证', en: 'Foreign cultural centre registration certificate', natures: [12], person: false },
  { code: 23, zh: '军队单位对外有偿服务许可证', en: 'Military paid-services licence', natures: [1], person: false },
  { code: 24, zh: '统一社会信用代码证书', en: 'Unified social credit code certificate', natures: [13], person: false, format: 'uscc' },
  { code: 25, zh: '宗教活动场所登记证', en: 'Religious venue registration certificate', natures: [15], person: false },
  { code: 27, zh: '外国企业常驻代表机构登记证', en: 'Foreign enterprise representative office registration certificate', natures: [4], person: false },
  { code: 28, zh: '司法鉴定许可证', en: 'Forensic appraisal licence', natures: [14], person: false },
  { code: 30, zh: '外国人永久居留身份证', en: "Foreigner's permanent residence ID card", natures: [5], person: true, format: 'foreign_permanent_id' },
  { code: 34, zh: '外国政府旅游部门常驻代表机构批准登记证', en: 'Foreign government tourism office registration certificate', natures: [16], person: false },
  { code: 35, zh: '境外机构证件', en: 'Overseas organisation certificate', natures: [16], person: false },
  { code: 36, zh: '社会服务机构登记证书', en: 'Social service organisation registration certificate', natures: [9], person: false },
  { code: 37, zh: '民办学校办学许可证', en: 'Private school licence', natures: [9], person: false },
  { code: 38, zh: '医疗机构执业许可证', en: 'Medical institution practising licence', natures: [17], person: false },
  { code: 39, zh: '公证机构执业证', en: 'Notary office practising certificate', natures: [18], person: false },
  { code: 40, zh: '北京市外国驻华使馆人员子女学校办学许可证', en: 'Licence of a Beijing school for embassy staff children', natures: [16], person: false },
  { code: 41, zh: '港澳居民居住证', en: 'Residence permit for Hong Kong and Macau residents', natures: [5], person: true, format: 'residence_permit_hk_macau' },
  { code: 42, zh: '台湾居民居住证', en: 'Residence permit for Taiwan residents', natures: [5], person: true, format: 'residence_permit_taiwan' },
  { code: 43, zh: '农村集体经济组织登记证', en: 'Rural collective economic organisation registration certificate', natures: [19], person: false },
  { code: 44, zh: '仲裁委员会登记证', en: 'Arbitration commission registration certificate', natures: [20], person: false },
  { code: 46, zh: '境外非政府组织代表机构登记证书', en: 'Overseas NGO representative office registration certificate', natures: [16], person: false },
  { code: 47, zh: '外国驻华新闻机构证', en: 'Foreign news agency in China certificate', natures: [16], person: false },
  { code: 48, zh: '港澳台地区旅游部门常驻代表机构批准登记证', en: 'Hong Kong/Macau/Taiwan tourism office registration certificate', natures: [16], person: false },
  { code: 49, zh: '中华人民共和国社会信用代码证书', en: 'PRC social credit code certificate', natures: organisationNatures, person: false, format: 'uscc' },
];

/** Types a responsible person may identify with: 2, 7, 11, 14, 30, 41, 42. */
export const personCertificateTypeCodes: readonly number[] = certificateTypes.filter((t) => t.person).map((t) => t.code);

export function certificateType(code: number): CertificateType | undefined {
  return certificateTypes.find((t) => t.code === code);
}

export function certificateTypesForNature(nature: number): CertificateType[] {
  return certificateTypes.filter((t) => t.natures.includes(nature));
}
