import type { ApplicationKind } from '../form/application-body.js';

type BodyPart = 'subject' | 'subjectId' | 'services' | 'serviceId' | 'access';

/** Who confirms by SMS (domain.md §5.3). */
export type SmsConfirmers =
  | 'main_and_service_persons' // 首次备案, 新增服务: 主体负责人 + each 服务负责人
  | 'service_person' // 新增接入, 变更/注销服务: that service's 负责人
  | 'main_person' // 变更/注销主体: 主体负责人
  | 'none'; // 取消接入: no SMS

export interface KindRule {
  requires: readonly BodyPart[];
  sms: SmsConfirmers;
  zh: string;
  en: string;
}

/** What each kind of application must carry, and who confirms it by SMS. */
export const applicationKindRules: Record<ApplicationKind, KindRule> = {
  first_filing: { requires: ['subject', 'services'], sms: 'main_and_service_persons', zh: '首次备案', en: 'First filing' },
  add_service: { requires: ['subjectId', 'services'], sms: 'main_and_service_persons', zh: '新增APP', en: 'Add a service' },
  add_access: { requires: ['serviceId', 'access'], sms: 'service_person', zh: '新增接入', en: 'Add access' },
  change_subject: { requires: ['subjectId', 'subject'], sms: 'main_person', zh: '变更主体', en: 'Change the subject' },
  change_service: { requires: ['serviceId', 'services'], sms: 'service_person', zh: '变更APP', en: 'Change a service' },
  cancel_service: { requires: ['serviceId'], sms: 'service_person', zh: '注销APP', en: 'Cancel a service' },
  cancel_subject: { requires: ['subjectId'], sms: 'main_person', zh: '注销主体', en: 'Cancel the subject' },
  cancel_access: { requires: ['serviceId'], sms: 'none', zh: '取消接入', en: 'Cancel access' },
};

const allParts: readonly BodyPart[] = ['subject', 'subjectId', 'services', 'serviceId', 'access'];

/** Parts present in the body that the kind does not take. */
export function unexpectedParts(kind: ApplicationKind, present: ReadonlySet<BodyPart>): BodyPart[] {
  const rule = applicationKindRules[kind];
  return allParts.filter((part) => present.has(part) && !rule.requires.includes(part));
}
