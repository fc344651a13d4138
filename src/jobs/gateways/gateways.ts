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
}
