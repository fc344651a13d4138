import { BeianError } from '../../domain/errors/beian-error.js';
import { addSubjectOwner } from '../../store/subject-authority.js';
import type { Actor } from '../actor.js';
import type { FlowDeps } from '../flow-deps.js';
import { runFlow } from '../run-flow.js';
import { secretMatches } from '../sms/sms-code.js';
import { claimLinkedText } from './claim-policy.js';

export type ClaimOutcome =
  | { outcome: 'linked'; subjectId: string; subjectNumber: string }
  | { outcome: 'wrong'; attemptsLeft: number }
  | { outcome: 'exhausted' }
  | { outcome: 'expired' };

/**
 * The claiming account enters the code sent to the filed main person. Right: the account becomes an owner of the
 * subject and the main person is told. Wrong codes are counted (the claim closes after the SMS wrong-code limit);
 * a late code closes it. Outcomes other than linking are committed and then reported as errors by the caller.
 * A claim of another account, or one already closed, is NOT_FOUND.
 */
export async function confirmSubjectClaim(deps: FlowDeps, actor: Actor, input: { claimId: string; code: string }): Promise<ClaimOutcome> {
  if (actor.role !== 'applicant' || !actor.userId) throw new BeianError('ACTION_NOT_PERMITTED', { details: { action: 'claim' } });
  const userId = actor.userId;
  return runFlow(deps, actor, {}, async ({ trx, now, record }) => {
    const claim = await trx
      .selectFrom('subject_claims')
      .selectAll()
      .where('id', '=', input.claimId)
      .where('user_id', '=', userId)
      .where('confirmed_at', 'is', null)
      .where('closed_at', 'is', null)
      .forUpdate()
      .executeTakeFirst();
    if (!claim) throw new BeianError('NOT_FOUND', { path: 'params.id' });
    if (claim.expires_at.getTime() <= now.getTime()) {
      await trx.updateTable('subject_claims').set({ closed_at: now }).where('id', '=', claim.id).execute();
      return { outcome: 'expired' };
    }
    if (!(await secretMatches(claim.code_hash, input.code.trim()))) {
      const wrong = claim.wrong_codes + 1;
      const exhausted = wrong >= deps.policy.smsMaxWrongCodes;
      await trx
        .updateTable('subject_claims')
        .set({ wrong_codes: wrong, ...(exhausted ? { closed_at: now } : {}) })
        .where('id', '=', claim.id)
        .execute();
      return exhausted ? { outcome: 'exhausted' } : { outcome: 'wrong', attemptsLeft: deps.policy.smsMaxWrongCodes - wrong };
    }
    const subject = await trx.selectFrom('subjects').select(['id', 'name', 'status']).where('id', '=', claim.subject_id).forUpdate().executeTakeFirstOrThrow();
    const filing = await trx.selectFrom('filings').select('number').where('subject_id', '=', subject.id).where('kind', '=', 'subject').where('status', '=', 'active').executeTakeFirst();
    if (subject.status !== 'filed' || !filing) throw new BeianError('SUBJECT_NOT_FILED', { path: 'params.id' });
    await trx.updateTable('subject_claims').set({ confirmed_at: now }).where('id', '=', claim.id).execute();
    await addSubjectOwner(trx, subject.id, userId, 'claim', now);
    await deps.notifier.sms(trx, { phone: claim.phone, text: claimLinkedText({ subjectName: subject.name, filingNumber: filing.number }), meta: { claimId: claim.id, notice: 'claim_linked' } }, now);
    await record({ entityType: 'subject', entityId: subject.id, action: 'claimConfirm', fromState: null, toState: null, reason: null, data: { claimId: claim.id, userId } });
    return { outcome: 'linked', subjectId: subject.id, subjectNumber: filing.number };
  });
}
