import { BeianError } from '../../domain/errors/beian-error.js';
import { smsWrongCodesExhausted } from '../../domain/calendar/deadlines.js';
import type { Application } from '../../store/schema.js';
import { systemActor } from '../actor.js';
import { applyTransition } from '../apply-transition.js';
import type { FlowDeps } from '../flow-deps.js';
import { runFlow, type FlowScope } from '../run-flow.js';
import { failSmsVerification } from './fail-sms-verification.js';
import { certificateTail, normalizeMobile } from './sms-code.js';

export type SmsVerifyOutcome =
  | { outcome: 'confirmed'; remaining: number }
  | { outcome: 'complete' }
  | { outcome: 'wrong'; attemptsLeft: number }
  | { outcome: 'exhausted' }
  | { outcome: 'expired' };

export interface SmsVerifyInput {
  phone: string;
  code: string;
  certificateTail: string;
  /** Optional: narrows the search to one application (the SMS itself names none). */
  applicationId?: string | undefined;
}

/** The applications waiting for a code from this phone, locked in id order (so concurrent entries queue, never deadlock). */
async function pendingFor(scope: FlowScope, phone: string, applicationId: string | undefined): Promise<Application[]> {
  let ids = scope.trx.selectFrom('sms_challenges').select('application_id').where('phone', '=', phone).where('verified_at', 'is', null);
  if (applicationId !== undefined) ids = ids.where('application_id', '=', applicationId);
  return scope.trx
    .selectFrom('applications')
    .selectAll()
    .where('id', 'in', ids)
    .where('state', '=', 'sms_pending')
    .orderBy('id')
    .forUpdate()
    .execute();
}

async function confirm(scope: FlowScope, application: Application, challengeId: string, roles: string[]): Promise<SmsVerifyOutcome> {
  await scope.trx.updateTable('sms_challenges').set({ verified_at: scope.now }).where('id', '=', challengeId).execute();
  // Wrong entries count only while consecutive: a correct code starts the count again.
  await scope.trx.updateTable('applications').set({ sms_wrong_codes: 0 }).where('id', '=', application.id).execute();
  await scope.record({ entityType: 'application', entityId: application.id, action: 'smsConfirm', fromState: 'sms_pending', toState: 'sms_pending', reason: null, data: { roles } });
  const remaining = await scope.trx
    .selectFrom('sms_challenges')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('application_id', '=', application.id)
    .where('verified_at', 'is', null)
    .executeTakeFirstOrThrow();
  if (Number(remaining.n) > 0) return { outcome: 'confirmed', remaining: Number(remaining.n) };
  await applyTransition({ ...scope, actor: systemActor }, application, 'smsComplete', { set: { bureau_entered_at: scope.now } });
  return { outcome: 'complete' };
}

/** One more wrong entry against the application; one more than allowed in a row returns it to the provider. */
async function countWrong(scope: FlowScope, application: Application): Promise<SmsVerifyOutcome> {
  const wrong = application.sms_wrong_codes + 1;
  await scope.trx.updateTable('applications').set({ sms_wrong_codes: wrong }).where('id', '=', application.id).execute();
  if (smsWrongCodesExhausted(wrong, { smsMaxWrongCodes: scope.deps.policy.smsMaxWrongCodes })) {
    await failSmsVerification(scope, application, 'wrong_codes');
    return { outcome: 'exhausted' };
  }
  await scope.record({ entityType: 'application', entityId: application.id, action: 'smsWrongCode', fromState: 'sms_pending', toState: 'sms_pending', reason: null, data: { wrong } });
  return { outcome: 'wrong', attemptsLeft: scope.deps.policy.smsMaxWrongCodes - wrong + 1 };
}

/**
 * A responsible person confirms with the phone, the code and the last six characters of the certificate number, as
 * the SMS asks (no sign-in and no application id: the code is the credential). The phone finds the applications
 * waiting for its code; when every phone of an application has confirmed, it goes to the bureau.
 *
 * Wrong entries follow domain.md §5.3: five wrong entries in a row are tolerated and the sixth returns the application
 * to its provider; a correct code resets the count. An entry for a phone that has no code waiting is refused
 * (SMS_NO_PENDING_CODE) and counts against nobody. A late entry returns the application (expired). Outcomes other
 * than confirmation are committed and then reported as errors by the caller.
 */
export async function verifySmsCode(deps: FlowDeps, input: SmsVerifyInput): Promise<SmsVerifyOutcome> {
  return runFlow(deps, systemActor, {}, async (scope) => {
    if (input.applicationId !== undefined) {
      const application = await scope.trx.selectFrom('applications').select('state').where('id', '=', input.applicationId).executeTakeFirst();
      if (!application || application.state !== 'sms_pending') throw new BeianError('SMS_NOT_PENDING', { path: 'applicationId' });
    }
    const phone = normalizeMobile(input.phone);
    const applications = await pendingFor(scope, phone, input.applicationId);
    if (applications.length === 0) throw new BeianError('SMS_NO_PENDING_CODE', { path: 'phone' });

    const live: Application[] = [];
    for (const application of applications) {
      const expired = await scope.trx
        .selectFrom('sms_challenges')
        .select('id')
        .where('application_id', '=', application.id)
        .where('expires_at', '<=', scope.now)
        .executeTakeFirst();
      if (expired) await failSmsVerification(scope, application, 'timeout');
      else live.push(application);
    }
    if (live.length === 0) return { outcome: 'expired' };

    const code = input.code.trim();
    const tail = certificateTail(input.certificateTail);
    for (const application of live) {
      const challenge = await scope.trx
        .selectFrom('sms_challenges')
        .selectAll()
        .where('application_id', '=', application.id)
        .where('phone', '=', phone)
        .where('verified_at', 'is', null)
        .executeTakeFirstOrThrow();
      if ((await scope.deps.secrets.matches(challenge.code_hash, code)) && (await scope.deps.secrets.matches(challenge.certificate_tail_hash, tail))) {
        return confirm(scope, application, challenge.id, challenge.roles);
      }
    }
    // The entry matched none of the phone's codes: it counts against each application waiting for this phone.
    const outcomes: SmsVerifyOutcome[] = [];
    for (const application of live) outcomes.push(await countWrong(scope, application));
    const stillWrong = outcomes.filter((o): o is { outcome: 'wrong'; attemptsLeft: number } => o.outcome === 'wrong');
    if (stillWrong.length === 0) return { outcome: 'exhausted' };
    return { outcome: 'wrong', attemptsLeft: Math.min(...stillWrong.map((o) => o.attemptsLeft)) };
  });
}
