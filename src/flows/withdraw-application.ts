import type { Actor } from './actor.js';
import { lockApplication } from './application-access.js';
import { applyTransition } from './apply-transition.js';
import type { FlowDeps } from './flow-deps.js';
import { runFlow, type FlowOptions } from './run-flow.js';

/** The applicant (or the provider on its behalf) withdraws an application that is not with the ministry side. */
export async function withdrawApplication(deps: FlowDeps, actor: Actor, input: { applicationId: string; reason?: string }, options: FlowOptions = {}) {
  return runFlow(deps, actor, options, async (scope) => {
    const application = await lockApplication(scope.trx, actor, input.applicationId);
    await applyTransition(scope, application, 'withdraw', { reason: input.reason ?? null });
    return { applicationId: application.id };
  });
}
