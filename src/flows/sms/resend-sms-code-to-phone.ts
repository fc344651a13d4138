import { BeianError } from '../../domain/errors/beian-error.js';
import { systemActor } from '../actor.js';
import type { FlowDeps } from '../flow-deps.js';
import { runFlow } from '../run-flow.js';
import { newSmsCode, normalizeMobile } from './sms-code.js';
import { smsText } from './sms-text.js';

export interface PhoneResendResult {
  /** Codes sent now (one per application waiting for this phone). */
  resent: number;
  /** Seconds until this phone may ask again. */
  nextAfterSeconds: number;
  /** Resends this phone may still ask for before the limit. */
  sendsLeft: number;
}

/**
 * A responsible person asks for a fresh code from the verification page, knowing only their phone. The same limits as
 * a provider's resend hold per code: spaced by the resend interval and capped in number; the SMS window does not
 * restart. A phone that is waiting for nothing is refused (SMS_NO_PENDING_CODE) and nothing is sent.
 */
export async function resendSmsCodeToPhone(deps: FlowDeps, input: { phone: string }): Promise<PhoneResendResult> {
  const phone = normalizeMobile(input.phone);
  const interval = deps.policy.smsResendIntervalSeconds;
  return runFlow(deps, systemActor, {}, async (scope) => {
    const pending = await scope.trx
      .selectFrom('sms_challenges')
      .innerJoin('applications', 'applications.id', 'sms_challenges.application_id')
      .select(['sms_challenges.id', 'sms_challenges.application_id', 'sms_challenges.sent_at', 'sms_challenges.send_count', 'sms_challenges.expires_at'])
      .where('sms_challenges.phone', '=', phone)
      .where('sms_challenges.verified_at', 'is', null)
      .where('sms_challenges.expires_at', '>', scope.now)
      .where('applications.state', '=', 'sms_pending')
      .orderBy('sms_challenges.id')
      .forUpdate()
      .execute();
    if (pending.length === 0) throw new BeianError('SMS_NO_PENDING_CODE', { path: 'phone' });
    for (const challenge of pending) {
      if (challenge.send_count >= deps.policy.smsMaxSends) throw new BeianError('SMS_SEND_LIMIT', { path: 'phone' });
      const waited = Math.floor((scope.now.getTime() - challenge.sent_at.getTime()) / 1000);
      if (waited < interval) throw new BeianError('SMS_RESEND_TOO_SOON', { path: 'phone', details: { retryAfterSeconds: interval - waited } });
    }
    let sendsLeft = Number.POSITIVE_INFINITY;
    for (const challenge of pending) {
      const code = newSmsCode();
      const codeHash = await deps.secrets.hash(code);
      await scope.trx
        .updateTable('sms_challenges')
        .set((eb) => ({ code_hash: codeHash, sent_at: scope.now, send_count: eb('send_count', '+', 1) }))
        .where('id', '=', challenge.id)
        .execute();
      sendsLeft = Math.min(sendsLeft, deps.policy.smsMaxSends - challenge.send_count - 1);
      const hoursLeft = Math.max(1, Math.ceil((challenge.expires_at.getTime() - scope.now.getTime()) / 3_600_000));
      await deps.notifier.sms(
        scope.trx,
        { phone, text: smsText(code, hoursLeft, deps.publicUrl), meta: { applicationId: challenge.application_id, resend: 'true' } },
        scope.now,
      );
      await scope.record({
        entityType: 'application',
        entityId: challenge.application_id,
        action: 'smsResend',
        fromState: 'sms_pending',
        toState: 'sms_pending',
        reason: null,
        data: { phones: 1, byPerson: true },
      });
    }
    return { resent: pending.length, nextAfterSeconds: interval, sendsLeft };
  });
}
