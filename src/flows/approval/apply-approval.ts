import type { Transaction } from 'kysely';
import { BeianError } from '../../domain/errors/beian-error.js';
import type { ApplicationBody } from '../../domain/form/application-body.js';
import { formatSubjectNumber } from '../../domain/numbers/index.js';
import { shanghaiDateOf } from '../../domain/calendar/index.js';
import type { RegionLookup } from '../../domain/regions/index.js';
import { nextSubjectSequence } from '../../store/allocate-numbers.js';
import type { Application, Database } from '../../store/schema.js';
import { addSubjectOwner, filedSubjectWithKey } from '../../store/subject-authority.js';
import { insertAccess, personRow, recordNewServices, writeServiceDetails } from './record-services.js';
import { refreshShellFlags } from './refresh-shell-flags.js';
import { refreshRegistry } from '../../store/registry-sync.js';

export interface ApprovalResult {
  subjectNumber: string | null;
  serviceNumbers: string[];
}

async function activeSubjectNumber(trx: Transaction<Database>, subjectId: string): Promise<string> {
  const filing = await trx
    .selectFrom('filings')
    .select('number')
    .where('subject_id', '=', subjectId)
    .where('kind', '=', 'subject')
    .where('status', '=', 'active')
    .executeTakeFirst();
  if (!filing) throw new BeianError('SUBJECT_NOT_FILED', { path: 'subjectId' });
  return filing.number;
}

async function cancelServiceFiling(trx: Transaction<Database>, serviceId: string, now: Date): Promise<void> {
  await trx.updateTable('services').set({ status: 'cancelled', updated_at: now }).where('id', '=', serviceId).execute();
  await trx.updateTable('filings').set({ status: 'cancelled', cancelled_at: now, updated_at: now }).where('service_id', '=', serviceId).where('status', '=', 'active').execute();
  await trx.updateTable('service_domains').set({ removed_at: now }).where('service_id', '=', serviceId).where('removed_at', 'is', null).execute();
  await trx.updateTable('service_access').set({ cancelled_at: now }).where('service_id', '=', serviceId).where('cancelled_at', 'is', null).execute();
}

/** What a bureau's approval does to the registry, by kind of application. Runs inside the approval's transaction. */
export async function applyApproval(trx: Transaction<Database>, application: Application, regions: RegionLookup, now: Date): Promise<ApprovalResult> {
  const body = application.payload as ApplicationBody;
  const subject = await trx.selectFrom('subjects').selectAll().where('id', '=', application.subject_id).forUpdate().executeTakeFirstOrThrow();
  let result: ApprovalResult = { subjectNumber: null, serviceNumbers: [] };
  const channel = await trx.selectFrom('parties').select('kind').where('id', '=', application.channel_id).executeTakeFirstOrThrow();
  // Services filed through a distribution platform keep it: the platform acts for them.
  const platformId = channel.kind === 'distribution_platform' ? application.channel_id : null;

  switch (body.kind) {
    case 'first_filing': {
      if (subject.status === 'filed' || (await filedSubjectWithKey(trx, subject.certificate_key, subject.id))) {
        throw new BeianError('SUBJECT_ALREADY_FILED', { path: 'subject.certificate.number' });
      }
      const region = regions.byCode(subject.province_code);
      if (!region) throw new BeianError('BUREAU_NOT_CONFIGURED', { path: 'subject.province' });
      const year = Number(shanghaiDateOf(now).slice(0, 4));
      const sequence = await nextSubjectSequence(trx, region.code, year);
      const number = formatSubjectNumber({ abbreviation: region.abbreviation, year, sequence });
      const form = body.subject!;
      await trx
        .updateTable('subjects')
        .set({ status: 'filed', name: form.name, nature: form.nature, data: JSON.stringify(form), next_service_index: 1, updated_at: now })
        .where('id', '=', subject.id)
        .execute();
      await trx.deleteFrom('persons').where('subject_id', '=', subject.id).where('role', '=', 'main').execute();
      await trx.insertInto('persons').values(personRow(form.mainPerson, subject.id, null, 'main')).execute();
      await trx
        .insertInto('filings')
        .values({ kind: 'subject', subject_id: subject.id, service_id: null, number, province_code: region.code, service_type: null, status: 'active', approved_at: now, updated_at: now })
        .execute();
      const serviceNumbers = await recordNewServices(trx, { id: subject.id, number, provinceCode: region.code }, body.services, now, platformId);
      // The applicant account that filed the subject may act for it; one filed by a channel is linked by claim.
      await addSubjectOwner(trx, subject.id, application.created_by, 'filing', now);
      result = { subjectNumber: number, serviceNumbers };
      break;
    }
    case 'add_service': {
      const number = await activeSubjectNumber(trx, subject.id);
      const serviceNumbers = await recordNewServices(trx, { id: subject.id, number, provinceCode: subject.province_code }, body.services, now, platformId);
      result = { subjectNumber: number, serviceNumbers };
      break;
    }
    case 'change_subject': {
      const form = body.subject!;
      await trx.updateTable('subjects').set({ name: form.name, nature: form.nature, data: JSON.stringify(form), updated_at: now }).where('id', '=', subject.id).execute();
      await trx.deleteFrom('persons').where('subject_id', '=', subject.id).where('role', '=', 'main').execute();
      await trx.insertInto('persons').values(personRow(form.mainPerson, subject.id, null, 'main')).execute();
      result = { subjectNumber: await activeSubjectNumber(trx, subject.id), serviceNumbers: [] };
      break;
    }
    case 'change_service': {
      const form = body.services[0]!;
      const serviceId = application.service_id!;
      await trx.updateTable('services').set({ name: form.name, data: JSON.stringify(form), updated_at: now }).where('id', '=', serviceId).execute();
      await writeServiceDetails(trx, subject.id, serviceId, form, now);
      break;
    }
    case 'add_access':
      await insertAccess(trx, application.service_id!, body.access!, now);
      break;
    case 'cancel_access':
      await trx
        .updateTable('service_access')
        .set({ cancelled_at: now })
        .where('service_id', '=', application.service_id!)
        .where('provider_id', '=', application.channel_id)
        .where('cancelled_at', 'is', null)
        .execute();
      break;
    case 'cancel_service':
      await cancelServiceFiling(trx, application.service_id!, now);
      break;
    case 'cancel_subject': {
      const services = await trx.selectFrom('services').select('id').where('subject_id', '=', subject.id).where('status', '=', 'filed').execute();
      for (const service of services) await cancelServiceFiling(trx, service.id, now);
      await trx.updateTable('subjects').set({ status: 'cancelled', updated_at: now }).where('id', '=', subject.id).execute();
      await trx
        .updateTable('filings')
        .set({ status: 'cancelled', cancelled_at: now, updated_at: now })
        .where('subject_id', '=', subject.id)
        .where('kind', '=', 'subject')
        .where('status', '=', 'active')
        .execute();
      break;
    }
  }
  await refreshShellFlags(trx, subject.id, now);
  await refreshRegistry(trx, [subject.id]);
  return result;
}
