/** Where an application stands (备案订单状态). */
export const applicationStates = [
  'draft', // 未提交: the applicant is filling it in
  'provider_review', // 初审中 / 平台审核中
  'provider_returned', // 初审驳回: back with the applicant to fix
  'sms_pending', // 短信核验中: waiting for the responsible persons' codes
  'bureau_review', // 管局审核中
  'bureau_returned', // 管局审核驳回: back with the applicant; a resubmission starts a new initial review
  'approved', // 备案成功 (terminal)
  'withdrawn', // 已撤回 by the applicant (terminal)
] as const;

export type ApplicationState = (typeof applicationStates)[number];

/** States in which an application blocks another one for the same subject. */
export const inFlightStates: readonly ApplicationState[] = [
  'provider_review',
  'provider_returned',
  'sms_pending',
  'bureau_review',
  'bureau_returned',
];

export const terminalStates: readonly ApplicationState[] = ['approved', 'withdrawn'];

/** States in which the applicant may edit the application. */
export const editableStates: readonly ApplicationState[] = ['draft', 'provider_returned', 'bureau_returned'];
