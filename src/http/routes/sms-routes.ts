import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { safeText } from '../../domain/form/safe-text.js';
import { BeianError } from '../../domain/errors/beian-error.js';
import type { Config } from '../../config/config.js';
import type { FlowDeps } from '../../flows/flow-deps.js';
import { createProofOfWorkChallenge } from '../../flows/sms/proof-of-work.js';
import { resendSmsCodeToPhone } from '../../flows/sms/resend-sms-code-to-phone.js';
import { submitSmsCode } from '../../flows/sms/submit-sms-code.js';
import type { SmsVerifyOutcome } from '../../flows/sms/verify-sms-code.js';
import { errorResponses } from '../error-schema.js';

/** What the verification page and the API both accept: what the SMS and the person's own certificate tell them. */
export const smsEntryFields = {
  phone: safeText({ min: 5, max: 20 }),
  code: z.string().trim().regex(/^\d{6}$/, 'six digits'),
  certificateTail: safeText({ min: 6, max: 6 }),
  altcha: z.string().max(8192).regex(/^[A-Za-z0-9+/=]*$/, 'base64').optional(),
};

/** The outcomes that are not a confirmation, as the catalogued errors the API answers with. */
export function smsOutcomeError(result: SmsVerifyOutcome): BeianError | undefined {
  switch (result.outcome) {
    case 'confirmed':
    case 'complete':
      return undefined;
    case 'wrong':
      return new BeianError('SMS_CODE_WRONG', { path: 'code', details: { attemptsLeft: result.attemptsLeft } });
    case 'exhausted':
      return new BeianError('SMS_CODE_EXHAUSTED', { path: 'code' });
    case 'expired':
      return new BeianError('SMS_CODE_EXPIRED', { path: 'code' });
  }
}

/**
 * SMS verification (短信核验) by the responsible person: no sign-in and no application id; the phone, the code and the
 * last six characters of the certificate number are the credential. Guarded per client address (rate limit), per phone
 * (counts in the database) and, after a few entries, by a proof-of-work challenge (ALTCHA).
 */
export async function smsRoutes(app: FastifyInstance, { deps, config }: { deps: FlowDeps; config: Config }): Promise<void> {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.post(
    '/sms-verifications',
    {
      config: { rateLimit: { max: config.rateLimits.smsVerify, timeWindow: 60_000 } },
      schema: {
        tags: ['public'],
        summary: 'Confirm with the SMS code: phone, code and the last six characters of the certificate number',
        description:
          'Finds the applications waiting for a code from this phone. `applicationId` is optional (it narrows the search). ' +
          'After a few entries from the same phone or address, `altcha` must carry a solved challenge from ' +
          '`GET /api/v1/sms-verifications/challenge` (PROOF_OF_WORK_REQUIRED says so). Five wrong entries in a row are ' +
          'tolerated; the sixth returns the application to its provider.',
        body: z.strictObject({ ...smsEntryFields, applicationId: z.string().uuid().optional() }),
        response: { 200: z.object({ status: z.enum(['confirmed', 'complete']), remaining: z.number() }), ...errorResponses(400, 409, 429) },
      },
    },
    async (request) => {
      const { altcha, ...entry } = request.body;
      const result = await submitSmsCode(deps, { ...entry, clientAddress: request.ip, proofOfWork: altcha });
      const error = smsOutcomeError(result);
      if (error) throw error;
      return result.outcome === 'confirmed' ? { status: 'confirmed' as const, remaining: result.remaining } : { status: 'complete' as const, remaining: 0 };
    },
  );

  typed.post(
    '/sms-verifications/resend',
    {
      config: { rateLimit: { max: config.rateLimits.smsVerify, timeWindow: 60_000 } },
      schema: {
        tags: ['public'],
        summary: 'Send a fresh code to a phone that is waiting for one',
        description:
          'For the responsible person who holds only the SMS: a new code to every application waiting for this phone. ' +
          'The same limits as a provider\'s resend: `SMS_RESEND_TOO_SOON` (with `retryAfterSeconds`) within the resend ' +
          'interval, `SMS_SEND_LIMIT` after the maximum number of sends; the SMS window does not restart.',
        body: z.strictObject({ phone: smsEntryFields.phone }),
        response: {
          200: z.object({ resent: z.number().int(), nextAfterSeconds: z.number().int(), sendsLeft: z.number().int() }),
          ...errorResponses(400, 409, 429),
        },
      },
    },
    async (request) => resendSmsCodeToPhone(deps, { phone: request.body.phone }),
  );

  typed.get(
    '/sms-verifications/challenge',
    {
      schema: {
        tags: ['public'],
        summary: 'A proof-of-work challenge (ALTCHA v2) to solve before entering an SMS code',
        response: {
          200: z.object({ parameters: z.record(z.string(), z.unknown()), signature: z.string().optional() }),
        },
      },
    },
    async (_request, reply) => {
      void reply.header('cache-control', 'no-store');
      const challenge = await createProofOfWorkChallenge(deps);
      return { parameters: { ...challenge.parameters }, signature: challenge.signature };
    },
  );
}
