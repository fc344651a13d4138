import type { Transaction } from 'kysely';
import type { Database } from './schema.js';

export interface OutboxMessage {
  topic: string;
  recipient: string;
  payload: Record<string, unknown>;
}

/** Writes a message in the same transaction as the change it reports; delivered after commit. */
export async function enqueueOutbox(trx: Transaction<Database>, message: OutboxMessage, at: Date): Promise<void> {
  await trx
    .insertInto('outbox')
    .values({ topic: message.topic, recipient: message.recipient, payload: JSON.stringify(message.payload), created_at: at, available_at: at })
    .execute();
}
