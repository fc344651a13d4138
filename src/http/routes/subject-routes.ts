import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { safeText } from '../../domain/form/safe-text.js';
import type { Config } from '../../config/config.js';
import { BeianError } from '../../domain/errors/beian-error.js';
import { confirmSubjectClaim } from '../../flows/claims/confirm-subject-claim.js';
import { startSubjectClaim } from '../../flows/claims/start-subject-claim.js';
import type { FlowDeps } from '../../flows/flow-deps.js';
import { listSubjectDuplicates } from '../../store/subject-duplicates.js';
import { errorResponses } from '../error-schema.js';
import { flowOptions, requirePrincipal } from '../request-context.js';

const claimParams = z.object({ id: z.string() });

/**
 * Filed subjects: linking an applicant account to a subject by proof of control (an SMS code to the filed main
 * person), and the ministry's list of subjects filed twice under one certificate number.
 */
export async function subjectRoutes(app: FastifyInstance, { deps, config }: { deps: FlowDeps; config: Config }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/subject-claims',
    {
      config: { rateLimit: { max: config.rateLimits.smsVerify, timeWindow: 60_000 } },
      schema: {
        tags: ['subjects'],
        summary: 'Ask to act for a filed subject: a code goes by SMS to its filed main person',
        description:
          'For subjects a provider or platform filed on the subject’s behalf (or filed from another account). `subject` is the subject number (京ICP备2026000001号) or id. Applicant accounts only.',
        body: z.strictObject({ subject: safeText({ min: 1, max: 100 }) }),
        headers: z.object({ 'idempotency-key': z.string().optional() }),
        response: {
          201: z.object({ claimId: z.string(), subjectNumber: z.string(), expiresAt: z.string() }),
          ...errorResponses(400, 401, 403, 404, 409, 429),
        },
      },
    },
    async (request, reply) => {
      const principal = requirePrincipal(request, ['applicant']);
      const result = await startSubjectClaim(deps, principal.actor, request.body, flowOptions(request, principal));
      return reply.status(201).send(result);
    },
  );

  r.post(
    '/subject-claims/:id/confirm',
    {
      config: { rateLimit: { max: config.rateLimits.smsVerify, timeWindow: 60_000 } },
      schema: {
        tags: ['subjects'],
        summary: 'Confirm a claim with the code the main person received; the account may then act for the subject',
        params: claimParams,
        body: z.strictObject({ code: z.string().trim().regex(/^\d{6}$/, 'six digits') }),
        response: { 200: z.object({ subjectId: z.string(), subjectNumber: z.string() }), ...errorResponses(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request, ['applicant']);
      const result = await confirmSubjectClaim(deps, principal.actor, { claimId: request.params.id, code: request.body.code });
      switch (result.outcome) {
        case 'linked':
          return { subjectId: result.subjectId, subjectNumber: result.subjectNumber };
        case 'wrong':
          throw new BeianError('CLAIM_CODE_WRONG', { path: 'code', details: { attemptsLeft: result.attemptsLeft } });
        case 'exhausted':
          throw new BeianError('CLAIM_ATTEMPTS_EXHAUSTED', { path: 'code' });
        case 'expired':
          throw new BeianError('CLAIM_EXPIRED', { path: 'code' });
      }
    },
  );

  r.get(
    '/subject-duplicates',
    {
      schema: {
        tags: ['subjects'],
        summary: 'Subjects filed more than once under one certificate number, found when subjects were keyed on the number (ministry)',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                certificateKey: z.string(),
                detectedAt: z.string(),
                unresolved: z.boolean(),
                subjects: z.array(
                  z.object({
                    subjectId: z.string(),
                    name: z.string(),
                    certificateType: z.number(),
                    status: z.enum(['unfiled', 'filed', 'cancelled']),
                    number: z.string().nullable(),
                    kept: z.boolean(),
                  }),
                ),
              }),
            ),
          }),
          ...errorResponses(401, 403),
        },
      },
    },
    async (request) => {
      requirePrincipal(request, ['ministry']);
      const groups = await listSubjectDuplicates(deps.db);
      return { items: groups.map((g) => ({ ...g, detectedAt: g.detectedAt.toISOString() })) };
    },
  );
}
