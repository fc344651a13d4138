import { BeianError } from '../../domain/errors/beian-error.js';
import type { FilingEventType } from '../../store/filing-events.js';
import type { Actor } from '../actor.js';
import type { FlowDeps } from '../flow-deps.js';
import { runFlow, type FlowOptions } from '../run-flow.js';
import { newWebhookSecret } from './webhook-signature.js';

export const maxWebhooksPerParty = 20;

export interface CreatedWebhook {
  id: string;
  url: string;
  eventTypes: FilingEventType[];
  createdAt: string;
  /** Shown once: only its holder can check the signatures. */
  secret: string;
}

/**
 * A party subscribes a URL to feed events of the given types. It receives the events numbered from now on; the
 * secret that signs them is in this answer and in no later one.
 */
export async function createWebhook(
  deps: FlowDeps,
  actor: Actor,
  input: { url: string; eventTypes: FilingEventType[] },
  options: FlowOptions = {},
): Promise<CreatedWebhook> {
  const partyId = actor.partyId;
  if (!partyId) throw new BeianError('FORBIDDEN');
  return runFlow(deps, actor, options, async (scope) => {
    // Subscriptions of one party are made one at a time, so the limit holds.
    await scope.trx.selectFrom('parties').select('id').where('id', '=', partyId).forUpdate().executeTakeFirstOrThrow();
    const count = await scope.trx
      .selectFrom('webhook_subscriptions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('party_id', '=', partyId)
      .where('deleted_at', 'is', null)
      .executeTakeFirstOrThrow();
    if (Number(count.n) >= maxWebhooksPerParty) throw new BeianError('WEBHOOK_LIMIT_REACHED', { details: { limit: maxWebhooksPerParty } });
    const head = await scope.trx.selectFrom('filing_event_head').select('position').where('id', '=', 1).executeTakeFirstOrThrow();
    const eventTypes = [...new Set(input.eventTypes)];
    const secret = newWebhookSecret();
    const row = await scope.trx
      .insertInto('webhook_subscriptions')
      .values({
        party_id: partyId,
        created_by: actor.userId!,
        url: input.url,
        event_types: JSON.stringify(eventTypes),
        secret,
        from_position: head.position,
        created_at: scope.now,
      })
      .returning(['id'])
      .executeTakeFirstOrThrow();
    await scope.record({ entityType: 'webhook', entityId: row.id, action: 'createWebhook', fromState: null, toState: 'active', reason: null, data: { host: new URL(input.url).host, eventTypes } });
    return { id: row.id, url: input.url, eventTypes, createdAt: scope.now.toISOString(), secret };
  });
}
