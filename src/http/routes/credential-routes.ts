import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config/config.js';
import { signFilingCredential } from '../../credentials/filing-credential.js';
import type { SigningKeyring } from '../../credentials/signing-keyring.js';
import { BeianError } from '../../domain/errors/beian-error.js';
import { parseFilingNumber } from '../../domain/numbers/parse-filing-number.js';
import type { FlowDeps } from '../../flows/flow-deps.js';
import { findCredentialFacts } from '../../store/credential-facts.js';
import { requireScope } from '../auth/require-scope.js';
import { errorResponses } from '../error-schema.js';

/**
 * The verifiable filing credential: a compact JWS (EdDSA, Ed25519) of the filing's published facts, which anyone
 * can check offline against the keys at /.well-known/jwks.json (`beian verify-credential`).
 */
export async function credentialRoutes(app: FastifyInstance, { deps, config, keyring }: { deps: FlowDeps; config: Config; keyring: SigningKeyring }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/public/filings/:number/credential',
    {
      onRequest: requireScope('lookup'),
      schema: {
        tags: ['public'],
        summary: "A signed credential of the filing's published facts (compact JWS, EdDSA; verify against /.well-known/jwks.json)",
        description:
          'Claims: `iss` (this deployment), `sub` (the number), `iat`, `exp`, and `filing` — number, kind, status, accessLimited, shell, subjectName, serviceName, serviceType, approvalDate, packages (platform, packageName, signatureMd5) and page. Header `typ` is `beian-filing+jwt`.',
        params: z.object({ number: z.string().min(1).max(64) }),
        produces: ['application/jwt'],
        response: { 200: z.string().describe('The compact JWS'), ...errorResponses(403, 404, 429) },
      },
    },
    async (request, reply) => {
      const parsed = parseFilingNumber(request.params.number, deps.regions);
      if (!parsed.valid) throw new BeianError('NOT_FOUND', { path: 'params.number', details: { reason: parsed.reason } });
      const facts = await findCredentialFacts(deps.db, parsed.number.text);
      if (!facts) throw new BeianError('NOT_FOUND', { path: 'params.number' });
      const { jws } = await signFilingCredential(facts, {
        key: await keyring.signingKey(),
        issuer: config.publicUrl.replace(/\/+$/, ''),
        now: deps.now(),
        validSeconds: config.credentials.validDays * 86_400,
      });
      reply
        .type('application/jwt')
        .header('cache-control', 'public, max-age=300')
        .header('content-disposition', `inline; filename="${encodeURIComponent(facts.number)}.jwt"`);
      return reply.serializer((payload: unknown) => String(payload)).send(jws);
    },
  );

  r.get(
    '/.well-known/jwks.json',
    {
      schema: {
        tags: ['public'],
        summary: 'The public keys that sign filing credentials (JWK Set), the current key first; retired keys stay listed',
        response: {
          200: z.object({ keys: z.array(z.object({ kty: z.string(), crv: z.string(), x: z.string(), kid: z.string(), alg: z.string(), use: z.string() })) }),
        },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=300');
      return { keys: await keyring.publicKeys() };
    },
  );
}
