import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.js';

/** The live subscriptions of a party, newest first (never their secrets). */
export function partyWebhooks(db: Kysely<Database>, partyId: string) {
  return db
    .selectFrom('webhook_subscriptions')
    .select(['id', 'url', 'event_types', 'created_at'])
    .where('party_id', '=', partyId)
    .where('deleted_at', 'is', null)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export async function partyWebhookExists(db: Kysely<Database>, partyId: string, webhookId: string): Promise<boolean> {
  const row = await db
    .selectFrom('webhook_subscriptions')
    .select('id')
    .where('id', '=', webhookId)
    .where('party_id', '=', partyId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}

export interface DeliveryCursor {
  createdAt: Date;
  id: string;
}

const deliveryColumns = ['id', 'event_type', 'event_position', 'status', 'attempts', 'last_status_code', 'last_error', 'last_attempt_at', 'delivered_at', 'created_at'] as const;

/** A subscription's delivery log, newest first, keyset-paged. */
export function webhookDeliveries(db: Kysely<Database>, webhookId: string, options: { limit: number; after?: DeliveryCursor; status?: 'pending' | 'delivered' | 'failed' }) {
  let query = db.selectFrom('webhook_deliveries').select(deliveryColumns).where('subscription_id', '=', webhookId);
  if (options.status) query = query.where('status', '=', options.status);
  if (options.after) {
    const { createdAt, id } = options.after;
    query = query.where((eb) => eb.or([eb('created_at', '<', createdAt), eb.and([eb('created_at', '=', createdAt), eb('id', '<', id)])]));
  }
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(options.limit).execute();
}

export type DeliveryRow = Awaited<ReturnType<typeof webhookDeliveries>>[number];

/** One delivery with its body and every attempt, oldest first. */
export async function webhookDelivery(db: Kysely<Database>, webhookId: string, deliveryId: string) {
  const delivery = await db
    .selectFrom('webhook_deliveries')
    .select([...deliveryColumns, 'body'])
    .where('subscription_id', '=', webhookId)
    .where('id', '=', deliveryId)
    .executeTakeFirst();
  if (!delivery) return undefined;
  const attempts = await db
    .selectFrom('webhook_attempts')
    .select(['at', 'status_code', 'error', 'duration_ms', 'replay'])
    .where('delivery_id', '=', deliveryId)
    .orderBy('id')
    .execute();
  return { ...delivery, attemptLog: attempts };
}
