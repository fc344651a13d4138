import { BeianError } from '../errors/beian-error.js';
import type { ApplicationState } from './application-states.js';
import { applicationActions, transitionTable, type ActorRole, type ApplicationAction } from './transition-table.js';

/** The state an action leads to, or a catalogued refusal. Pure. */
export function transition(state: ApplicationState, action: ApplicationAction, role: ActorRole): ApplicationState {
  const rule = transitionTable[action];
  if (!(rule.by as readonly ActorRole[]).includes(role)) {
    throw new BeianError('ACTION_NOT_PERMITTED', { details: { action, role } });
  }
  if (!(rule.from as readonly ApplicationState[]).includes(state)) {
    throw new BeianError('INVALID_TRANSITION', { details: { action, state } });
  }
  return rule.to;
}

/** The actions a caller of this role may take on an application in this state (shown in responses and UIs). */
export function allowedActions(state: ApplicationState, role: ActorRole): ApplicationAction[] {
  return applicationActions.filter((action) => {
    const rule = transitionTable[action];
    return (rule.from as readonly ApplicationState[]).includes(state) && (rule.by as readonly ActorRole[]).includes(role) && role !== 'system';
  });
}
