import type { Transaction } from 'kysely';
import { BeianError } from '../domain/errors/beian-error.js';
import type { Database, Service, Subject } from '../store/schema.js';

const looksLikeNumber = (ref: string) => /ICP|B2-|证/.test(ref);

/** A filed subject by id or by its subject number (京ICP备2023012345号). */
export async function resolveFiledSubject(trx: Transaction<Database>, ref: string, path: string): Promise<Subject> {
  const subject = looksLikeNumber(ref)
    ? await trx
        .selectFrom('filings')
        .innerJoin('subjects', 'subjects.id', 'filings.subject_id')
        .selectAll('subjects')
        .where('filings.number', '=', ref.trim())
        .where('filings.kind', '=', 'subject')
        .executeTakeFirst()
    : await trx.selectFrom('subjects').selectAll().where('id', '=', ref).executeTakeFirst();
  if (!subject) throw new BeianError('NOT_FOUND', { path });
  if (subject.status !== 'filed') throw new BeianError('SUBJECT_NOT_FILED', { path });
  return subject;
}

/** A filed service by id or by its service number (京ICP备2023012345号-1A). */
export async function resolveFiledService(trx: Transaction<Database>, ref: string, path: string): Promise<Service> {
  const service = looksLikeNumber(ref)
    ? await trx
        .selectFrom('filings')
        .innerJoin('services', 'services.id', 'filings.service_id')
        .selectAll('services')
        .where('filings.number', '=', ref.trim())
        .where('filings.kind', '=', 'service')
        .executeTakeFirst()
    : await trx.selectFrom('services').selectAll().where('id', '=', ref).executeTakeFirst();
  if (!service) throw new BeianError('NOT_FOUND', { path });
  if (service.status !== 'filed') throw new BeianError('SERVICE_NOT_FILED', { path });
  return service;
}
