import { z } from 'zod';
import { applicationBody } from './application-body.js';
import { certificateForm, personForm } from './person-form.js';
import { accessForm, featureInfoForm, preApprovalForm, sdkForm, serviceForm } from './service-form.js';
import { subjectForm } from './subject-form.js';

/**
 * A half-filled application as "save draft" keeps it: every field the full form has, each checked for its type and format
 * when present, none required beyond what identifies the application (kind, channel, the filed subject or service, and for
 * a first filing the subject's certificate and province, which decide the subject and the bureau). Completeness is the
 * pre-check's to report and submit's to require: submit still checks the full `applicationBody`.
 */
const certificateDraft = certificateForm.partial();
const personDraft = personForm.partial().extend({ certificate: certificateDraft.optional() });

export const subjectDraft = subjectForm.partial().extend({
  certificate: certificateDraft.optional(),
  mainPerson: personDraft.optional(),
  legalRepresentative: subjectForm.shape.legalRepresentative.unwrap().partial().optional(),
});

export const serviceDraft = serviceForm.partial().extend({
  responsiblePerson: personDraft.optional(),
  featureInfo: z.array(featureInfoForm.partial()).max(8).default([]),
  preApprovals: z.array(preApprovalForm.partial()).max(12).default([]),
  sdks: z.array(sdkForm.partial()).max(200).default([]),
  access: accessForm.partial().optional(),
});

export const draftApplicationBody = applicationBody.extend({
  subject: subjectDraft.optional(),
  services: z.array(serviceDraft).max(50).default([]),
  access: accessForm.partial().optional(),
});

export type DraftApplicationBody = z.infer<typeof draftApplicationBody>;
export type SubjectDraft = z.infer<typeof subjectDraft>;

/**
 * The fields a first-filing draft cannot be saved without, as field paths: the subject's certificate (type and number)
 * identifies the subject, its province decides the bureau, its name and nature describe the subject row.
 */
export function missingFirstFilingAnchors(subject: SubjectDraft | undefined): string[] {
  const missing: string[] = [];
  if (!subject) return ['subject'];
  if (subject.name === undefined) missing.push('subject.name');
  if (subject.nature === undefined) missing.push('subject.nature');
  if (subject.certificate?.type === undefined) missing.push('subject.certificate.type');
  if (subject.certificate?.number === undefined) missing.push('subject.certificate.number');
  if (subject.province === undefined) missing.push('subject.province');
  return missing;
}
