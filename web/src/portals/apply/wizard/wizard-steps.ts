import type { ApplicationKind } from '../../../api/application-view';

export type StepKey = 'subject' | 'mainPerson' | 'services' | 'responsiblePerson' | 'featureInfo' | 'access' | 'newAccess' | 'materials' | 'reason' | 'review';

const serviceSteps: StepKey[] = ['services', 'responsiblePerson', 'featureInfo', 'access', 'materials'];

/** The parts of the form each kind of application asks for, in order; every kind ends with review and submit. */
export const stepsByKind: Record<ApplicationKind, StepKey[]> = {
  first_filing: ['subject', 'mainPerson', ...serviceSteps, 'review'],
  change_subject: ['subject', 'mainPerson', 'materials', 'review'],
  add_service: [...serviceSteps, 'review'],
  change_service: [...serviceSteps, 'review'],
  add_access: ['newAccess', 'review'],
  cancel_service: ['reason', 'review'],
  cancel_subject: ['reason', 'review'],
  cancel_access: ['reason', 'review'],
};

/** The paths (as the API names them) a whole step answers for, so findings addressed to the part show at its top. */
export const partPaths: Record<StepKey, string[]> = {
  subject: ['subject', 'subjectId', 'channelId', 'kind'],
  mainPerson: ['subject.mainPerson'],
  services: ['services', 'services[0]', 'services[0].preApprovals', 'serviceId'],
  responsiblePerson: ['services[0].responsiblePerson'],
  featureInfo: ['services[0].featureInfo', 'services[0].hostPlatformId', 'services[0].platformAppId'],
  access: ['services[0].access', 'services[0].domains'],
  newAccess: ['access', 'serviceId'],
  materials: ['subject.materials', 'services[0].materials'],
  reason: ['reason', 'serviceId', 'subjectId'],
  review: [],
};
