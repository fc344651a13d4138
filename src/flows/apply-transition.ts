import { BeianError } from '../domain/errors/beian-error.js';
import type { ApplicationState } from '../domain/lifecycle/application-states.js';
import { transitionTable, type ApplicationAction } from '../domain/lifecycle/transition-table.js';
import { transition } from '../domain/lifecycle/transition.js';
import type { Application, ApplicationUpdate } from '../store/schema.js';
import type { FlowScope } from './run-flow.js';

/**
 * Moves a locked application along the lifecycle table: checks the action is allowed from its state for the actor's
 * role, writes the new state with any extra columns, and records the history row.
 */
export async function applyTransition(
  scope: FlowScope,
  application: Application & { opened_by_viewer?: boolean },
  action: ApplicationAction,
  extra: { reason?: string | null; set?: ApplicationUpdate; data?: Record<string, unknown> } = {},
): Promise<ApplicationState> {
  const from = application.state as ApplicationState;
  const to = transition(from, action, { role: scope.actor.role, openedByCaller: application.opened_by_viewer === true });
  if (transitionTable[action].reasonRequired && !extra.reason) throw new BeianError('REASON_REQUIRED', { path: 'reason' });
  await scope.trx
    .updateTable('applications')
    .set((eb) => ({
      ...extra.set,
      state: to,
      state_entered_at: scope.now,
      updated_at: scope.now,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', application.id)
    .execute();
  const entry = { entityType: 'application', entityId: application.id, action, fromState: from, toState: to, reason: extra.reason ?? null, data: extra.data ?? {} };
  await scope.record(entry, scope.actor);
  application.state = to;
  return to;
}
