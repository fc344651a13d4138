import { BeianError } from '../../domain/errors/beian-error.js';
import { enqueueOutbox } from '../../store/outbox.js';
import type { Actor } from '../actor.js';
import type { FlowDeps } from '../flow-deps.js';
import { runFlow } from '../run-flow.js';

/**
 * Sends a delivery again, delivered or not: the same webhook-id and body (receivers deduplicate on the id), a new
 * timestamp and signature, retried with back-off like the first sending.
 */
export async function replayDelivery(deps: FlowDeps, actor: Actor, input: { webhookId: string; deliveryId: string }): Promise<void> {
  await runFlow(deps, actor, {}, async (scope) => {
    const delivery = await scope.trx
      .selectFrom('webhook_deliveries as d')
      .innerJoin('webhook_subscriptions as s', 's.id', 'd.subscription_id')
      .select(['d.id', 's.id as subscription_id'])
      .where('d.id', '=', input.deliveryId)
      .where('s.id', '=', input.webhookId)
      .where('s.party_id', '=', actor.partyId ?? '')
      .where('s.deleted_at', 'is', null)
      .executeTakeFirst();
    if (!delivery) throw new BeianError('NOT_FOUND', { path: 'params.deliveryId' });
    await scope.trx.updateTable('webhook_deliveries').set({ status: 'pending' }).where('id', '=', delivery.id).execute();
    await enqueueOutbox(scope.trx, { topic: 'webhook', recipient: delivery.subscription_id, payload: { deliveryId: delivery.id, replay: true } }, scope.now);
  });
}
