import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';

/** What a client needs to know about this deployment before anything else: whether it is a demo. */
export async function metaRoutes(app: FastifyInstance, { demo }: { demo: boolean }): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/meta',
    {
      schema: {
        tags: ['public'],
        summary: 'About this deployment: `demo` is true when it runs with invented data and published passwords (show a demo banner)',
        response: { 200: z.object({ demo: z.boolean() }) },
      },
    },
    async () => ({ demo }),
  );
}
