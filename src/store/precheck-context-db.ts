import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { BureauPolicy } from '../domain/codes/bureau-policies.js';
import type { FiledServiceFacts, FiledSubjectFacts, PrecheckContext, SubjectRef } from '../domain/precheck/precheck-context.js';
import { inFlightStates } from '../domain/lifecycle/application-states.js';
import { materialAttached, materialUsableBy } from './material-access.js';
import type { Database } from './schema.js';

/** Matches a subject by id, or by certificate number (the key's number part, any certificate type). */
function notSubjectRef(ref: SubjectRef) {
  return sql<boolean>`not (${ref.subjectId ? sql`subjects.id = ${ref.subjectId}` : sql`false`} or ${
    ref.certificateNumber ? sql`split_part(subjects.certificate_key, ':', 2) = ${ref.certificateNumber.replace(/\s+/g, '').toUpperCase()}` : sql`false`
  })`;
}

/**
 * The pre-check's view of the registry. `excludeApplicationId` leaves out the application being checked, so a
 * returned application can be resubmitted. `subjectId` is the subject of that application: kinds that name only a
 * service (change_service, cancel_service, add_access, cancel_access) carry no subject reference in their body, and
 * without it the service's own mobile numbers and domains would look like another subject's.
 *
 * Materials: with `excludeApplicationId`, those recorded for that application (checked when it was written); with
 * `caller`, those the caller's account or party uploaded, or the subject's owner did.
 */
export function databasePrecheckContext(
  db: Kysely<Database>,
  options: {
    filingTlds: ReadonlySet<string>;
    bureauPolicies?: Readonly<Record<string, Partial<BureauPolicy>>>;
    excludeApplicationId?: string;
    subjectId?: string;
    caller?: { userId: string | null; partyId: string | null };
  },
): PrecheckContext {
  const notSubject = (ref: SubjectRef) =>
    notSubjectRef(ref.subjectId === undefined && ref.certificateNumber === undefined && options.subjectId ? { subjectId: options.subjectId } : ref);
  return {
    filingTlds: options.filingTlds,
    ...(options.bureauPolicies ? { bureauPolicies: options.bureauPolicies } : {}),
    async mobileOwnedByOtherSubject(mobile, ref) {
      const row = await db
        .selectFrom('persons')
        .innerJoin('subjects', 'subjects.id', 'persons.subject_id')
        .select('persons.id')
        .where('subjects.status', '=', 'filed')
        .where((eb) => eb.or([eb('persons.mobile', '=', mobile), eb('persons.mobile', '=', `+86${mobile}`)]))
        .where(notSubject(ref))
        .limit(1)
        .executeTakeFirst();
      return row !== undefined;
    },
    async subjectHasApplicationInFlight(ref) {
      let query = db
        .selectFrom('applications')
        .innerJoin('subjects', 'subjects.id', 'applications.subject_id')
        .select('applications.id')
        .where('applications.state', 'in', [...inFlightStates])
        .where(sql<boolean>`not ${notSubject(ref)}`);
      if (options.excludeApplicationId) query = query.where('applications.id', '!=', options.excludeApplicationId);
      return (await query.limit(1).executeTakeFirst()) !== undefined;
    },
    async domainUsedByOtherSubject(domain, ref) {
      const row = await db
        .selectFrom('service_domains')
        .innerJoin('subjects', 'subjects.id', 'service_domains.subject_id')
        .select('service_domains.id')
        .where('service_domains.domain', '=', domain)
        .where('service_domains.removed_at', 'is', null)
        .where(notSubject(ref))
        .limit(1)
        .executeTakeFirst();
      return row !== undefined;
    },
    async filedSubject(subjectRef): Promise<FiledSubjectFacts | undefined> {
      const subject = await db
        .selectFrom('subjects')
        .leftJoin('filings', (join) => join.onRef('filings.subject_id', '=', 'subjects.id').on('filings.kind', '=', 'subject'))
        .select(['subjects.id', 'subjects.name', 'subjects.nature', 'subjects.province_code', 'subjects.certificate_key'])
        .where((eb) => eb.or([eb('subjects.id', '=', subjectRef), eb('filings.number', '=', subjectRef)]))
        .where('subjects.status', '=', 'filed')
        .executeTakeFirst();
      if (!subject) return undefined;
      const main = await db
        .selectFrom('persons')
        .select(['name', 'certificate_type', 'certificate_number', 'mobile', 'emergency_phone', 'email'])
        .where('subject_id', '=', subject.id)
        .where('role', '=', 'main')
        .executeTakeFirst();
      const services = await db
        .selectFrom('services')
        .select(['id', 'type', 'name'])
        .where('subject_id', '=', subject.id)
        .where('status', '=', 'filed')
        .execute();
      return {
        id: subject.id,
        name: subject.name,
        nature: subject.nature,
        province: subject.province_code,
        certificateNumber: subject.certificate_key.split(':').at(-1) ?? '',
        ...(main
          ? {
              mainPerson: {
                name: main.name,
                certificate: { type: main.certificate_type, number: main.certificate_number },
                mobile: main.mobile,
                emergencyPhone: main.emergency_phone,
                email: main.email,
              },
            }
          : {}),
        services,
      };
    },
    async filedService(serviceRef): Promise<FiledServiceFacts | undefined> {
      const service = await db
        .selectFrom('services')
        .leftJoin('filings', (join) => join.onRef('filings.service_id', '=', 'services.id').on('filings.kind', '=', 'service'))
        .select(['services.id', 'services.subject_id', 'services.type', 'services.name'])
        .where((eb) => eb.or([eb('services.id', '=', serviceRef), eb('filings.number', '=', serviceRef.trim())]))
        .where('services.status', '=', 'filed')
        .executeTakeFirst();
      if (!service) return undefined;
      const domains = await db.selectFrom('service_domains').select('domain').where('service_id', '=', service.id).where('removed_at', 'is', null).execute();
      return { id: service.id, subjectId: service.subject_id, type: service.type, name: service.name, domains: domains.map((d) => d.domain) };
    },
    async filedPackages(platform, packageName, ref) {
      const rows = await db
        .selectFrom('service_features')
        .innerJoin('services', 'services.id', 'service_features.service_id')
        .innerJoin('subjects', 'subjects.id', 'services.subject_id')
        .innerJoin('filings', (join) => join.onRef('filings.service_id', '=', 'services.id').on('filings.kind', '=', 'service'))
        .select(['services.id as serviceId', 'filings.number', 'service_features.public_key', 'service_features.signature_md5'])
        .select(sql<boolean>`not ${notSubject(ref)}`.as('own'))
        .where('service_features.platform', '=', platform)
        .where('service_features.package_name', '=', packageName)
        .where('services.status', '=', 'filed')
        .where('filings.status', '=', 'active')
        .execute();
      return rows.map((row) => ({ ownSubject: row.own, serviceId: row.serviceId, number: row.number, publicKey: row.public_key, signatureMd5: row.signature_md5 }));
    },
    async materialStatus(materialId) {
      if (options.excludeApplicationId && (await materialAttached(db, options.excludeApplicationId, materialId))) return 'usable';
      if (options.caller && (await materialUsableBy(db, materialId, { ...options.caller, subjectId: options.subjectId ?? null }))) return 'usable';
      return 'unknown';
    },
  };
}
