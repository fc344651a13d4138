/** An SMS as a gateway sends it. */
export interface SmsSend {
  phone: string;
  text: string;
}

/** An e-mail as a gateway sends it (plain text). */
export interface EmailSend {
  to: string;
  subject: string;
  text: string;
}

/** Hands SMS to an operator's platform; resolves once accepted, rejects to have the message retried later. */
export interface SmsGateway {
  send(message: SmsSend): Promise<void>;
}

export interface EmailGateway {
  send(message: EmailSend): Promise<void>;
}

/** The gateways outbox delivery uses; a channel without one keeps its messages pending (retried with back-off). */
export interface Gateways {
  sms?: SmsGateway | undefined;
  email?: EmailGateway | undefined;
  webhook?: WebhookGateway | undefined;
}

/** One webhook delivery to send: `attempt` counts the tries of this sending (1 for the first). */
export interface WebhookSend {
  deliveryId: string;
  attempt: number;
  replay: boolean;
}

/** Sends webhook deliveries; rejects to have one retried later. */
export interface WebhookGateway {
  send(message: WebhookSend): Promise<void>;
}
