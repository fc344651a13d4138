import type { FiledSubjectFacts, PrecheckContext, SubjectRef } from './precheck-context.js';

/** A subject known to the in-memory context. */
export interface MemorySubject extends FiledSubjectFacts {
  id: string;
  /** Mobile numbers of its responsible persons (11 digits). */
  mobiles?: string[];
  /** Domains of its services (A-label). */
  domains?: string[];
  applicationInFlight?: boolean;
}

function isSubject(subject: MemorySubject, ref: SubjectRef): boolean {
  return (
    (ref.subjectId !== undefined && subject.id === ref.subjectId) ||
    (ref.certificateNumber !== undefined && subject.certificateNumber.toUpperCase() === ref.certificateNumber.toUpperCase())
  );
}

/** A PrecheckContext over a fixed list of subjects, for tests and the CLI (which knows no other subjects). */
export function memoryPrecheckContext(options: {
  filingTlds: ReadonlySet<string>;
  subjects?: MemorySubject[];
  bureauPolicies?: PrecheckContext['bureauPolicies'];
}): PrecheckContext {
  const subjects = options.subjects ?? [];
  return {
    filingTlds: options.filingTlds,
    bureauPolicies: options.bureauPolicies,
    mobileOwnedByOtherSubject: async (mobile, ref) => subjects.some((s) => !isSubject(s, ref) && (s.mobiles ?? []).includes(mobile)),
    subjectHasApplicationInFlight: async (ref) => subjects.some((s) => isSubject(s, ref) && s.applicationInFlight === true),
    domainUsedByOtherSubject: async (domain, ref) => subjects.some((s) => !isSubject(s, ref) && (s.domains ?? []).includes(domain)),
    filedSubject: async (subjectId) => {
      const found = subjects.find((s) => s.id === subjectId || s.certificateNumber === subjectId);
      return found && { name: found.name, nature: found.nature, province: found.province, certificateNumber: found.certificateNumber };
    },
  };
}
