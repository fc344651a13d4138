import type { Transaction } from 'kysely';
import { formatServiceNumber } from '../../domain/numbers/index.js';
import type { PersonForm } from '../../domain/form/person-form.js';
import type { AccessForm, ServiceForm } from '../../domain/form/service-form.js';
import { nextServiceIndex } from '../../store/allocate-numbers.js';
import type { Database } from '../../store/schema.js';
import { normalizeMobile } from '../sms/sms-code.js';

export function personRow(person: PersonForm, subjectId: string, serviceId: string | null, role: 'main' | 'service') {
  return {
    subject_id: subjectId,
    service_id: serviceId,
    role,
    name: person.name,
    certificate_type: person.certificate.type,
    certificate_number: person.certificate.number,
    mobile: normalizeMobile(person.mobile),
    emergency_phone: person.emergencyPhone,
    email: person.email,
  };
}

export async function insertAccess(trx: Transaction<Database>, serviceId: string, access: AccessForm, now: Date): Promise<void> {
  await trx
    .insertInto('service_access')
    .values({
      service_id: serviceId,
      provider_id: access.providerId,
      connection_methods: JSON.stringify(access.connectionMethods),
      server_locations: JSON.stringify(access.serverLocations),
      ips: JSON.stringify(access.ips),
      supports_ipv6: access.supportsIpv6,
      created_at: now,
    })
    .execute();
}

/** Writes the feature info, domains and responsible person of a service, replacing what it had. */
export async function writeServiceDetails(trx: Transaction<Database>, subjectId: string, serviceId: string, form: ServiceForm, now: Date): Promise<void> {
  await trx.deleteFrom('service_features').where('service_id', '=', serviceId).execute();
  for (const feature of form.featureInfo) {
    await trx
      .insertInto('service_features')
      .values({
        service_id: serviceId,
        platform: feature.platform,
        package_name: feature.packageName,
        public_key: feature.publicKey ?? null,
        signature_md5: feature.signatureMd5 ?? null,
      })
      .execute();
  }
  const wanted = new Set(form.domains.map((d) => d.toLowerCase()));
  const current = await trx.selectFrom('service_domains').select(['id', 'domain']).where('service_id', '=', serviceId).where('removed_at', 'is', null).execute();
  for (const row of current) if (!wanted.has(row.domain)) await trx.updateTable('service_domains').set({ removed_at: now }).where('id', '=', row.id).execute();
  const have = new Set(current.map((r) => r.domain));
  for (const domain of wanted) {
    if (!have.has(domain)) await trx.insertInto('service_domains').values({ service_id: serviceId, subject_id: subjectId, domain }).execute();
  }
  await trx.deleteFrom('persons').where('service_id', '=', serviceId).execute();
  await trx.insertInto('persons').values(personRow(form.responsiblePerson, subjectId, serviceId, 'service')).execute();
}

/** Files new services under a filed subject: each gets the next index of the subject's shared sequence. */
export async function recordNewServices(
  trx: Transaction<Database>,
  subject: { id: string; number: string; provinceCode: string },
  services: readonly ServiceForm[],
  now: Date,
  platformId: string | null = null,
): Promise<string[]> {
  const numbers: string[] = [];
  for (const form of services) {
    const index = await nextServiceIndex(trx, subject.id);
    const service = await trx
      .insertInto('services')
      .values({
        subject_id: subject.id,
        type: form.type,
        name: form.name,
        status: 'filed',
        service_index: index,
        platform_id: platformId,
        data: JSON.stringify(form),
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeServiceDetails(trx, subject.id, service.id, form, now);
    if (form.access) await insertAccess(trx, service.id, form.access, now);
    const number = formatServiceNumber(subject.number, index, form.type);
    await trx
      .insertInto('filings')
      .values({ kind: 'service', subject_id: subject.id, service_id: service.id, number, province_code: subject.provinceCode, service_type: form.type, status: 'active', approved_at: now, updated_at: now })
      .execute();
    numbers.push(number);
  }
  return numbers;
}
