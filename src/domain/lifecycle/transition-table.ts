import type { ApplicationState } from './application-states.js';

/** Who acts: a person's role, or the system itself (deadline sweeps, SMS completion). */
export type ActorRole = 'applicant' | 'provider' | 'bureau' | 'ministry' | 'checker' | 'system';

export interface TransitionRule {
  from: readonly ApplicationState[];
  to: ApplicationState;
  by: readonly ActorRole[];
  /** Whether the actor must give a reason (returns, withdrawals by others). */
  reasonRequired: boolean;
  /**
   * The applicant's own step: a provider or platform takes it only on an application its channel opened (filing on
   * the subject's behalf), never on one an applicant opened.
   */
  applicantStep: boolean;
  zh: string;
  en: string;
}

/**
 * The application lifecycle as data. The same table drives the flows, the actions offered to each
 * caller, docs/lifecycle.md and the reachability test.
 */
export const transitionTable = {
  submit: {
    from: ['draft', 'provider_returned', 'bureau_returned'],
    to: 'provider_review',
    by: ['applicant', 'provider'],
    reasonRequired: false,
    applicantStep: true,
    zh: '提交初审',
    en: 'Submit for initial review',
  },
  providerApprove: {
    from: ['provider_review'],
    to: 'sms_pending',
    by: ['provider'],
    reasonRequired: false,
    applicantStep: false,
    zh: '初审通过，提交管局并发送短信核验',
    en: 'Pass initial review and send SMS verification',
  },
  providerReturn: {
    from: ['provider_review'],
    to: 'provider_returned',
    by: ['provider'],
    reasonRequired: true,
    applicantStep: false,
    zh: '初审驳回',
    en: 'Return after initial review',
  },
  smsComplete: {
    from: ['sms_pending'],
    to: 'bureau_review',
    by: ['system'],
    reasonRequired: false,
    applicantStep: false,
    zh: '短信核验完成，进入管局审核',
    en: 'SMS verification complete; to the bureau',
  },
  smsFail: {
    from: ['sms_pending'],
    to: 'provider_review',
    by: ['system'],
    reasonRequired: true,
    applicantStep: false,
    zh: '短信核验超时或错误次数过多，退回接入商重新初审',
    en: 'SMS verification timed out or failed; back to the provider for a new initial review',
  },
  bureauApprove: {
    from: ['bureau_review'],
    to: 'approved',
    by: ['bureau'],
    reasonRequired: false,
    applicantStep: false,
    zh: '管局审核通过',
    en: 'Approve at the bureau',
  },
  bureauReturn: {
    from: ['bureau_review'],
    to: 'bureau_returned',
    by: ['bureau'],
    reasonRequired: true,
    applicantStep: false,
    zh: '管局审核驳回',
    en: 'Return from the bureau',
  },
  withdraw: {
    from: ['draft', 'provider_review', 'provider_returned', 'bureau_returned'],
    to: 'withdrawn',
    by: ['applicant', 'provider'],
    reasonRequired: false,
    applicantStep: true,
    zh: '撤回申请',
    en: 'Withdraw the application',
  },
} as const satisfies Record<string, TransitionRule>;

export type ApplicationAction = keyof typeof transitionTable;
export const applicationActions = Object.keys(transitionTable) as ApplicationAction[];
