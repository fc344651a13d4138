/**
 * 主办单位性质 — subject natures, with the MIIT codes used by providers' forms (domain.md §2.3). Providers' integrations
 * number them differently; keep this table as the one mapping.
 */
export interface SubjectNature {
  code: number;
  zh: string;
  en: string;
  /** State bodies may use names starting with 中国/国家/中央… */
  stateBody: boolean;
}

export const subjectNatures: readonly SubjectNature[] = [
  { code: 1, zh: '国防机构', en: 'Defence body', stateBody: true },
  { code: 2, zh: '政府机关', en: 'Government agency', stateBody: true },
  { code: 3, zh: '事业单位', en: 'Public institution', stateBody: true },
  { code: 4, zh: '企业', en: 'Enterprise', stateBody: false },
  { code: 5, zh: '个人', en: 'Individual', stateBody: false },
  { code: 6, zh: '社会团体', en: 'Social organisation', stateBody: false },
  { code: 9, zh: '民办非企业单位', en: 'Private non-enterprise unit', stateBody: false },
  { code: 10, zh: '基金会', en: 'Foundation', stateBody: false },
  { code: 11, zh: '律师执业机构', en: 'Law firm', stateBody: false },
  { code: 12, zh: '外国在华文化中心', en: 'Foreign cultural centre in China', stateBody: false },
  { code: 13, zh: '群众性团体组织', en: 'Mass organisation', stateBody: false },
  { code: 14, zh: '司法鉴定机构', en: 'Forensic appraisal institution', stateBody: false },
  { code: 15, zh: '宗教团体', en: 'Religious organisation', stateBody: false },
  { code: 16, zh: '境外机构', en: 'Overseas organisation', stateBody: false },
  { code: 17, zh: '医疗机构', en: 'Medical institution', stateBody: false },
  { code: 18, zh: '公证机构', en: 'Notary office', stateBody: false },
  { code: 19, zh: '集体经济', en: 'Collective economic organisation', stateBody: false },
  { code: 20, zh: '仲裁机构', en: 'Arbitration institution', stateBody: false },
];

/** 个人 */
export const individualNature = 5;

export function subjectNature(code: number): SubjectNature | undefined {
  return subjectNatures.find((n) => n.code === code);
}
