import type { ApplicationKind } from '../form/index.js';
import { defineRules, findingsOf, type Finding } from './finding.js';
import type { RuleInput } from './rule-input.js';

export const applicationRules = defineRules({
  FORM_INVALID: {
    severity: 'error',
    path: '(any field)',
    message: { zh: '字段缺失或格式不符合申请表要求', en: 'A field is missing or does not fit the application form' },
    fix: { zh: '按申请表格式填写该字段', en: 'Fill in the field as the application form describes' },
  },
  APPLICATION_PART_MISSING: {
    severity: 'error',
    path: 'subject, subjectId, services, serviceId, access',
    message: { zh: '该类申请缺少必需的部分', en: 'This kind of application lacks a required part' },
    fix: { zh: '首次备案填写主体和服务；新增服务填写主体编号和服务；变更、注销、接入类申请填写对应的主体或服务编号', en: 'First filings give the subject and services; new services give the subject id and services; changes, cancellations and access requests give the subject or service id' },
  },
  APPLICATION_IN_FLIGHT: {
    severity: 'error',
    path: 'subject, subjectId',
    message: { zh: '该主办者已有一个尚未办结的备案申请，同一主体同时只能有一个在办申请', en: 'This subject already has an application under way; a subject has one application in flight at a time' },
    fix: { zh: '等待在办申请办结，或撤回后再提交', en: 'Wait until the open application is decided, or withdraw it first' },
  },
});

const find = findingsOf(applicationRules);

type Part = 'subject' | 'subjectId' | 'services' | 'serviceId' | 'access' | 'oneService';

const requiredParts: Record<ApplicationKind, Part[]> = {
  first_filing: ['subject', 'services'],
  add_service: ['subjectId', 'services'],
  add_access: ['serviceId', 'access'],
  change_subject: ['subjectId', 'subject'],
  change_service: ['serviceId', 'oneService'],
  cancel_service: ['serviceId'],
  cancel_subject: ['subjectId'],
  cancel_access: ['serviceId'],
};

/** The parts each kind of application needs. */
export function applicationPartFindings(input: RuleInput): Finding[] {
  const { body } = input;
  const findings: Finding[] = [];
  for (const part of requiredParts[body.kind]) {
    const present =
      part === 'services' ? body.services.length > 0 : part === 'oneService' ? body.services.length === 1 : body[part] !== undefined;
    if (!present) findings.push(find('APPLICATION_PART_MISSING', part === 'oneService' ? 'services' : part));
  }
  return findings;
}

/** One application in flight per subject (domain.md §5.2). */
export async function inFlightFindings(input: RuleInput): Promise<Finding[]> {
  const ref = input.subject.ref;
  if (ref.certificateNumber === undefined && ref.subjectId === undefined) return [];
  if (!(await input.context.subjectHasApplicationInFlight(ref))) return [];
  return [find('APPLICATION_IN_FLIGHT', ref.subjectId !== undefined ? 'subjectId' : 'subject')];
}
