import { systemActor } from '../flows/actor.js';
import type { FlowDeps } from '../flows/flow-deps.js';
import { runFlow } from '../flows/run-flow.js';
import { failSmsVerification } from '../flows/sms/fail-sms-verification.js';

/**
 * Returns to their providers the applications whose SMS window has closed. Each batch locks its rows with
 * SKIP LOCKED and re-checks the state under the lock, so with several processes sweeping each expiry happens once.
 */
export async function sweepSmsExpiry(deps: FlowDeps, batchSize = 50): Promise<number> {
  let total = 0;
  for (;;) {
    const done = await runFlow(deps, systemActor, {}, async (scope) => {
      const cutoff = new Date(scope.now.getTime() - deps.policy.smsHours * 3_600_000);
      const due = await scope.trx
        .selectFrom('applications')
        .selectAll()
        .where('state', '=', 'sms_pending')
        .where('sms_started_at', '<=', cutoff)
        .orderBy('sms_started_at')
        .limit(batchSize)
        .forUpdate()
        .skipLocked()
        .execute();
      for (const application of due) await failSmsVerification(scope, application, 'timeout');
      return due.length;
    });
    total += done;
    if (done < batchSize) return total;
  }
}
