import type { FastifyInstance } from 'fastify';
import type { FlowDeps } from '../../flows/flow-deps.js';
import { demoBanner } from '../html/demo-banner.js';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
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
  app.get('/dev/inbox', { schema: { hide: true } }, async (_request, reply) => {
    const rows = (await latest())
      .map((m) => `<tr><td>${m.created_at.toISOString()}</td><td>${escapeHtml(m.channel)}</td><td>${escapeHtml(m.recipient)}</td><td>${escapeHtml(m.body)}</td></tr>`)
      .join('');
    return reply
      .type('text/html; charset=utf-8')
      .send(
        `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>开发收件箱 · Developer inbox</title><meta http-equiv="refresh" content="5"></head><body>${demoBanner()}<h1>开发收件箱 · Developer inbox</h1><p>演示模式下发送的短信和邮件 · Messages sent in demo mode</p><table border="1" cellpadding="4"><tr><th>时间 Time</th><th>渠道 Channel</th><th>收件人 To</th><th>内容 Text</th></tr>${rows}</table></body></html>`,
      );
  });
}
