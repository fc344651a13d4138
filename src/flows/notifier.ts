import type { Transaction } from 'kysely';
import type { Database } from '../store/schema.js';
import { enqueueOutbox } from '../store/outbox.js';

export interface SmsMessage {
  phone: string;
  text: string;
  /** Non-personal context for logs and the developer inbox. */
  meta: Record<string, string>;
  /** A notice (no verification code in it): kept as written in the outbox after delivery. */
  notice?: boolean;
}

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  meta?: Record<string, string>;
}

/**
 * Sends notifications. It writes inside the flow's transaction; actual delivery happens after commit, so a
 * rolled-back action sends nothing.
 */
export interface Notifier {
  sms(trx: Transaction<Database>, message: SmsMessage, at: Date): Promise<void>;
  email(trx: Transaction<Database>, message: EmailMessage, at: Date): Promise<void>;
}

/** The default: every message goes to the outbox; the outbox worker hands it to the configured gateway. */
export const outboxNotifier: Notifier = {
  async sms(trx, message, at) {
    await enqueueOutbox(
      trx,
      { topic: 'sms', recipient: message.phone, payload: { text: message.text, meta: message.meta, ...(message.notice ? { notice: true } : {}) } },
      at,
    );
  },
  async email(trx, message, at) {
    await enqueueOutbox(trx, { topic: 'email', recipient: message.to, payload: { subject: message.subject, text: message.text, meta: message.meta ?? {} } }, at);
  },
};
