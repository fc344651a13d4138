import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { FlowDeps } from '../../flows/flow-deps.js';

export async function healthRoutes(app: FastifyInstance, { deps }: { deps: FlowDeps }): Promise<void> {
  app.get('/healthz', { schema: { hide: true } }, async (_request, reply) => {
    await sql`select 1`.execute(deps.db);
    return reply.send({ status: 'ok' });
  });
}
