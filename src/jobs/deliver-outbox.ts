import type { Transaction } from 'kysely';
import type { Database } from '../store/schema.js';
import type { FlowDeps } from '../flows/flow-deps.js';

/** Where delivered messages go. The default writes them to the developer inbox; a deployment plugs in its SMS gateway. */
export interface Transport {
  deliver(trx: Transaction<Database>, message: { topic: string; recipient: string; payload: Record<string, unknown> }, at: Date): Promise<void>;
}

export const devInboxTransport: Transport = {
  async deliver(trx, message, at) {
    if (message.topic !== 'sms' && message.topic !== 'email') return;
    const payload = message.payload as { text?: string; subject?: string };
    await trx
      .insertInto('dev_inbox')
      .values({
        channel: message.topic,
        recipient: message.recipient,
        subject: message.topic === 'sms' ? 'SMS' : String(payload.subject ?? ''),
        body: String(payload.text ?? ''),
        created_at: at,
      })
      .execute();
  },
};

/** Verification codes leave the outbox once delivered: only the transport ever sees them. */
function scrubbed(topic: string, payload: Record<string, unknown>): Record<string, unknown> {
  if (topic !== 'sms' || typeof payload.text !== 'string') return payload;
  return { ...payload, text: payload.text.replace(/\d{6}/g, '******') };
}

/**
 * Delivers pending outbox messages in id order, in batches locked with SKIP LOCKED so several processes can run it;
 * a failed delivery is retried later with back-off.
 */
export async function deliverOutbox(deps: Pick<FlowDeps, 'db' | 'now'>, transport: Transport = devInboxTransport, batchSize = 100): Promise<number> {
  return deps.db.transaction().execute(async (trx) => {
    const now = deps.now();
    const batch = await trx
      .selectFrom('outbox')
      .selectAll()
      .where('delivered_at', 'is', null)
      .where('available_at', '<=', now)
      .orderBy('id')
      .limit(batchSize)
      .forUpdate()
      .skipLocked()
      .execute();
    for (const row of batch) {
      try {
        await transport.deliver(trx, { topic: row.topic, recipient: row.recipient, payload: row.payload }, now);
        await trx
          .updateTable('outbox')
          .set({ delivered_at: now, attempts: row.attempts + 1, payload: JSON.stringify(scrubbed(row.topic, row.payload)) })
          .where('id', '=', row.id)
          .execute();
      } catch (error) {
        const delay = Math.min(3600, 2 ** Math.min(row.attempts, 12)) * 1000;
        await trx
          .updateTable('outbox')
          .set({ attempts: row.attempts + 1, last_error: String((error as Error).message).slice(0, 500), available_at: new Date(now.getTime() + delay) })
          .where('id', '=', row.id)
          .execute();
      }
    }
    return batch.length;
  });
}
