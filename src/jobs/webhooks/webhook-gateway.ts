import type { Kysely } from 'kysely';
import { webhookSignature } from '../../flows/webhooks/webhook-signature.js';
import type { Database } from '../../store/schema.js';
import type { WebhookGateway } from '../gateways/gateways.js';
import { postWebhook } from './post-webhook.js';

export interface WebhookGatewayOptions {
  allowPrivateAddresses: boolean;
  now: () => Date;
  timeoutMs?: number;
  /** Attempts of one sending (the first, or a replay) before the delivery is marked failed and no longer retried. */
  maxAttempts?: number;
}

/**
 * Sends one delivery: signs its body afresh (webhook-id, webhook-timestamp, webhook-signature) and POSTs it, outside
 * any transaction; logs the attempt and settles the delivery. A 2xx answer delivers it; anything else rejects, so the
 * outbox tries again after its back-off — until `maxAttempts`, when the delivery is marked failed (a replay sends it
 * again).
 */
export function webhookGateway(db: Kysely<Database>, options: WebhookGatewayOptions): WebhookGateway {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxAttempts = options.maxAttempts ?? 15;
  return {
    async send({ deliveryId, attempt, replay }) {
      const delivery = await db
        .selectFrom('webhook_deliveries as d')
        .innerJoin('webhook_subscriptions as s', 's.id', 'd.subscription_id')
        .select(['d.id', 'd.body', 's.url', 's.secret', 's.deleted_at'])
        .where('d.id', '=', deliveryId)
        .executeTakeFirst();
      if (!delivery) return;
      if (delivery.deleted_at) {
        await db.updateTable('webhook_deliveries').set({ status: 'failed', last_error: 'the subscription was deleted' }).where('id', '=', deliveryId).execute();
        return;
      }
      const at = options.now();
      const timestamp = Math.floor(at.getTime() / 1000);
      const headers = {
        'webhook-id': delivery.id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': webhookSignature(delivery.secret, delivery.id, timestamp, delivery.body),
      };
      const started = performance.now();
      let status: number | null = null;
      let error: string | null = null;
      try {
        status = await postWebhook(delivery.url, delivery.body, headers, { allowPrivateAddresses: options.allowPrivateAddresses, timeoutMs });
        if (status < 200 || status > 299) error = `answered ${status}`;
      } catch (failure) {
        error = (failure instanceof Error ? failure.message : String(failure)).slice(0, 300);
      }
      const durationMs = Math.round(performance.now() - started);
      const delivered = error === null;
      const givenUp = !delivered && attempt >= maxAttempts;
      await db.insertInto('webhook_attempts').values({ delivery_id: deliveryId, at, status_code: status, error, duration_ms: durationMs, replay }).execute();
      await db
        .updateTable('webhook_deliveries')
        .set((eb) => ({
          attempts: eb('attempts', '+', 1),
          last_status_code: status,
          last_error: error,
          last_attempt_at: at,
          status: delivered ? 'delivered' : givenUp ? 'failed' : 'pending',
          ...(delivered ? { delivered_at: at } : {}),
        }))
        .where('id', '=', deliveryId)
        .execute();
      if (!delivered && !givenUp) throw new Error(error!);
    },
  };
}
