import type { FastifyInstance } from 'fastify';
import { withDemoBanner } from './html/demo-banner.js';

/**
 * Demo mode shows itself on every HTML page the server renders — the API docs, the developer inbox and any page added
 * later — by putting the demo banner into text/html answers as they leave.
 */
export function installDemoBanner(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    const type = String(reply.getHeader('content-type') ?? '');
    if (!type.startsWith('text/html') || (typeof payload !== 'string' && !Buffer.isBuffer(payload))) return payload;
    const html = withDemoBanner(payload.toString());
    reply.removeHeader('content-length');
    return html;
  });
}
