import { systemActor, type Actor } from './actor.js';
import { lockApplication } from './application-access.js';
import { applyTransition } from './apply-transition.js';
import type { FlowDeps } from './flow-deps.js';
import { notifyReplacedPersons } from './notify-replaced-persons.js';
import { runFlow, type FlowOptions } from './run-flow.js';
import { sendSmsCodes } from './sms/send-sms-codes.js';

/**
 * The provider passes its initial review and submits to the ministry side: SMS codes go to the responsible persons
 * who must confirm, and a notice (no code) to a responsible person a change replaces. A kind nobody confirms (取消接入)
 * goes straight to the bureau.
 */
export async function providerApprove(deps: FlowDeps, actor: Actor, input: { applicationId: string; note?: string }, options: FlowOptions = {}) {
  return runFlow(deps, actor, options, async (scope) => {
    const application = await lockApplication(scope.trx, actor, input.applicationId);
    await applyTransition(scope, application, 'providerApprove', {
      reason: input.note ?? null,
      set: { sms_started_at: scope.now, sms_wrong_codes: 0 },
    });
    await scope.trx.deleteFrom('sms_challenges').where('application_id', '=', application.id).execute();
    const phones = await sendSmsCodes(scope, application);
    await notifyReplacedPersons(scope, application);
    if (phones === 0) {
      await applyTransition({ ...scope, actor: systemActor }, application, 'smsComplete', {
        set: { bureau_entered_at: scope.now },
        data: { phones: 0 },
      });
    }
    return { applicationId: application.id, phones };
  });
}
