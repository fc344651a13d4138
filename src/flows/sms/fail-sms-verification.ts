import { systemActor } from '../actor.js';
import { applyTransition } from '../apply-transition.js';
import type { FlowScope } from '../run-flow.js';
import type { Application } from '../../store/schema.js';

/** Returns the application to its provider for a new initial review and voids its codes. */
export async function failSmsVerification(scope: FlowScope, application: Application, why: 'timeout' | 'wrong_codes'): Promise<void> {
  await scope.trx.deleteFrom('sms_challenges').where('application_id', '=', application.id).execute();
  await applyTransition({ ...scope, actor: systemActor }, application, 'smsFail', {
    reason: why === 'timeout' ? 'SMS verification timed out' : 'too many wrong SMS codes',
    set: { sms_started_at: null },
    data: { why },
  });
}
