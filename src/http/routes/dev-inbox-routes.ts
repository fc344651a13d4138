import type { FastifyInstance } from 'fastify';
import type { FlowDeps } from '../../flows/flow-deps.js';
import { codeInSmsText } from '../../flows/sms/sms-text.js';
import { renderDevInboxPage, type DevInboxEntry } from '../html/dev-inbox-page.js';

/**
 * The newest messages with, for each verification SMS, its code and whom it asks to confirm: the roles of the latest
 * challenge for that phone sent by the time the message was delivered (a resent code moves its challenge's time on,
 * so an earlier message of a phone whose only challenge was resent since takes that one).
 */
async function inboxEntries(deps: FlowDeps): Promise<DevInboxEntry[]> {
  const rows = await deps.db.selectFrom('dev_inbox').selectAll().orderBy('id', 'desc').limit(100).execute();
  const phones = [...new Set(rows.filter((m) => m.channel === 'sms').map((m) => m.recipient))];
  const challenges = phones.length
    ? await deps.db.selectFrom('sms_challenges').select(['phone', 'roles', 'sent_at']).where('phone', 'in', phones).orderBy('sent_at', 'desc').execute()
    : [];
  return rows.map((m) => {
    const code = m.channel === 'sms' ? codeInSmsText(m.body) : undefined;
    const ofPhone = code ? challenges.filter((c) => c.phone === m.recipient) : [];
    const challenge = ofPhone.find((c) => c.sent_at.getTime() <= m.created_at.getTime()) ?? ofPhone.at(-1);
    return { createdAt: m.created_at, channel: m.channel, recipient: m.recipient, body: m.body, code, roles: challenge?.roles };
  });
}

/**
 * Demo mode only: the messages the default transport "sent" (SMS codes included), newest first, so a person trying
 * Beian can complete SMS verification without a phone.
 */
export async function devInboxRoutes(app: FastifyInstance, { deps }: { deps: FlowDeps }): Promise<void> {
  const latest = () => deps.db.selectFrom('dev_inbox').selectAll().orderBy('id', 'desc').limit(100).execute();
  app.get('/api/v1/dev/inbox', { schema: { tags: ['demo'], summary: 'Developer inbox (demo mode only)' } }, async () => ({
    items: (await latest()).map((m) => ({ id: m.id, channel: m.channel, recipient: m.recipient, subject: m.subject, body: m.body, createdAt: m.created_at.toISOString() })),
  }));
  app.get('/dev/inbox', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(renderDevInboxPage(await inboxEntries(deps))),
  );
}
