import { deliverOutbox } from '../../src/jobs/deliver-outbox.js';
import { devInboxGateways } from '../../src/jobs/gateways/dev-inbox-gateways.js';
import type { Gateways } from '../../src/jobs/gateways/gateways.js';
import type { FlowHarness } from './flow-harness.js';

/** Delivers every due outbox message (as rounds of the job loop would), by default into the developer inbox. */
export async function deliverAll(h: Pick<FlowHarness, 'deps' | 'store'>, gateways: Gateways = devInboxGateways(h.store.db, h.deps.now)): Promise<number> {
  let total = 0;
  for (;;) {
    const claimed = await deliverOutbox(h.deps, gateways);
    if (claimed === 0) return total;
    total += claimed;
  }
}
