import type { Application } from '../../store/schema.js';
import type { FlowScope } from '../run-flow.js';
import { smsConfirmers } from './sms-confirmers.js';
import { certificateTail, hashSecret, newSmsCode } from './sms-code.js';

function smsText(code: string, hours: number, verifyUrl: string): string {
  return `【APP备案】您的备案申请需要短信核验，验证码 ${code}，${hours}小时内有效。请访问 ${verifyUrl} 输入手机号、验证码和证件号码后六位完成核验。Your APP filing verification code is ${code}, valid for ${hours} hours.`;
}

/**
 * Starts SMS verification: one code per responsible person's phone, stored hashed, sent through the notifier.
 * Returns how many phones must confirm (0 for kinds that need none).
 */
export async function sendSmsCodes(scope: FlowScope, application: Application, verifyUrl: string): Promise<number> {
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
        certificate_tail_hash: await hashSecret(certificateTail(confirmer.certificateNumber)),
        code_hash: await hashSecret(code),
        sent_at: scope.now,
        expires_at: expiresAt,
      })
      .execute();
    await scope.deps.notifier.sms(
      scope.trx,
      { phone: confirmer.phone, text: smsText(code, scope.deps.policy.smsHours, verifyUrl), meta: { applicationId: application.id, roles: confirmer.roles.join(',') } },
      scope.now,
    );
  }
  return confirmers.length;
}
