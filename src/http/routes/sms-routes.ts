import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { safeText } from '../../domain/form/safe-text.js';
import { BeianError } from '../../domain/errors/beian-error.js';
import type { Config } from '../../config/config.js';
import type { FlowDeps } from '../../flows/flow-deps.js';
import { verifySmsCode } from '../../flows/sms/verify-sms-code.js';
import { errorResponses } from '../error-schema.js';

/**
 * SMS verification (短信核验) by the responsible person: no sign-in, the code, the phone and the last six characters
 * of the certificate number are the credential. Wrong codes count against the application.
 */
export async function smsRoutes(app: FastifyInstance, { deps, config }: { deps: FlowDeps; config: Config }): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/sms-verifications',
    {
      config: { rateLimit: { max: config.rateLimits.smsVerify, timeWindow: 60_000 } },
      schema: {
        tags: ['public'],
        summary: 'Confirm an application with the SMS code',
        body: z.strictObject({
          applicationId: z.string().uuid(),
          phone: safeText({ min: 5, max: 20 }),
          code: z.string().trim().regex(/^\d{6}$/, 'six digits'),
          certificateTail: safeText({ min: 6, max: 6 }),
        }),
        response: { 200: z.object({ status: z.enum(['confirmed', 'complete']), remaining: z.number() }), ...errorResponses(400, 409, 429) },
      },
    },
    async (request) => {
      const result = await verifySmsCode(deps, request.body);
      switch (result.outcome) {
        case 'confirmed':
          return { status: 'confirmed' as const, remaining: result.remaining };
        case 'complete':
          return { status: 'complete' as const, remaining: 0 };
        case 'wrong':
          throw new BeianError('SMS_CODE_WRONG', { path: 'code', details: { attemptsLeft: result.attemptsLeft } });
        case 'exhausted':
          throw new BeianError('SMS_CODE_EXHAUSTED', { path: 'code' });
        case 'expired':
          throw new BeianError('SMS_NOT_PENDING', { path: 'applicationId', message: 'the verification window has closed; the application went back to the provider' });
      }
    },
  );
}
