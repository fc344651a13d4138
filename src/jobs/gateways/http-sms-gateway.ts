import type { SmsGateway } from './gateways.js';

export interface HttpSmsSettings {
  /** The operator bridge's endpoint: receives POST {"phone","text"} as JSON and answers 2xx once it accepted the SMS. */
  url: string;
  /** Sent as "Authorization: Bearer …" when set. */
  token?: string | undefined;
  timeoutMs?: number;
}

/**
 * SMS through an HTTP bridge to the operator's platform (each SMS vendor has its own signed API; a small bridge
 * speaking this one request keeps vendors out of the registry). A non-2xx answer or a timeout fails the attempt.
 */
export function httpSmsGateway(settings: HttpSmsSettings): SmsGateway {
  return {
    async send(message) {
      const response = await fetch(settings.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(settings.token ? { authorization: `Bearer ${settings.token}` } : {}) },
        body: JSON.stringify({ phone: message.phone, text: message.text }),
        signal: AbortSignal.timeout(settings.timeoutMs ?? 30_000),
      });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`SMS gateway answered ${response.status}`);
    },
  };
}
