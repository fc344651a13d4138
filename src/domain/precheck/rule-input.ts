import type { BureauPolicy } from '../codes/bureau-policies.js';
import type { ApplicationBody, SubjectForm } from '../form/index.js';
import type { FiledServiceFacts, FiledSubjectFacts, PrecheckContext, SubjectRef } from './precheck-context.js';

/** What the application is known to say about its subject, from the body or from the filed subject. */
export interface SubjectFacts {
  ref: SubjectRef;
  nature?: number;
  /** Six-digit province code. */
  province?: string;
  /** The subject as the body gives it (first_filing, change_subject). */
  form?: SubjectForm;
  /** The subject as filed (every kind but first_filing), when the registry knows it. */
  filed?: FiledSubjectFacts;
  /** The filed service a change, cancellation or access application names, when the registry knows it. */
  service?: FiledServiceFacts;
}

/** Everything a rule group reads. */
export interface RuleInput {
  body: ApplicationBody;
  context: PrecheckContext;
  /** YYYY-MM-DD */
  today: string;
  /** The province of the reviewing bureau, when the caller knows it. */
  bureauProvince?: string;
  subject: SubjectFacts;
  /** The policy of the subject's bureau, when its province is known. */
  policy?: BureauPolicy;
}
