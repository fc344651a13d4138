import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { shanghaiDateOf } from '../../domain/calendar/index.js';
import { memoryPrecheckContext, passesPrecheck, precheckApplication } from '../../domain/precheck/index.js';
import type { FlowDeps } from '../../flows/flow-deps.js';
import { resolvePartyCodes } from '../../store/party-references.js';
import { databasePrecheckContext } from '../../store/precheck-context-db.js';

const findingSchema = z.object({
  code: z.string(),
  path: z.string(),
  severity: z.enum(['error', 'warning']),
  message: z.object({ zh: z.string(), en: z.string() }),
  fix: z.object({ zh: z.string(), en: z.string() }),
});

/**
 * Checks a draft without saving it. Signed-in callers get the registry rules too (a mobile number or domain used
 * by another subject, whether each material exists and is theirs); anonymous callers only the rules that need no
 * registry, so nothing about others leaks.
 */
export async function precheckRoutes(app: FastifyInstance, { deps }: { deps: FlowDeps }): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/precheck',
    {
      schema: {
        tags: ['applications'],
        summary: 'Run every pre-check rule on an application body without saving it',
        body: z.unknown(),
        response: { 200: z.object({ passes: z.boolean(), findings: z.array(findingSchema) }) },
      },
    },
    async (request) => {
      const principal = request.principal;
      const context = principal
        ? databasePrecheckContext(deps.db, {
            filingTlds: deps.filingTlds,
            bureauPolicies: deps.bureauPolicies,
            caller: { userId: principal.actor.userId, partyId: principal.actor.role === 'provider' ? principal.actor.partyId : null },
          })
        : memoryPrecheckContext({ filingTlds: deps.filingTlds, bureauPolicies: deps.bureauPolicies });
      const findings = await precheckApplication(await resolvePartyCodes(deps.db, request.body), context, { today: shanghaiDateOf(deps.now()) });
      return { passes: passesPrecheck(findings), findings };
    },
  );
}
