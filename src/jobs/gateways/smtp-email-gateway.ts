import { createTransport } from 'nodemailer';
import type { EmailGateway } from './gateways.js';

export interface SmtpSettings {
  /** smtp://user:pass@host:587 or smtps://…:465 (nodemailer's connection URL). */
  url: string;
  /** The From header, e.g. "APP备案 <beian@example.gov.cn>". */
  from: string;
  /** Connection, greeting and socket timeouts: a stuck server fails the attempt, which is retried later. */
  timeoutMs?: number;
}

/** E-mail through an SMTP server with Nodemailer: one pooled transport per process. */
export function smtpEmailGateway(settings: SmtpSettings): EmailGateway & { close(): void } {
  const timeout = settings.timeoutMs ?? 30_000;
  const transport = createTransport({ url: settings.url, pool: true, connectionTimeout: timeout, greetingTimeout: timeout, socketTimeout: timeout });
  return {
    async send(message) {
      await transport.sendMail({ from: settings.from, to: message.to, subject: message.subject, text: message.text });
    },
    close: () => transport.close(),
  };
}
