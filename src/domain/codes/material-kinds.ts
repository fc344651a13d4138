/**
 * Kinds of material (附件) an application carries, after the attachment types of providers' filing systems
 * (domain.md §2.2 ESIDE 1–9, §2.4 HW-FASP-ATT 1001/2023/2025, §5.5 HW-MAT).
 */
export interface MaterialKind {
  code: string;
  zh: string;
  en: string;
}

export const materialKinds = [
  { code: 'subject_certificate', zh: '主体单位证件', en: 'Subject\'s certificate (licence or registration certificate)' },
  { code: 'subject_supplement', zh: '主体补充材料', en: 'Supplementary subject material' },
  { code: 'main_person_certificate', zh: '主体负责人证件', en: 'Main responsible person\'s identity document' },
  { code: 'main_person_photo', zh: '主体负责人照片', en: 'Main responsible person\'s photo' },
  { code: 'commitment_letter', zh: 'ICP备案信息真实性承诺书', en: 'Commitment to the truth of the filing information' },
  { code: 'responsibility_notice', zh: 'ICP备案信息真实性责任告知书', en: 'Notice of responsibility for the truth of the filing information' },
  { code: 'authorization_letter', zh: '法人授权书', en: 'Legal representative\'s letter of authorisation' },
  { code: 'residence_permit', zh: '居住证', en: 'Residence permit' },
  { code: 'verification_sheet', zh: '核验单', en: 'Verification sheet from the access provider or platform' },
  { code: 'service_person_certificate', zh: '服务负责人证件', en: 'Service responsible person\'s identity document' },
  { code: 'service_person_photo', zh: '服务负责人照片', en: 'Service responsible person\'s photo' },
  { code: 'service_supplement', zh: '服务补充材料', en: 'Supplementary service material' },
  { code: 'pre_approval', zh: '前置审批文件', en: 'Pre-approval document' },
  { code: 'service_commitment_letter', zh: '互联网信息服务备案承诺书', en: 'Internet information service filing commitment (signed by the legal representative)' },
] as const satisfies readonly MaterialKind[];

export type MaterialKindCode = (typeof materialKinds)[number]['code'];

const byCode = new Map<string, MaterialKind>(materialKinds.map((kind) => [kind.code, kind]));

/** A material kind by code. */
export function materialKind(code: string): MaterialKind | undefined {
  return byCode.get(code);
}
