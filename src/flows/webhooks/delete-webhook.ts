import { BeianError } from '../../domain/errors/beian-error.js';
import type { Actor } from '../actor.js';
import type { FlowDeps } from '../flow-deps.js';
import { runFlow } from '../run-flow.js';

/** Ends a subscription of the actor's party: nothing more is sent to it, pending deliveries included. */
export async function deleteWebhook(deps: FlowDeps, actor: Actor, input: { webhookId: string }): Promise<void> {
  await runFlow(deps, actor, {}, async (scope) => {
    const ended = await scope.trx
      .updateTable('webhook_subscriptions')
      .set({ deleted_at: scope.now })
      .where('id', '=', input.webhookId)
      .where('party_id', '=', actor.partyId ?? '')
      .where('deleted_at', 'is', null)
      .returning('id')
      .executeTakeFirst();
    if (!ended) throw new BeianError('NOT_FOUND', { path: 'params.webhookId' });
    await scope.record({ entityType: 'webhook', entityId: input.webhookId, action: 'deleteWebhook', fromState: 'active', toState: 'deleted', reason: null, data: {} });
  });
}
