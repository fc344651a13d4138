import type { ApplicationBody } from '../domain/form/application-body.js';
import type { PersonForm } from '../domain/form/person-form.js';
import { normalizeCertificateNumber } from '../domain/identity/subject-key.js';
import type { Application } from '../store/schema.js';
import type { FlowScope } from './run-flow.js';
import { normalizeMobile } from './sms/sms-code.js';

/** The notice to a responsible person a change replaces (or whose phone it replaces): no code, nothing to do. */
export function replacedPersonText(input: { role: 'main' | 'service'; subjectName: string; serviceName?: string; filingNumber: string; channelName: string }): string {
  const zhRole = input.role === 'main' ? '主体负责人' : `“${input.serviceName ?? ''}”的服务负责人`;
  const enRole = input.role === 'main' ? 'main responsible person' : `responsible person of "${input.serviceName ?? ''}"`;
  return (
    `【APP备案】${input.subjectName}（${input.filingNumber}）提交了变更申请，将更换您作为${zhRole}的登记信息，现已进入短信核验。` +
    `本短信无需回复、无需核验；如您不知情，请联系${input.channelName}或当地通信管理局。` +
    `A change of the filing ${input.filingNumber} replaces you as ${enRole}; it is now in SMS verification. No action is needed; if you did not expect it, contact ${input.channelName} or the provincial bureau.`
  );
}

function samePerson(filed: { certificate_type: number; certificate_number: string; mobile: string }, incoming: PersonForm): boolean {
  return (
    filed.certificate_type === incoming.certificate.type &&
    normalizeCertificateNumber(filed.certificate_number) === normalizeCertificateNumber(incoming.certificate.number) &&
    normalizeMobile(filed.mobile) === normalizeMobile(incoming.mobile)
  );
}

/**
 * When a change replaces a responsible person — another person, or the same person's phone — the outgoing phone is
 * told (the incoming person confirms by code as usual). Sent with the codes, when SMS verification starts, so the
 * outgoing person learns of it while the bureau can still refuse. Returns how many notices were sent.
 */
export async function notifyReplacedPersons(scope: FlowScope, application: Application): Promise<number> {
  const body = application.payload as ApplicationBody;
  let incoming: PersonForm;
  let role: 'main' | 'service';
  let serviceName: string | undefined;
  if (body.kind === 'change_subject' && body.subject) {
    incoming = body.subject.mainPerson;
    role = 'main';
  } else if (body.kind === 'change_service' && body.services[0] && application.service_id) {
    incoming = body.services[0].responsiblePerson;
    role = 'service';
  } else return 0;

  const { trx } = scope;
  let query = trx.selectFrom('persons').select(['certificate_type', 'certificate_number', 'mobile']).where('subject_id', '=', application.subject_id);
  query = role === 'main' ? query.where('role', '=', 'main').where('service_id', 'is', null) : query.where('service_id', '=', application.service_id);
  const outgoing = (await query.execute()).filter((person) => !samePerson(person, incoming));
  if (outgoing.length === 0) return 0;

  const subject = await trx.selectFrom('subjects').select('name').where('id', '=', application.subject_id).executeTakeFirstOrThrow();
  const filing = await trx
    .selectFrom('filings')
    .select('number')
    .where('status', '=', 'active')
    .where((eb) => (role === 'main' ? eb.and([eb('subject_id', '=', application.subject_id), eb('kind', '=', 'subject')]) : eb('service_id', '=', application.service_id)))
    .executeTakeFirst();
  if (role === 'service') {
    serviceName = (await trx.selectFrom('services').select('name').where('id', '=', application.service_id!).executeTakeFirstOrThrow()).name;
  }
  const channel = await trx.selectFrom('parties').select('name').where('id', '=', application.channel_id).executeTakeFirstOrThrow();
  const phones = new Set(outgoing.map((person) => normalizeMobile(person.mobile)));
  phones.delete(normalizeMobile(incoming.mobile));
  for (const phone of phones) {
    const text = replacedPersonText({ role, subjectName: subject.name, ...(serviceName ? { serviceName } : {}), filingNumber: filing?.number ?? '', channelName: channel.name });
    await scope.deps.notifier.sms(trx, { phone, text, meta: { applicationId: application.id, notice: 'replaced_person', role } }, scope.now);
  }
  return phones.size;
}
