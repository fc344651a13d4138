import { approvalOutcome } from '../store/application-outcome.js';
import { enqueueOutbox } from '../store/outbox.js';
import type { Actor } from './actor.js';
import { lockApplication } from './application-access.js';
import { applyApproval } from './approval/apply-approval.js';
import { applyTransition } from './apply-transition.js';
import type { FlowDeps } from './flow-deps.js';
import { sendApplicationNotices } from './notices/send-application-notices.js';
import { runFlow, type FlowOptions } from './run-flow.js';

/**
 * The bureau approves: the registry changes as the application says (numbers are allocated for new subjects and
 * services), the application is closed with what it filed (ids and numbers), and the applicant and the channel are
 * told through the outbox.
 */
export async function bureauApprove(deps: FlowDeps, actor: Actor, input: { applicationId: string; note?: string }, options: FlowOptions = {}) {
  return runFlow(deps, actor, options, async (scope) => {
    const application = await lockApplication(scope.trx, actor, input.applicationId);
    await applyTransition(scope, application, 'bureauApprove', { reason: input.note ?? null, set: { decided_at: scope.now } });
    const result = await applyApproval(scope.trx, application, deps.regions, scope.now);
    await scope.record({
      entityType: 'subject',
      entityId: application.subject_id,
      action: `approved:${application.kind}`,
      fromState: null,
      toState: null,
      reason: null,
      data: { applicationId: application.id, ...result },
    });
    await enqueueOutbox(
      scope.trx,
      { topic: 'application.approved', recipient: application.created_by, payload: { applicationId: application.id, kind: application.kind, ...result } },
      scope.now,
    );
    const outcome = await approvalOutcome(scope.trx, application, result);
    await scope.trx.updateTable('applications').set({ outcome: JSON.stringify(outcome) }).where('id', '=', application.id).execute();
    await sendApplicationNotices(scope, application, { event: 'approved', outcome });
    return { applicationId: application.id, ...result };
  });
}
