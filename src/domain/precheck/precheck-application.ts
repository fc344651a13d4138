import type { z } from 'zod';
import { bureauPolicy } from '../codes/bureau-policies.js';
import { applicationBody, type ApplicationBody } from '../form/index.js';
import { applicationPartFindings, applicationRules, inFlightFindings } from './application-rules.js';
import { featureInfoFindings } from './feature-info-rules.js';
import { fieldPath, type Finding } from './finding.js';
import { materialFindings } from './material-rules.js';
import { networkFindings } from './network-rules.js';
import { registryFindings } from './registry-rules.js';
import { personFindings } from './person-rules.js';
import type { PrecheckContext } from './precheck-context.js';
import { serviceNameFindings } from './app-name-rules.js';
import type { RuleInput, SubjectFacts } from './rule-input.js';
import { serviceFindings } from './service-rules.js';
import { subjectFindings } from './subject-rules.js';

export interface PrecheckOptions {
  /** The day to judge dates against, YYYY-MM-DD (Asia/Shanghai). */
  today: string;
  /** The reviewing bureau's province (two- or six-digit), when known: the subject's province must match it. */
  bureauProvince?: string;
}

/** What a schema issue means, in the applicant's words (Zod's own message is English and names types). */
function issueText(issue: z.core.$ZodIssue, body: unknown): { zh: string; en: string } {
  const value = issue.path.reduce<unknown>((at, key) => (at !== null && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined), body);
  if (issue.code === 'invalid_type' && (value === undefined || value === null || value === '')) return { zh: '此项必填', en: 'this field is required' };
  if (issue.code === 'too_small' || issue.code === 'too_big') return { zh: '长度或数量超出申请表的范围', en: 'its length or count is outside what the form allows' };
  if (issue.code === 'invalid_format') return { zh: '格式不正确', en: 'its format is not the one the form expects' };
  if (issue.code === 'invalid_value') return { zh: '不是可选的值之一', en: 'it is not one of the values the form allows' };
  if (issue.code === 'unrecognized_keys') return { zh: '申请表中没有该字段', en: 'the form has no such field' };
  return { zh: '类型或格式不符', en: 'its type or format does not fit' };
}

/** Zod issues as FORM_INVALID findings at the Zod path, saying in the applicant's words what is wrong there. */
function formFindings(error: z.ZodError, body: unknown): Finding[] {
  const rule = applicationRules.FORM_INVALID;
  return error.issues.map((issue) => {
    const text = issueText(issue, body);
    return {
      code: 'FORM_INVALID',
      path: fieldPath(...issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment))),
      severity: rule.severity,
      message: { zh: `${rule.message.zh}：${text.zh}`, en: `${rule.message.en}: ${text.en}` },
      fix: rule.fix,
    };
  });
}

async function subjectFacts(body: ApplicationBody, context: PrecheckContext): Promise<SubjectFacts> {
  const service = body.serviceId ? await context.filedService(body.serviceId) : undefined;
  const subjectRef = body.subjectId ?? service?.subjectId;
  const filed = subjectRef ? await context.filedSubject(subjectRef) : undefined;
  const known = { ...(filed ? { filed } : {}), ...(service ? { service } : {}) };
  if (body.subject) {
    const ref = { certificateNumber: body.subject.certificate.number.trim().toUpperCase(), ...(body.subjectId ? { subjectId: body.subjectId } : {}) };
    return { ref, nature: body.subject.nature, province: body.subject.province, form: body.subject, ...known };
  }
  if (subjectRef) {
    const ref = { subjectId: filed?.id ?? subjectRef, ...(filed ? { certificateNumber: filed.certificateNumber } : {}) };
    return filed ? { ref, nature: filed.nature, province: filed.province, ...known } : { ref, ...known };
  }
  return { ref: {} };
}

/**
 * Runs every pre-check rule on an application body as providers send it to POST /api/v1/applications. A body the
 * form schema rejects yields only FORM_INVALID findings. Errors block submission; warnings are shown to the applicant
 * and to reviewers.
 */
export async function precheckApplication(body: unknown, context: PrecheckContext, options: PrecheckOptions): Promise<Finding[]> {
  const parsed = applicationBody.safeParse(body);
  if (!parsed.success) return formFindings(parsed.error, body);
  const subject = await subjectFacts(parsed.data, context);
  const input: RuleInput = {
    body: parsed.data,
    context,
    today: options.today,
    ...(options.bureauProvince ? { bureauProvince: options.bureauProvince } : {}),
    subject,
    ...(subject.province ? { policy: bureauPolicy(subject.province, context.bureauPolicies) } : {}),
  };
  return [
    ...applicationPartFindings(input),
    ...(await inFlightFindings(input)),
    ...subjectFindings(input),
    ...(await personFindings(input)),
    ...serviceNameFindings(parsed.data.services, subject.nature),
    ...serviceFindings(input),
    ...(await networkFindings(input)),
    ...featureInfoFindings(input),
    ...(await registryFindings(input)),
    ...(await materialFindings(input)),
  ];
}

/** True when no finding is an error. */
export function passesPrecheck(findings: readonly Finding[]): boolean {
  return !findings.some((finding) => finding.severity === 'error');
}
