import { BeianError } from '../../domain/errors/beian-error.js';
import type { Actor } from '../actor.js';
import { lockApplication } from '../application-access.js';
import type { FlowDeps } from '../flow-deps.js';
import { runFlow } from '../run-flow.js';
import { newSmsCode } from './sms-code.js';
import { smsText } from './sms-text.js';

/**
 * Sends a fresh code to the phones that have not confirmed yet. The 24-hour window does not restart; resends are
 * spaced by the configured interval and capped in number.
 */
export async function resendSmsCode(deps: FlowDeps, actor: Actor, input: { applicationId: string }): Promise<{ resent: number }> {
  return runFlow(deps, actor, {}, async (scope) => {
    const application = await lockApplication(scope.trx, actor, input.applicationId);
    if (application.state !== 'sms_pending') throw new BeianError('SMS_NOT_PENDING', { path: 'applicationId' });
    const pending = await scope.trx
      .selectFrom('sms_challenges')
      .selectAll()
      .where('application_id', '=', application.id)
      .where('verified_at', 'is', null)
      .execute();
    for (const challenge of pending) {
      if (challenge.send_count >= deps.policy.smsMaxSends) throw new BeianError('SMS_SEND_LIMIT');
      if (scope.now.getTime() - challenge.sent_at.getTime() < deps.policy.smsResendIntervalSeconds * 1000) {
        throw new BeianError('SMS_RESEND_TOO_SOON', { details: { retryAfterSeconds: deps.policy.smsResendIntervalSeconds } });
      }
    }
    for (const challenge of pending) {
      const code = newSmsCode();
      const codeHash = await deps.secrets.hash(code);
      await scope.trx
        .updateTable('sms_challenges')
        .set((eb) => ({ code_hash: codeHash, sent_at: scope.now, send_count: eb('send_count', '+', 1) }))
        .where('id', '=', challenge.id)
        .execute();
      const hoursLeft = Math.max(1, Math.ceil((challenge.expires_at.getTime() - scope.now.getTime()) / 3_600_000));
      await deps.notifier.sms(
        scope.trx,
        {
          phone: challenge.phone,
          text: smsText(code, hoursLeft, deps.publicUrl),
          meta: { applicationId: application.id, resend: 'true' },
        },
        scope.now,
      );
    }
    await scope.record({ entityType: 'application', entityId: application.id, action: 'smsResend', fromState: 'sms_pending', toState: 'sms_pending', reason: null, data: { phones: pending.length } });
    return { resent: pending.length };
  });
}
