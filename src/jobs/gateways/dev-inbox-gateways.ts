import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.js';
import type { Gateways } from './gateways.js';

/** Demo mode: SMS and e-mail land in the developer inbox (/dev/inbox) instead of leaving the machine. */
export function devInboxGateways(db: Kysely<Database>, now: () => Date): Required<Pick<Gateways, 'sms' | 'email'>> {
  const write = async (channel: 'sms' | 'email', recipient: string, subject: string, body: string) => {
    await db.insertInto('dev_inbox').values({ channel, recipient, subject, body, created_at: now() }).execute();
  };
  return {
    sms: { send: (m) => write('sms', m.phone, 'SMS', m.text) },
    email: { send: (m) => write('email', m.to, m.subject, m.text) },
  };
}
