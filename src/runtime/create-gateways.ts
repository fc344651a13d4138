import type { Kysely } from 'kysely';
import type { Config } from '../config/config.js';
import { devInboxGateways } from '../jobs/gateways/dev-inbox-gateways.js';
import type { Gateways } from '../jobs/gateways/gateways.js';
import { httpSmsGateway } from '../jobs/gateways/http-sms-gateway.js';
import { smtpEmailGateway } from '../jobs/gateways/smtp-email-gateway.js';
import { webhookGateway } from '../jobs/webhooks/webhook-gateway.js';
import type { Database } from '../store/schema.js';

/**
 * The gateways the configuration names: SMTP for e-mail (BEIAN_SMTP_URL), an HTTP bridge for SMS
 * (BEIAN_SMS_GATEWAY_URL); in demo mode whatever is not configured goes to the developer inbox. Outside demo mode a
 * channel without a gateway keeps its messages pending, retried with back-off, until one is configured.
 */
export function createGateways(db: Kysely<Database>, config: Pick<Config, 'demo' | 'gateways'>, now: () => Date = () => new Date()): Gateways & { close(): void } {
  const inbox = config.demo ? devInboxGateways(db, now) : undefined;
  const smtp = config.gateways.smtpUrl ? smtpEmailGateway({ url: config.gateways.smtpUrl, from: config.gateways.mailFrom }) : undefined;
  const sms = config.gateways.smsUrl ? httpSmsGateway({ url: config.gateways.smsUrl, token: config.gateways.smsToken }) : undefined;
  return {
    email: smtp ?? inbox?.email,
    sms: sms ?? inbox?.sms,
    // Webhooks reach loopback and private addresses only in demo mode.
    webhook: webhookGateway(db, { allowPrivateAddresses: config.demo, now }),
    close: () => smtp?.close(),
  };
}
