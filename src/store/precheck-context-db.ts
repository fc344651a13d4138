import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { FiledSubjectFacts, PrecheckContext, SubjectRef } from '../domain/precheck/precheck-context.js';
import { inFlightStates } from '../domain/lifecycle/application-states.js';
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
 */
export function databasePrecheckContext(
  db: Kysely<Database>,
  options: { filingTlds: ReadonlySet<string>; excludeApplicationId?: string; subjectId?: string },
): PrecheckContext {
  const notSubject = (ref: SubjectRef) =>
    notSubjectRef(ref.subjectId === undefined && ref.certificateNumber === undefined && options.subjectId ? { subjectId: options.subjectId } : ref);
  return {
    filingTlds: options.filingTlds,
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
        .select(['subjects.name', 'subjects.nature', 'subjects.province_code', 'subjects.certificate_key'])
        .where((eb) => eb.or([eb('subjects.id', '=', subjectRef), eb('filings.number', '=', subjectRef)]))
        .where('subjects.status', '=', 'filed')
        .executeTakeFirst();
      if (!subject) return undefined;
      return {
        name: subject.name,
        nature: subject.nature,
        province: subject.province_code,
        certificateNumber: subject.certificate_key.split(':')[1] ?? '',
      };
    },
  };
}
