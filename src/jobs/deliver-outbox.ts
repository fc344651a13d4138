import { randomUUID } from 'node:crypto';
import type { FlowDeps } from '../flows/flow-deps.js';
import type { Gateways } from './gateways/gateways.js';

export interface DeliveryOptions {
  /** Rows claimed per round; they are sent concurrently. */
  batchSize?: number;
  /** How long a claim lasts: a worker that dies or hangs longer leaves its rows to another after this. */
  leaseMs?: number;
}

/** Verification codes leave the outbox once delivered: only the gateway ever sees them. Notices are kept as written. */
function scrubbed(topic: string, payload: Record<string, unknown>): Record<string, unknown> {
  if (topic !== 'sms' || payload.notice === true || typeof payload.text !== 'string') return payload;
  return { ...payload, text: payload.text.replace(/\d{6}/g, '******') };
}

function backOffMs(previousAttempts: number): number {
  return Math.min(3600, 2 ** Math.min(previousAttempts, 12)) * 1000;
}

async function send(gateways: Gateways, row: { topic: string; recipient: string; payload: Record<string, unknown>; attempts: number }): Promise<void> {
  const payload = row.payload as { text?: unknown; subject?: unknown };
  if (row.topic === 'sms') {
    if (!gateways.sms) throw new Error('no SMS gateway configured');
    await gateways.sms.send({ phone: row.recipient, text: String(payload.text ?? '') });
  } else if (row.topic === 'email') {
    if (!gateways.email) throw new Error('no e-mail gateway configured');
    await gateways.email.send({ to: row.recipient, subject: String(payload.subject ?? ''), text: String(payload.text ?? '') });
  } else if (row.topic === 'webhook') {
    if (!gateways.webhook) throw new Error('no webhook sender configured');
    await gateways.webhook.send({ deliveryId: String(row.payload.deliveryId), attempt: row.attempts, replay: row.payload.replay === true });
  }
  // Other topics (application.approved, application.overdue, calendar.deadline_unknown) are events kept for the
  // record: nothing to send.
}

/**
 * Delivers pending outbox messages in three steps, none of which holds a lock while a gateway is called:
 * 1. claim — one UPDATE leases up to `batchSize` due rows (oldest first, SKIP LOCKED, so concurrent workers in other
 *    processes take different rows): they get a claim token and become due again only when the lease runs out;
 * 2. send — each through its gateway, outside any transaction;
 * 3. settle — one UPDATE per row, matched on the claim token: delivered (an SMS code scrubbed from the row), or due
 *    again after a back-off (2^attempts seconds, at most an hour) with the error kept.
 * Each message is sent once as long as its gateway answers within the lease; a worker that outlives its lease finds
 * its token gone and changes nothing. Returns the number of rows claimed.
 */
export async function deliverOutbox(deps: Pick<FlowDeps, 'db' | 'now'>, gateways: Gateways, options: DeliveryOptions = {}): Promise<number> {
  const batchSize = options.batchSize ?? 20;
  const leaseMs = options.leaseMs ?? 300_000;
  const token = randomUUID();
  const claimedAt = deps.now();
  const claimed = await deps.db
    .updateTable('outbox')
    .set((eb) => ({ claim_token: token, available_at: new Date(claimedAt.getTime() + leaseMs), attempts: eb('attempts', '+', 1) }))
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('outbox')
        .select('id')
        .where('delivered_at', 'is', null)
        .where('available_at', '<=', claimedAt)
        .orderBy('available_at')
        .orderBy('id')
        .limit(batchSize)
        .forUpdate()
        .skipLocked(),
    )
    .returning(['id', 'topic', 'recipient', 'payload', 'attempts'])
    .execute();
  claimed.sort((a, b) => a.id - b.id);
  await Promise.all(
    claimed.map(async (row) => {
      let failure: unknown;
      try {
        await send(gateways, row);
      } catch (error) {
        failure = error ?? new Error('delivery failed');
      }
      const at = deps.now();
      const settle = deps.db.updateTable('outbox').where('id', '=', row.id).where('claim_token', '=', token);
      if (failure === undefined) {
        await settle.set({ delivered_at: at, claim_token: null, last_error: null, payload: JSON.stringify(scrubbed(row.topic, row.payload)) }).execute();
      } else {
        const message = failure instanceof Error ? failure.message : String(failure);
        await settle.set({ claim_token: null, last_error: message.slice(0, 500), available_at: new Date(at.getTime() + backOffMs(row.attempts - 1)) }).execute();
      }
    }),
  );
  return claimed.length;
}
