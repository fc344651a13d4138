import { BeianError } from '../../domain/errors/beian-error.js';
import { smsWrongCodesExhausted } from '../../domain/calendar/deadlines.js';
import { systemActor } from '../actor.js';
import { applyTransition } from '../apply-transition.js';
import type { FlowDeps } from '../flow-deps.js';
import { runFlow } from '../run-flow.js';
import { failSmsVerification } from './fail-sms-verification.js';
import { certificateTail, normalizeMobile, secretMatches } from './sms-code.js';

export type SmsVerifyOutcome =
  | { outcome: 'confirmed'; remaining: number }
  | { outcome: 'complete' }
  | { outcome: 'wrong'; attemptsLeft: number }
  | { outcome: 'exhausted' }
  | { outcome: 'expired' };

/**
 * A responsible person confirms with the code, the phone and the last six characters of the certificate number
 * (no sign-in: the code is the credential). When every phone has confirmed, the application goes to the bureau.
 * A wrong code counts against the application; one more than allowed, or a late code, returns it to the provider.
 * Outcomes other than confirmation are committed and then reported as errors by the caller.
 */
export async function verifySmsCode(
  deps: FlowDeps,
  input: { applicationId: string; phone: string; code: string; certificateTail: string },
): Promise<SmsVerifyOutcome> {
  return runFlow(deps, systemActor, {}, async (scope) => {
    const application = await scope.trx.selectFrom('applications').selectAll().where('id', '=', input.applicationId).forUpdate().executeTakeFirst();
    if (!application || application.state !== 'sms_pending') throw new BeianError('SMS_NOT_PENDING', { path: 'applicationId' });
    const challenges = await scope.trx.selectFrom('sms_challenges').selectAll().where('application_id', '=', application.id).execute();
    if (challenges.some((c) => c.expires_at.getTime() <= scope.now.getTime())) {
      await failSmsVerification(scope, application, 'timeout');
      return { outcome: 'expired' };
    }
    const phone = normalizeMobile(input.phone);
    const challenge = challenges.find((c) => c.phone === phone && !c.verified_at);
    const good =
      challenge !== undefined &&
      (await secretMatches(challenge.code_hash, input.code.trim())) &&
      (await secretMatches(challenge.certificate_tail_hash, certificateTail(input.certificateTail)));
    if (!good) {
      const wrong = application.sms_wrong_codes + 1;
      await scope.trx.updateTable('applications').set({ sms_wrong_codes: wrong }).where('id', '=', application.id).execute();
      if (smsWrongCodesExhausted(wrong, { smsMaxWrongCodes: deps.policy.smsMaxWrongCodes })) {
        await failSmsVerification(scope, application, 'wrong_codes');
        return { outcome: 'exhausted' };
      }
      await scope.record({ entityType: 'application', entityId: application.id, action: 'smsWrongCode', fromState: 'sms_pending', toState: 'sms_pending', reason: null, data: { wrong } });
      return { outcome: 'wrong', attemptsLeft: deps.policy.smsMaxWrongCodes - wrong + 1 };
    }
    await scope.trx.updateTable('sms_challenges').set({ verified_at: scope.now }).where('id', '=', challenge.id).execute();
    await scope.record({ entityType: 'application', entityId: application.id, action: 'smsConfirm', fromState: 'sms_pending', toState: 'sms_pending', reason: null, data: { roles: challenge.roles } });
    const remaining = challenges.filter((c) => !c.verified_at && c.id !== challenge.id).length;
    if (remaining > 0) return { outcome: 'confirmed', remaining };
    await applyTransition({ ...scope, actor: systemActor }, application, 'smsComplete', { set: { bureau_entered_at: scope.now } });
    return { outcome: 'complete' };
  });
}
