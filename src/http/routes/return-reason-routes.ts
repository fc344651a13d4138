import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ruleCatalogue } from '../../domain/precheck/rule-catalogue.js';
import { otherReturnCode, presentReturnReason } from '../../domain/precheck/return-reason.js';

const text = z.object({ zh: z.string(), en: z.string() });

/** The reasons reviewers may return an application with: every pre-check rule, and OTHER with a note (public catalogue). */
export async function returnReasonRoutes(app: FastifyInstance): Promise<void> {
  const other = presentReturnReason({ code: otherReturnCode, path: '', note: '' });
  const items = [
    ...ruleCatalogue.map((rule) => ({ code: rule.code, path: rule.path, message: rule.message, fix: rule.fix })),
    { code: other.code, path: '', message: other.message, fix: other.fix },
  ];
  app.withTypeProvider<ZodTypeProvider>().get(
    '/return-reasons',
    {
      schema: {
        tags: ['public'],
        summary: 'The catalogue of return reasons (pre-check rule codes and OTHER), with their field and texts',
        response: { 200: z.object({ items: z.array(z.object({ code: z.string(), path: z.string(), message: text, fix: text })) }) },
      },
    },
    async () => ({ items }),
  );
}
