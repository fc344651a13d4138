import type { Transaction } from 'kysely';
import type { ApplicationBody } from '../../domain/form/application-body.js';
import type { PersonForm } from '../../domain/form/person-form.js';
import { applicationKindRules } from '../../domain/lifecycle/application-kinds.js';
import type { Application, Database } from '../../store/schema.js';
import { normalizeMobile } from './sms-code.js';

export interface Confirmer {
  phone: string;
  certificateNumber: string;
  /** main, or service:<name> — who this phone confirms for. */
  roles: string[];
}

function fromForm(person: PersonForm, role: string): Confirmer {
  return { phone: normalizeMobile(person.mobile), certificateNumber: person.certificate.number, roles: [role] };
}

async function filedPerson(trx: Transaction<Database>, where: { subjectId: string; serviceId?: string | null }, role: string): Promise<Confirmer[]> {
  let query = trx.selectFrom('persons').select(['mobile', 'certificate_number', 'role']).where('subject_id', '=', where.subjectId);
  query = where.serviceId ? query.where('service_id', '=', where.serviceId) : query.where('role', '=', 'main');
  const rows = await query.execute();
  return rows.map((p) => ({ phone: normalizeMobile(p.mobile), certificateNumber: p.certificate_number, roles: [role] }));
}

/** The responsible persons who must confirm this application by SMS (domain.md §5.3), one entry per phone. */
export async function smsConfirmers(trx: Transaction<Database>, application: Application): Promise<Confirmer[]> {
  const body = application.payload as ApplicationBody;
  const list: Confirmer[] = [];
  switch (applicationKindRules[body.kind].sms) {
    case 'main_and_service_persons':
      if (body.subject) list.push(fromForm(body.subject.mainPerson, 'main'));
      else list.push(...(await filedPerson(trx, { subjectId: application.subject_id }, 'main')));
      body.services.forEach((service) => list.push(fromForm(service.responsiblePerson, `service:${service.name}`)));
      break;
    case 'main_person':
      if (body.subject) list.push(fromForm(body.subject.mainPerson, 'main'));
      else list.push(...(await filedPerson(trx, { subjectId: application.subject_id }, 'main')));
      break;
    case 'service_person':
      if (body.services[0]) list.push(fromForm(body.services[0].responsiblePerson, `service:${body.services[0].name}`));
      else list.push(...(await filedPerson(trx, { subjectId: application.subject_id, serviceId: application.service_id }, 'service')));
      break;
    case 'none':
      break;
  }
  const byPhone = new Map<string, Confirmer>();
  for (const confirmer of list) {
    const existing = byPhone.get(confirmer.phone);
    if (existing) existing.roles.push(...confirmer.roles.filter((r) => !existing.roles.includes(r)));
    else byPhone.set(confirmer.phone, { ...confirmer, roles: [...confirmer.roles] });
  }
  return [...byPhone.values()];
}
