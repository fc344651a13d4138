import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { presentFilingEvent } from '../../http/presenters/filing-event.js';
import { filingEventsAfter, type FilingEventRow } from '../../store/filing-events.js';
import { enqueueOutbox } from '../../store/outbox.js';
import type { Database } from '../../store/schema.js';

/** The body a subscriber receives (Standard Webhooks payload: type, timestamp, data). */
export function webhookBody(event: FilingEventRow): string {
  return JSON.stringify({ type: `filing.${event.type}`, timestamp: event.at.toISOString(), data: presentFilingEvent(event) });
}

/**
 * Turns feed events into deliveries: for each event after the fan-out head, one delivery per subscription that names
 * its type and was made before it was numbered, with an outbox message that sends it — all in one transaction with
 * the head's move. One step at a time (the head is locked with SKIP LOCKED). Returns how many events were read.
 */
export async function fanOutWebhookEvents(db: Kysely<Database>, now: Date, batchSize = 500): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const head = await trx.selectFrom('webhook_fanout_head').select('position').where('id', '=', 1).forUpdate().skipLocked().executeTakeFirst();
    if (!head) return 0;
    const events = await filingEventsAfter(trx, { after: head.position, limit: batchSize });
    if (events.length === 0) return 0;
    const subscriptions = await trx.selectFrom('webhook_subscriptions').select(['id', 'event_types', 'from_position']).where('deleted_at', 'is', null).execute();
    for (const event of events) {
      const body = webhookBody(event);
      for (const subscription of subscriptions) {
        if (subscription.from_position >= event.position || !subscription.event_types.includes(event.type)) continue;
        const id = `msg_${randomUUID().replaceAll('-', '')}`;
        await trx
          .insertInto('webhook_deliveries')
          .values({ id, subscription_id: subscription.id, event_position: event.position, event_type: event.type, body, created_at: now })
          .execute();
        await enqueueOutbox(trx, { topic: 'webhook', recipient: subscription.id, payload: { deliveryId: id } }, now);
      }
    }
    await trx.updateTable('webhook_fanout_head').set({ position: events.at(-1)!.position }).where('id', '=', 1).execute();
    return events.length;
  });
}
