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
    for (const state of terminalStates) for (const role of ['applicant', 'provider', 'bureau', 'ministry', 'system'] as ActorRole[]) for (const openedByCaller of [false, true]) assert.deepEqual(allowedActions(state, { role, openedByCaller }), []);
  });

  it('moves along the table and refuses the wrong state or role with catalogued codes', () => {
    assert.equal(transition('draft', 'submit', { role: 'applicant', openedByCaller: false }), 'provider_review');
    assert.equal(transition('sms_pending', 'smsFail', { role: 'system', openedByCaller: false }), 'provider_review');
    assert.equal(transition('bureau_returned', 'submit', { role: 'applicant', openedByCaller: false }), 'provider_review');
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return isBeianError(error) ? error.code : String(error);
      }
      return 'no error';
    };
    assert.equal(code(() => transition('draft', 'bureauApprove', { role: 'bureau', openedByCaller: false })), 'INVALID_TRANSITION');
    assert.equal(code(() => transition('bureau_review', 'bureauApprove', { role: 'provider', openedByCaller: false })), 'ACTION_NOT_PERMITTED');
    assert.equal(code(() => transition('sms_pending', 'smsComplete', { role: 'applicant', openedByCaller: false })), 'ACTION_NOT_PERMITTED');
  });

  it('offers each role only its own actions', () => {
    const applicantOpened = (role: ActorRole) => ({ role, openedByCaller: false });
    assert.deepEqual(allowedActions('provider_review', applicantOpened('provider')), ['providerApprove', 'providerReturn']);
    assert.deepEqual(allowedActions('provider_review', { role: 'applicant', openedByCaller: true }), ['withdraw']);
    assert.deepEqual(allowedActions('bureau_review', applicantOpened('bureau')), ['bureauApprove', 'bureauReturn']);
    assert.deepEqual(allowedActions('sms_pending', applicantOpened('system')), [], 'system steps are never offered as actions');
  });

  it('leaves submitting and withdrawing an applicant’s application to the applicant; a channel does both on the ones it opened', () => {
    assert.deepEqual(allowedActions('provider_returned', { role: 'provider', openedByCaller: false }), []);
    assert.deepEqual(allowedActions('provider_returned', { role: 'provider', openedByCaller: true }), ['submit', 'withdraw']);
    assert.deepEqual(allowedActions('provider_review', { role: 'provider', openedByCaller: true }), ['providerApprove', 'providerReturn', 'withdraw']);
    const refusal = (() => {
      try {
        transition('provider_review', 'withdraw', { role: 'provider', openedByCaller: false });
      } catch (error) {
        return isBeianError(error) ? error.code : String(error);
      }
      return 'no error';
    })();
    assert.equal(refusal, 'ACTION_NOT_PERMITTED');
    assert.equal(transition('provider_review', 'withdraw', { role: 'provider', openedByCaller: true }), 'withdrawn');
  });

  it('is documented exactly as the table says (run `npm run docs` after changing it)', () => {
    assert.equal(readFileSync(new URL('../../../docs/lifecycle.md', import.meta.url), 'utf8'), renderLifecycleMarkdown());
  });
});
