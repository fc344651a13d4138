import type { BureauPolicy } from '../codes/bureau-policies.js';

/** How rules name the subject an application is for: its certificate number (new subjects) or its id/number. */
export interface SubjectRef {
  certificateNumber?: string;
  subjectId?: string;
}

/** A filed responsible person's identity and contacts, as the pre-check compares them. */
export interface FiledPersonFacts {
  name: string;
  certificate: { type: number; number: string };
  mobile: string;
  emergencyPhone: string;
  email: string;
}

/** What rules need to know about an already filed subject (add_service, change_service, …). */
export interface FiledSubjectFacts {
  /** The subject's id (absent where the context cannot tell it). */
  id?: string;
  name: string;
  nature: number;
  /** Six-digit province code. */
  province: string;
  certificateNumber: string;
  /** The filed main responsible person (主体负责人). */
  mainPerson?: FiledPersonFacts;
  /** The subject's active (filed, not cancelled) services; none makes it a shell subject (空壳主体). */
  services?: ReadonlyArray<{ id: string; type: string; name: string }>;
}

/** What rules need to know about the filed service a change, cancellation or access application names. */
export interface FiledServiceFacts {
  id: string;
  /** The id (or number) of its subject, as `filedSubject` takes it. */
  subjectId: string;
  type: string;
  name: string;
  /** Domains currently filed for it (A-label, lower case). */
  domains: readonly string[];
}

/** A filed APP feature entry (特征信息) with the service number it belongs to. */
export interface FiledPackage {
  /** True when it belongs to the subject the application is for. */
  ownSubject: boolean;
  serviceId: string;
  /** The service's filing number, e.g. 京ICP备2026000001号-1A. */
  number: string;
  publicKey: string | null;
  signatureMd5: string | null;
}

/** Whether a material id may be referenced by whoever runs the pre-check. */
export type MaterialStatus = 'usable' | 'unknown';

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
  /** The filed service with this id or service number, if any. */
  filedService(serviceId: string): Promise<FiledServiceFacts | undefined>;
  /** Active filed services declaring this package name (Android) or bundle ID (iOS) on this platform. */
  filedPackages(platform: string, packageName: string, subject: SubjectRef): Promise<FiledPackage[]>;
  /**
   * Whether a material exists and may be referenced by the caller: uploaded by the caller's party (or by the
   * subject's owner), or already attached to the application being checked. 'unknown' covers absent and foreign alike.
   */
  materialStatus(materialId: string): Promise<MaterialStatus>;
}
