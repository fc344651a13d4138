import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { safeText } from '../../domain/form/safe-text.js';
import { BeianError } from '../../domain/errors/beian-error.js';
import type { FlowDeps } from '../../flows/flow-deps.js';
import { passwordMatches } from '../../store/users.js';
import type { Config } from '../../config/config.js';
import { errorResponses } from '../error-schema.js';
import { requirePrincipal } from '../request-context.js';
import { SESSION_COOKIE, newToken, tokenHash } from '../auth/tokens.js';

const meSchema = z.object({
  userId: z.string().nullable(),
  role: z.string(),
  partyId: z.string().nullable(),
  provinceCode: z.string().nullable(),
  displayName: z.string(),
  via: z.enum(['session', 'api_key']),
});

/** Sign-in with password (HTTP-only session cookie), sign-out, who am I. */
export async function authRoutes(app: FastifyInstance, { deps, config }: { deps: FlowDeps; config: Config }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const secure = config.publicUrl.startsWith('https://');

  r.post(
    '/auth/login',
    {
      config: { rateLimit: { max: config.rateLimits.login, timeWindow: 60_000 } },
      schema: {
        tags: ['auth'],
        summary: 'Sign in; sets the session cookie',
        body: z.strictObject({ login: safeText({ min: 1, max: 100 }), password: z.string().min(1).max(200) }),
        response: { 200: meSchema, ...errorResponses(400, 401, 429) },
      },
    },
    async (request, reply) => {
      const user = await deps.db
        .selectFrom('users')
        .leftJoin('parties', 'parties.id', 'users.party_id')
        .select(['users.id', 'users.password_hash', 'users.role', 'users.party_id', 'users.display_name', 'parties.province_code', 'parties.kind'])
        .where('users.login', '=', request.body.login)
        .where('users.disabled_at', 'is', null)
        .executeTakeFirst();
      // Verify against a fixed hash for unknown logins too, so timing does not tell which logins exist.
      const ok = await passwordMatches(user?.password_hash ?? '$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHRzb21lc2FsdA$Zm9vYmFyZm9vYmFyZm9vYmFyZm9vYmFyZm9vYmFyZm8', request.body.password);
      if (!user || !ok) throw new BeianError('INVALID_CREDENTIALS', { path: 'password' });
      const { token, hash } = newToken('s_');
      const now = deps.now();
      await deps.db
        .insertInto('sessions')
        .values({ token_hash: hash, user_id: user.id, created_at: now, expires_at: new Date(now.getTime() + config.sessionHours * 3_600_000) })
        .execute();
      reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: config.sessionHours * 3600 });
      return {
        userId: user.id,
        role: user.role,
        partyId: user.party_id,
        provinceCode: user.kind === 'bureau' ? user.province_code : null,
        displayName: user.display_name,
        via: 'session' as const,
      };
    },
  );

  r.post('/auth/logout', { schema: { tags: ['auth'], summary: 'Sign out', response: { 204: z.null() } } }, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await deps.db.deleteFrom('sessions').where('token_hash', '=', tokenHash(token)).execute();
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send(null);
  });

  r.get('/me', { schema: { tags: ['auth'], summary: 'The caller', response: { 200: meSchema, ...errorResponses(401) } } }, async (request) => {
    const principal = requirePrincipal(request);
    return { ...principal.actor, role: principal.actor.role, displayName: principal.displayName, via: principal.via };
  });
}
