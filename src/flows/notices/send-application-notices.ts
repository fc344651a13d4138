import type { Transaction } from 'kysely';
import type { Application, Database } from '../../store/schema.js';
import type { FlowDeps } from '../flow-deps.js';
import { noticeText, type ApplicationNotice } from './notice-text.js';

interface Contact {
  phone: string | null;
  email: string | null;
}

/** The applicant's contacts: the main responsible person of the application's body, or of the filed subject. */
async function applicantContact(trx: Transaction<Database>, application: Application): Promise<Contact> {
  const person = (application.payload as { subject?: { mainPerson?: { mobile?: string; email?: string } } }).subject?.mainPerson;
  if (person?.mobile || person?.email) return { phone: person.mobile ?? null, email: person.email ?? null };
  const filed = await trx.selectFrom('persons').select(['mobile', 'email']).where('subject_id', '=', application.subject_id).where('role', '=', 'main').executeTakeFirst();
  return { phone: filed?.mobile ?? null, email: filed?.email ?? null };
}

async function channelContact(trx: Transaction<Database>, application: Application): Promise<Contact> {
  const party = await trx.selectFrom('parties').select(['notify_email', 'notify_phone']).where('id', '=', application.channel_id).executeTakeFirst();
  return { phone: party?.notify_phone ?? null, email: party?.notify_email ?? null };
}

/**
 * Tells the applicant (its main responsible person) and the channel (the party's notice addresses, when it has set
 * them) what happened, by SMS and e-mail, inside the action's transaction: the outbox delivers after commit.
 */
export async function sendApplicationNotices(
  scope: { trx: Transaction<Database>; now: Date; deps: Pick<FlowDeps, 'notifier' | 'publicUrl'> },
  application: Application,
  notice: ApplicationNotice,
): Promise<void> {
  const text = noticeText(application, notice, scope.deps.publicUrl);
  const meta = { applicationId: application.id, notice: notice.event };
  const sent = new Set<string>();
  for (const [audience, contact] of [
    ['applicant', await applicantContact(scope.trx, application)],
    ['channel', await channelContact(scope.trx, application)],
  ] as const) {
    if (contact.phone && !sent.has(`sms:${contact.phone}`)) {
      sent.add(`sms:${contact.phone}`);
      await scope.deps.notifier.sms(scope.trx, { phone: contact.phone, text: text.sms, meta: { ...meta, audience }, notice: true }, scope.now);
    }
    if (contact.email && !sent.has(`email:${contact.email}`)) {
      sent.add(`email:${contact.email}`);
      await scope.deps.notifier.email(scope.trx, { to: contact.email, subject: text.subject, text: text.email, meta: { ...meta, audience } }, scope.now);
    }
  }
}
