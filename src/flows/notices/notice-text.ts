import { applicationKindRules } from '../../domain/lifecycle/application-kinds.js';
import type { ApplicationKind } from '../../domain/form/application-body.js';
import type { ApplicationOutcome } from '../../store/schema.js';

/** What happened to an application that its applicant and its channel are told about. */
export type ApplicationNotice =
  | { event: 'approved'; outcome: ApplicationOutcome }
  | { event: 'returned'; by: 'provider' | 'bureau'; reasonCount: number }
  | { event: 'overdue'; stage: 'provider_review' | 'bureau_review'; deadline: string; provisional: boolean };

export interface NoticeText {
  subject: string;
  sms: string;
  email: string;
}

const stageNames = {
  provider_review: { zh: '初审', en: 'initial review' },
  bureau_review: { zh: '管局审核', en: 'bureau review' },
} as const;

/** A Shanghai date and time, minutes precision: 2027-01-08 23:59. */
function shanghaiMinute(iso: string): string {
  return new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/**
 * The words of a notice, Chinese first then English, in an SMS (short) and an e-mail (with the link). Notices carry
 * numbers and ids only — never certificate numbers, phones or e-mail addresses.
 */
export function noticeText(application: { id: string; kind: string }, notice: ApplicationNotice, publicUrl: string): NoticeText {
  const kind = applicationKindRules[application.kind as ApplicationKind] ?? { zh: application.kind, en: application.kind };
  const link = `${publicUrl}/api/v1/applications/${application.id}`;
  let zh: string;
  let en: string;
  let subject: string;
  switch (notice.event) {
    case 'approved': {
      const numbers = [notice.outcome.subjectNumber, ...notice.outcome.services.map((s) => s.number)].filter((n): n is string => !!n);
      const list = numbers.join('、');
      zh = `您的${kind.zh}申请已通过管局审核${list ? `，备案号：${list}` : ''}。`;
      en = `Your application (${kind.en}) was approved${numbers.length ? `; filing numbers: ${numbers.join(', ')}` : ''}.`;
      subject = `备案申请已通过 / Filing application approved${numbers.length ? `: ${numbers.join(', ')}` : ''}`;
      break;
    }
    case 'returned': {
      const by = notice.by === 'provider' ? { zh: '接入服务提供者/分发平台', en: 'the access provider or platform' } : { zh: '管局', en: 'the bureau' };
      zh = `您的${kind.zh}申请被${by.zh}退回（${notice.reasonCount}项原因），请登录查看并修改后重新提交。`;
      en = `Your application (${kind.en}) was returned by ${by.en} with ${notice.reasonCount} reason(s); sign in to see them, correct and resubmit.`;
      subject = '备案申请被退回 / Filing application returned';
      break;
    }
    case 'overdue': {
      const stage = stageNames[notice.stage];
      const at = shanghaiMinute(notice.deadline);
      const provisional = notice.provisional ? { zh: '（按暂定日历计算）', en: ' (by the provisional calendar)' } : { zh: '', en: '' };
      zh = `${kind.zh}申请的${stage.zh}已超过期限${at}${provisional.zh}。`;
      en = `The ${stage.en} of the application (${kind.en}) is past its deadline of ${at} Beijing time${provisional.en}.`;
      subject = `备案申请审核超期 / Filing review overdue`;
      break;
    }
  }
  return {
    subject,
    sms: `【APP备案】${zh} ${en}`,
    email: `${zh}\n${en}\n\n申请编号 Application: ${application.id}\n${link}\n`,
  };
}
