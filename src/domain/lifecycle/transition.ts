import { BeianError } from '../errors/beian-error.js';
import type { ApplicationState } from './application-states.js';
import { applicationActions, transitionTable, type ActorRole, type ApplicationAction } from './transition-table.js';

/**
 * Who acts on one application: the role, and whether the caller's channel opened it (a provider or platform filing
 * on the subject's behalf). Applicants only ever reach their own applications.
 */
export interface ApplicationCaller {
  role: ActorRole;
  openedByCaller: boolean;
}

function mayTake(action: ApplicationAction, caller: ApplicationCaller): boolean {
  const rule = transitionTable[action];
  if (!(rule.by as readonly ActorRole[]).includes(caller.role)) return false;
  return !(rule.applicantStep && caller.role !== 'applicant' && !caller.openedByCaller);
}

/** The state an action leads to, or a catalogued refusal. Pure. */
export function transition(state: ApplicationState, action: ApplicationAction, caller: ApplicationCaller): ApplicationState {
  const rule = transitionTable[action];
  if (!mayTake(action, caller)) {
    throw new BeianError('ACTION_NOT_PERMITTED', { details: { action, role: caller.role } });
  }
  if (!(rule.from as readonly ApplicationState[]).includes(state)) {
    throw new BeianError('INVALID_TRANSITION', { details: { action, state } });
  }
  return rule.to;
}

/** The actions this caller may take on an application in this state (shown in responses and UIs). */
export function allowedActions(state: ApplicationState, caller: ApplicationCaller): ApplicationAction[] {
  return applicationActions.filter(
    (action) => caller.role !== 'system' && mayTake(action, caller) && (transitionTable[action].from as readonly ApplicationState[]).includes(state),
  );
}
