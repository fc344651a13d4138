import { z } from 'zod';
import { safeText } from '../form/safe-text.js';
import type { Finding } from './finding.js';
import { precheckRule, precheckRuleCodes } from './rule-catalogue.js';

/** The code a reviewer picks when no catalogued rule fits; the note then says what is wrong. */
export const otherReturnCode = 'OTHER';

/**
 * Why a reviewer returns an application: a catalogued rule code (or OTHER), the field it concerns, and a note.
 * OTHER needs a note.
 */
export const returnReason = z
  .strictObject({
    code: z.enum([otherReturnCode, ...precheckRuleCodes]),
    /** Field path as findings give it, e.g. "services[0].featureInfo[1].signatureMd5"; "" for the whole application. */
    path: safeText({ max: 256 }).default(''),
    note: safeText({ max: 1000, multiline: true }).default(''),
  })
  .refine((reason) => reason.code !== otherReturnCode || reason.note !== '', { message: 'OTHER needs a note', path: ['note'] });

export type ReturnReason = z.infer<typeof returnReason>;

/** A return reason as the applicant sees it: the rule's message and fix at the field, with the reviewer's note. */
export function presentReturnReason(reason: ReturnReason): Finding & { note: string } {
  const rule = precheckRule(reason.code);
  if (!rule) {
    return {
      code: reason.code,
      path: reason.path,
      severity: 'error',
      message: { zh: '审核人员退回了申请', en: 'The reviewer returned the application' },
      fix: { zh: '按审核意见修改后重新提交', en: 'Make the changes the reviewer describes and submit again' },
      note: reason.note,
    };
  }
  return { code: rule.code, path: reason.path, severity: 'error', message: rule.message, fix: rule.fix, note: reason.note };
}
