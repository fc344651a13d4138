import type { Application } from '../../store/schema.js';
import type { FlowScope } from '../run-flow.js';
import { smsConfirmers } from './sms-confirmers.js';
import { certificateTail, newSmsCode } from './sms-code.js';
import { smsText } from './sms-text.js';

/**
 * Starts SMS verification: one code per responsible person's phone, stored hashed, sent through the notifier.
 * Returns how many phones must confirm (0 for kinds that need none).
 */
export async function sendSmsCodes(scope: FlowScope, application: Application): Promise<number> {
  const confirmers = await smsConfirmers(scope.trx, application);
  const expiresAt = new Date(scope.now.getTime() + scope.deps.policy.smsHours * 3_600_000);
  for (const confirmer of confirmers) {
    const code = newSmsCode();
    await scope.trx
      .insertInto('sms_challenges')
      .values({
        application_id: application.id,
        phone: confirmer.phone,
        roles: JSON.stringify(confirmer.roles),
        certificate_tail_hash: await scope.deps.secrets.hash(certificateTail(confirmer.certificateNumber)),
        code_hash: await scope.deps.secrets.hash(code),
        sent_at: scope.now,
        expires_at: expiresAt,
      })
      .execute();
    await scope.deps.notifier.sms(
      scope.trx,
      { phone: confirmer.phone, text: smsText(code, scope.deps.policy.smsHours, scope.deps.publicUrl), meta: { applicationId: application.id, roles: confirmer.roles.join(',') } },
      scope.now,
    );
  }
  return confirmers.length;
}
