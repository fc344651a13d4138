import type { FastifyBaseLogger } from 'fastify';
import { loggableError } from '../domain/errors/loggable-error.js';
import type { FlowDeps } from '../flows/flow-deps.js';
import { deliverOutbox } from './deliver-outbox.js';
import type { Gateways } from './gateways/gateways.js';
import { sweepOverdueReviews } from './sweep-overdue-reviews.js';
import { sweepSmsExpiry } from './sweep-sms-expiry.js';
import { sealHistory } from '../store/history-seal.js';
import { removeEndedHitWindows } from '../store/rate-limit-hits.js';
import { numberAllFilingEvents } from '../store/filing-events.js';
import { fanOutWebhookEvents } from '../flows/webhooks/fan-out-events.js';

/**
 * Runs the background jobs every `intervalSeconds` (outbox delivery and history sealing every second). Every job is safe to run in
 * several processes at once. Returns a stop function that waits for the running round.
 */
export function startJobLoop(
  deps: FlowDeps,
  options: { intervalSeconds: number; log: Pick<FastifyBaseLogger, 'error' | 'info'>; gateways: Gateways; outboxLeaseMs: number },
): () => Promise<void> {
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  const guard = (name: string, job: () => Promise<unknown>) => async () => {
    try {
      await job();
    } catch (error) {
      // By kind and code only: a database error carries the statement's parameters.
      options.log.error({ error: loggableError(error), job: name }, 'background job failed');
    }
  };
  const sweeps = guard('sweeps', async () => {
    const expired = await sweepSmsExpiry(deps);
    const overdue = await sweepOverdueReviews(deps);
    await removeEndedHitWindows(deps.db);
    if (expired + overdue > 0) options.log.info({ expired, overdue }, 'deadline sweep');
  });
  const outbox = guard('outbox', () => deliverOutbox(deps, options.gateways, { leaseMs: options.outboxLeaseMs }));
  const seal = guard('seal', () => sealHistory(deps.db));
  const feed = guard('feed', async () => {
    await numberAllFilingEvents(deps.db);
    while ((await fanOutWebhookEvents(deps.db, deps.now())) > 0);
  });
  const sweepTimer = setInterval(() => (running = running.then(sweeps)), options.intervalSeconds * 1000);
  const outboxTimer = setInterval(() => (running = running.then(outbox)), 1000);
  const sealTimer = setInterval(() => (running = running.then(seal)), 1000);
  const feedTimer = setInterval(() => (running = running.then(feed)), 1000);
  running = running.then(sweeps);
  return async () => {
    if (stopped) return;
    stopped = true;
    clearInterval(sweepTimer);
    clearInterval(outboxTimer);
    clearInterval(sealTimer);
    clearInterval(feedTimer);
    await running;
  };
}
