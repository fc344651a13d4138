import { BeianError } from '../../domain/errors/beian-error.js';
import { isSubjectOwner } from '../../store/subject-authority.js';
import type { Actor } from '../actor.js';
import type { FlowDeps } from '../flow-deps.js';
import { resolveFiledSubject } from '../resolve-filed.js';
import { runFlow, type FlowOptions } from '../run-flow.js';
import { hashSecret, newSmsCode, normalizeMobile } from '../sms/sms-code.js';
import { claimCodeMinutes, claimSmsText } from './claim-policy.js';

/**
 * An applicant account asks to act for a filed subject it did not file (one a provider or platform filed on the
 * subject's behalf, or one filed from another account). Proof of control: a code sent by SMS to the filed main
 * person's phone, confirmed with confirmSubjectClaim. Sends are limited per subject like verification codes: one per
 * resend interval per account, and at most the SMS send limit per subject in 24 hours.
 */
export async function startSubjectClaim(
  deps: FlowDeps,
  actor: Actor,
  input: { subject: string },
  options: FlowOptions = {},
): Promise<{ claimId: string; subjectNumber: string; expiresAt: string }> {
  if (actor.role !== 'applicant' || !actor.userId) throw new BeianError('ACTION_NOT_PERMITTED', { details: { action: 'claim' } });
  const userId = actor.userId;
  return runFlow(deps, actor, options, async ({ trx, now, record }) => {
    const found = await resolveFiledSubject(trx, input.subject, 'subject');
    // Claims for one subject queue on its row, so the limits below hold under concurrent requests.
    const subject = await trx.selectFrom('subjects').select(['id', 'name']).where('id', '=', found.id).forUpdate().executeTakeFirstOrThrow();
    if (await isSubjectOwner(trx, subject.id, userId)) throw new BeianError('SUBJECT_ALREADY_OWNED', { path: 'subject' });

    const dayAgo = new Date(now.getTime() - 86_400_000);
    const recent = await trx.selectFrom('subject_claims').select(['user_id', 'created_at']).where('subject_id', '=', subject.id).where('created_at', '>', dayAgo).execute();
    const lastOwn = recent.filter((c) => c.user_id === userId).reduce<Date | null>((latest, c) => (latest && latest > c.created_at ? latest : c.created_at), null);
    if (lastOwn && now.getTime() - lastOwn.getTime() < deps.policy.smsResendIntervalSeconds * 1000) {
      const retryAfterSeconds = Math.ceil((lastOwn.getTime() + deps.policy.smsResendIntervalSeconds * 1000 - now.getTime()) / 1000);
      throw new BeianError('SMS_RESEND_TOO_SOON', { path: 'subject', details: { retryAfterSeconds } });
    }
    if (recent.length >= deps.policy.smsMaxSends) throw new BeianError('SMS_SEND_LIMIT', { path: 'subject' });

    const main = await trx.selectFrom('persons').select('mobile').where('subject_id', '=', subject.id).where('role', '=', 'main').where('service_id', 'is', null).executeTakeFirst();
    const filing = await trx.selectFrom('filings').select('number').where('subject_id', '=', subject.id).where('kind', '=', 'subject').where('status', '=', 'active').executeTakeFirst();
    if (!main || !filing) throw new BeianError('SUBJECT_NOT_FILED', { path: 'subject' });

    // A new claim replaces this account's open one for the subject.
    await trx.updateTable('subject_claims').set({ closed_at: now }).where('subject_id', '=', subject.id).where('user_id', '=', userId).where('confirmed_at', 'is', null).where('closed_at', 'is', null).execute();
    const code = newSmsCode();
    const phone = normalizeMobile(main.mobile);
    const expiresAt = new Date(now.getTime() + claimCodeMinutes * 60_000);
    const claim = await trx
      .insertInto('subject_claims')
      .values({ subject_id: subject.id, user_id: userId, phone, code_hash: await hashSecret(code), created_at: now, expires_at: expiresAt })
      .returning('id')
      .executeTakeFirstOrThrow();
    await deps.notifier.sms(trx, { phone, text: claimSmsText({ code, subjectName: subject.name, filingNumber: filing.number }), meta: { claimId: claim.id } }, now);
    await record({ entityType: 'subject', entityId: subject.id, action: 'claimStart', fromState: null, toState: null, reason: null, data: { claimId: claim.id } });
    return { claimId: claim.id, subjectNumber: filing.number, expiresAt: expiresAt.toISOString() };
  });
}
