import type { BureauPolicy } from '../codes/bureau-policies.js';

/** How rules name the subject an application is for: its certificate number (new subjects) or its id/number. */
export interface SubjectRef {
  certificateNumber?: string;
  subjectId?: string;
}

/** What rules need to know about an already filed subject (add_service, change_service, …). */
export interface FiledSubjectFacts {
  name: string;
  nature: number;
  /** Six-digit province code. */
  province: string;
  certificateNumber: string;
}

/**
 * What the pre-check needs from outside the application body. The server implements it over the database; tests
 * and the CLI use `memoryPrecheckContext`. Mobile numbers arrive as 11 digits, domains in lower-case A-label form.
 */
export interface PrecheckContext {
  /** TLDs usable for filing, A-label form (see loadFilingTlds). */
  filingTlds: ReadonlySet<string>;
  /** Per-province policy overrides; the shipped table when absent. */
  bureauPolicies?: Readonly<Record<string, Partial<BureauPolicy>>>;
  /** True when a filed or in-flight subject other than `subject` uses this mobile number for a responsible person. */
  mobileOwnedByOtherSubject(mobile: string, subject: SubjectRef): Promise<boolean>;
  /** True when `subject` already has a submitted application that is not finished. */
  subjectHasApplicationInFlight(subject: SubjectRef): Promise<boolean>;
  /** True when a subject other than `subject` has filed (or is filing) this domain. */
  domainUsedByOtherSubject(domain: string, subject: SubjectRef): Promise<boolean>;
  /** The filed subject with this id or subject number, if any. */
  filedSubject(subjectId: string): Promise<FiledSubjectFacts | undefined>;
}
