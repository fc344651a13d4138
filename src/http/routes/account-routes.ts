import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { safeText } from '../../domain/form/safe-text.js';
import { createAccount } from '../../flows/accounts/create-account.js';
import { createParty } from '../../flows/accounts/create-party.js';
import type { FlowDeps } from '../../flows/flow-deps.js';
import { generatePassword } from '../../store/users.js';
import { errorResponses } from '../error-schema.js';
import { flowOptions, requirePrincipal } from '../request-context.js';

const partyBody = z.strictObject({
  kind: z.enum(['bureau', 'access_provider', 'distribution_platform', 'terminal_maker']),
  platformKind: z.enum(['app_store', 'mini_program', 'quick_app']).optional(),
  name: safeText({ min: 2, max: 100 }),
  nameEn: safeText({ min: 2, max: 200 }).optional(),
  province: z.string().regex(/^\d{6}$/).optional().describe('Bureaus: the six-digit province code'),
  code: z.string().regex(/^[a-z][a-z0-9-]{1,63}$/).optional().describe('A short stable name applications may use instead of the id'),
});

const accountBody = z.strictObject({
  login: z.string().regex(/^[a-z0-9][a-z0-9._-]{2,63}$/, 'lower-case letters, digits, ".", "_" and "-", 3–64 characters'),
  displayName: safeText({ min: 1, max: 100 }),
  partyId: z.string().min(1).max(128),
});

/**
 * The ministry adds parties (bureaus, providers, platforms) and their staff's accounts. A new account's password is
 * generated and shown in this answer only; nothing else ever shows it.
 */
export async function accountRoutes(app: FastifyInstance, { deps }: { deps: FlowDeps }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/parties',
    {
      schema: {
        tags: ['administration'],
        summary: 'Add a bureau, access provider, distribution platform or terminal maker (ministry)',
        body: partyBody,
        response: { 201: z.object({ id: z.string() }), ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const principal = requirePrincipal(request, ['ministry']);
      const { partyId } = await createParty(deps, principal.actor, request.body, flowOptions(request, principal));
      return reply.status(201).send({ id: partyId });
    },
  );
  r.post(
    '/accounts',
    {
      schema: {
        tags: ['administration'],
        summary: "Add an account for a party's staff (ministry); the role follows from the party; the generated password is shown once",
        body: accountBody,
        response: {
          201: z.object({ id: z.string(), login: z.string(), role: z.string(), partyId: z.string(), password: z.string() }),
          ...errorResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request, reply) => {
      const principal = requirePrincipal(request, ['ministry']);
      const password = generatePassword();
      const { userId, role } = await createAccount(deps, principal.actor, { ...request.body, password });
      reply.header('cache-control', 'no-store');
      return reply.status(201).send({ id: userId, login: request.body.login, role, partyId: request.body.partyId, password });
    },
  );
}
