import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config/config.js';
import { BeianError } from '../../domain/errors/beian-error.js';
import { safeText } from '../../domain/form/safe-text.js';
import { apiScopes, scopesForRole } from '../../domain/keys/api-scopes.js';
import type { FlowDeps } from '../../flows/flow-deps.js';
import { insertApiKey, listApiKeys, revokeApiKey, type KeyOwnership } from '../../store/api-keys.js';
import { rowsUsedToday } from '../../store/row-quota-usage.js';
import { API_KEY_PREFIX, newToken } from '../auth/tokens.js';
import { errorResponses } from '../error-schema.js';
import { requirePrincipal } from '../request-context.js';

const scopeSchema = z.enum(apiScopes);

const keySchema = z.object({
  id: z.string(),
  label: z.string(),
  keyPrefix: z.string().describe('The first characters of the key, to tell keys apart'),
  scopes: z.array(z.string()),
  requestsPerMinute: z.number().int(),
  rowsPerDay: z.number().int(),
  rowsUsedToday: z.number().int().describe('Rows checked or reported with the key today (Asia/Shanghai)'),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  createdBy: z.string(),
});

/** Keys are managed from a signed-in session only: a key cannot mint, list or revoke keys. */
function owner(request: FastifyRequest): KeyOwnership & { role: Parameters<typeof scopesForRole>[0] } {
  const principal = requirePrincipal(request);
  if (principal.via !== 'session' || !principal.actor.userId) throw new BeianError('FORBIDDEN', { message: 'API keys are managed from a signed-in session' });
  return { userId: principal.actor.userId, partyId: principal.actor.partyId, role: principal.actor.role };
}

/**
 * API keys for systems: each acts as the person who created it, limited to its scopes and quotas. A party's staff
 * see and revoke their party's keys; the secret is shown once, in the answer that creates it.
 */
export async function apiKeyRoutes(app: FastifyInstance, { deps, config }: { deps: FlowDeps; config: Config }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { keyMaxRequestsPerMinute, keyMaxRowsPerDay } = config.quotas;

  r.get(
    '/api-keys',
    {
      schema: {
        tags: ['auth'],
        summary: "The caller's keys (a party's staff: the party's keys), newest first, with the scopes and quotas a new key may have",
        response: {
          200: z.object({
            items: z.array(keySchema),
            grantableScopes: z.array(scopeSchema),
            maxRequestsPerMinute: z.number().int(),
            maxRowsPerDay: z.number().int(),
          }),
          ...errorResponses(401, 403),
        },
      },
    },
    async (request, reply) => {
      const who = owner(request);
      const keys = await listApiKeys(deps.db, who);
      const used = await rowsUsedToday(
        deps.db,
        keys.filter((k) => !k.revokedAt).map((k) => `key:${k.id}`),
      );
      reply.header('cache-control', 'no-store');
      return {
        items: keys.map((k) => ({
          ...k,
          rowsUsedToday: used.get(`key:${k.id}`) ?? 0,
          createdAt: k.createdAt.toISOString(),
          revokedAt: k.revokedAt?.toISOString() ?? null,
        })),
        grantableScopes: [...scopesForRole(who.role)],
        maxRequestsPerMinute: keyMaxRequestsPerMinute,
        maxRowsPerDay: keyMaxRowsPerDay,
      };
    },
  );

  r.post(
    '/api-keys',
    {
      schema: {
        tags: ['auth'],
        summary: 'Create an API key acting as the signed-in person, with scopes and quotas (the key is shown once)',
        body: z.strictObject({
          label: safeText({ min: 1, max: 100 }),
          scopes: z
            .array(scopeSchema)
            .min(1)
            .max(apiScopes.length)
            .refine((s) => new Set(s).size === s.length, 'each scope once')
            .default(['lookup']),
          requestsPerMinute: z.number().int().min(1).max(keyMaxRequestsPerMinute).default(Math.min(600, keyMaxRequestsPerMinute)),
          rowsPerDay: z.number().int().min(0).max(keyMaxRowsPerDay).default(Math.min(100_000, keyMaxRowsPerDay)),
        }),
        response: {
          201: z.object({
            id: z.string(),
            label: z.string(),
            key: z.string().describe('The secret: send it as `Authorization: Bearer …`; it is not shown again'),
            keyPrefix: z.string(),
            scopes: z.array(scopeSchema),
            requestsPerMinute: z.number().int(),
            rowsPerDay: z.number().int(),
          }),
          ...errorResponses(400, 401, 403),
        },
      },
    },
    async (request, reply) => {
      const who = owner(request);
      const grantable = scopesForRole(who.role);
      const { label, scopes, requestsPerMinute, rowsPerDay } = request.body;
      const refused = scopes.findIndex((s) => !grantable.includes(s));
      if (refused >= 0) throw new BeianError('API_KEY_SCOPE_NOT_GRANTABLE', { path: `body.scopes[${refused}]`, details: { scope: scopes[refused] } });
      const { token, hash } = newToken(API_KEY_PREFIX);
      const keyPrefix = token.slice(0, 10);
      const id = await insertApiKey(deps.db, { userId: who.userId, label, keyPrefix, keyHash: hash, scopes, requestsPerMinute, rowsPerDay, createdAt: deps.now() });
      reply.header('cache-control', 'no-store');
      return reply.status(201).send({ id, label, key: token, keyPrefix, scopes, requestsPerMinute, rowsPerDay });
    },
  );

  r.delete(
    '/api-keys/:id',
    {
      schema: {
        tags: ['auth'],
        summary: 'Revoke a key at once (revoking again answers the first revocation time)',
        params: z.object({ id: z.string().uuid() }),
        response: { 200: z.object({ id: z.string(), revokedAt: z.string() }), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const who = owner(request);
      const revoked = await revokeApiKey(deps.db, who, request.params.id, deps.now());
      if (!revoked) throw new BeianError('NOT_FOUND', { path: 'params.id' });
      return { id: request.params.id, revokedAt: revoked.revokedAt.toISOString() };
    },
  );
}
