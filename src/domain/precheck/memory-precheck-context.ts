import type { FiledPersonFacts, FiledSubjectFacts, PrecheckContext, SubjectRef } from './precheck-context.js';

/** A filed service of a subject known to the in-memory context. */
export interface MemoryService {
  id: string;
  type: string;
  name: string;
  /** Its number, e.g. 京ICP备2026000001号-1A. */
  number?: string;
  domains?: string[];
  packages?: Array<{ platform: string; packageName: string; publicKey?: string; signatureMd5?: string }>;
}

/** A subject known to the in-memory context. */
export interface MemorySubject extends Omit<FiledSubjectFacts, 'services' | 'mainPerson'> {
  id: string;
  /** Mobile numbers of its responsible persons (11 digits). */
  mobiles?: string[];
  /** Domains of its services (A-label). */
  domains?: string[];
  applicationInFlight?: boolean;
  mainPerson?: FiledPersonFacts;
  /** Its active services; absent means the context does not know them (no shell-subject rule applies). */
  services?: MemoryService[];
}

function isSubject(subject: MemorySubject, ref: SubjectRef): boolean {
  return (
    (ref.subjectId !== undefined && subject.id === ref.subjectId) ||
    (ref.certificateNumber !== undefined && subject.certificateNumber.toUpperCase() === ref.certificateNumber.toUpperCase())
  );
}

/**
 * A PrecheckContext over a fixed list of subjects, for tests and the CLI (which knows no other subjects). `materials`
 * lists the material ids the caller may use; when absent (the CLI, which sees no store) every id counts as usable.
 */
export function memoryPrecheckContext(options: {
  filingTlds: ReadonlySet<string>;
  subjects?: MemorySubject[];
  bureauPolicies?: PrecheckContext['bureauPolicies'];
  materials?: ReadonlySet<string>;
}): PrecheckContext {
  const subjects = options.subjects ?? [];
  const services = subjects.flatMap((subject) => (subject.services ?? []).map((service) => ({ subject, service })));
  return {
    filingTlds: options.filingTlds,
    bureauPolicies: options.bureauPolicies,
    mobileOwnedByOtherSubject: async (mobile, ref) => subjects.some((s) => !isSubject(s, ref) && (s.mobiles ?? []).includes(mobile)),
    subjectHasApplicationInFlight: async (ref) => subjects.some((s) => isSubject(s, ref) && s.applicationInFlight === true),
    domainUsedByOtherSubject: async (domain, ref) => subjects.some((s) => !isSubject(s, ref) && (s.domains ?? []).includes(domain)),
    filedSubject: async (subjectId) => {
      const found = subjects.find((s) => s.id === subjectId || s.certificateNumber === subjectId);
      if (!found) return undefined;
      return {
        id: found.id,
        name: found.name,
        nature: found.nature,
        province: found.province,
        certificateNumber: found.certificateNumber,
        ...(found.mainPerson ? { mainPerson: found.mainPerson } : {}),
        ...(found.services ? { services: found.services.map(({ id, type, name }) => ({ id, type, name })) } : {}),
      };
    },
    filedService: async (serviceId) => {
      const found = services.find(({ service }) => service.id === serviceId || service.number === serviceId);
      return found && { id: found.service.id, subjectId: found.subject.id, type: found.service.type, name: found.service.name, domains: found.service.domains ?? [] };
    },
    filedPackages: async (platform, packageName, ref) =>
      services.flatMap(({ subject, service }) =>
        (service.packages ?? [])
          .filter((p) => p.platform === platform && p.packageName === packageName)
          .map((p) => ({
            ownSubject: isSubject(subject, ref),
            serviceId: service.id,
            number: service.number ?? service.id,
            publicKey: p.publicKey ?? null,
            signatureMd5: p.signatureMd5 ?? null,
          })),
      ),
    materialStatus: async (materialId) => (options.materials === undefined || options.materials.has(materialId) ? 'usable' : 'unknown'),
  };
}
