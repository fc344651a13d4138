import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { isBeianError } from '../errors/beian-error.js';
import { applicationStates, terminalStates, type ApplicationState } from './application-states.js';
import { renderLifecycleMarkdown } from './render-lifecycle-markdown.js';
import { applicationActions, transitionTable, type ActorRole } from './transition-table.js';
import { allowedActions, transition } from './transition.js';

describe('the lifecycle table', () => {
  it('reaches every state from draft, and reaches a terminal state from every state', () => {
    const next = (state: ApplicationState) => applicationActions.filter((a) => (transitionTable[a].from as readonly string[]).includes(state)).map((a) => transitionTable[a].to);
    const reachable = new Set<ApplicationState>(['draft']);
    for (let changed = true; changed; ) {
      changed = false;
      for (const state of [...reachable]) {
        for (const to of next(state)) {
          if (!reachable.has(to)) {
            reachable.add(to);
            changed = true;
          }
        }
      }
    }
    assert.deepEqual([...reachable].sort(), [...applicationStates].sort());
    for (const state of applicationStates) {
      const seen = new Set<ApplicationState>([state]);
      const queue = [state];
      while (queue.length) {
        for (const to of next(queue.shift()!)) {
          if (!seen.has(to)) {
            seen.add(to);
            queue.push(to);
          }
        }
      }
      assert.ok(terminalStates.some((t) => seen.has(t)), `${state} cannot finish`);
    }
  });

  it('has no way out of approved or withdrawn', () => {
    for (const state of terminalStates) for (const role of ['applicant', 'provider', 'bureau', 'ministry', 'system'] as ActorRole[]) assert.deepEqual(allowedActions(state, role), []);
  });

  it('moves along the table and refuses the wrong state or role with catalogued codes', () => {
    assert.equal(transition('draft', 'submit', 'applicant'), 'provider_review');
    assert.equal(transition('sms_pending', 'smsFail', 'system'), 'provider_review');
    assert.equal(transition('bureau_returned', 'submit', 'applicant'), 'provider_review');
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return isBeianError(error) ? error.code : String(error);
      }
      return 'no error';
    };
    assert.equal(code(() => transition('draft', 'bureauApprove', 'bureau')), 'INVALID_TRANSITION');
    assert.equal(code(() => transition('bureau_review', 'bureauApprove', 'provider')), 'ACTION_NOT_PERMITTED');
    assert.equal(code(() => transition('sms_pending', 'smsComplete', 'applicant')), 'ACTION_NOT_PERMITTED');
  });

  it('offers each role only its own actions', () => {
    assert.deepEqual(allowedActions('provider_review', 'provider'), ['providerApprove', 'providerReturn', 'withdraw']);
    assert.deepEqual(allowedActions('provider_review', 'applicant'), ['withdraw']);
    assert.deepEqual(allowedActions('bureau_review', 'bureau'), ['bureauApprove', 'bureauReturn']);
    assert.deepEqual(allowedActions('sms_pending', 'system'), [], 'system steps are never offered as actions');
  });

  it('is documented exactly as the table says (run `npm run docs` after changing it)', () => {
    assert.equal(readFileSync(new URL('../../../docs/lifecycle.md', import.meta.url), 'utf8'), renderLifecycleMarkdown());
  });
});
