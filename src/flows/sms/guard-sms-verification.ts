import { createHmac } from 'node:crypto';
import { BeianError } from '../../domain/errors/beian-error.js';
import { serverSecret } from '../../store/server-secrets.js';
import { countAttempt, pruneThrottles } from '../../store/verification-throttles.js';
import type { FlowDeps } from '../flow-deps.js';
import { checkProofOfWork, proofOfWorkChallengePath } from './proof-of-work.js';
import { normalizeMobile } from './sms-code.js';

const windowSeconds = 3600;

export interface SmsEntryClient {
  phone: string;
  /** The client's address as the HTTP layer sees it. */
  clientAddress: string;
  /** A solved ALTCHA challenge (base64), when the client sent one. */
  proofOfWork?: string | undefined;
}

/**
 * Guards code entry against guessing, before any code is checked. Every entry is counted per phone and per client
 * address in the database (one hour, shared by every process; the keys are keyed digests, not the phone or address).
 * Beyond `smsVerifyAttemptsPerPhoneHour` entries a phone is refused until the hour is over; beyond the free entries
 * per phone or per address, each entry needs a solved proof-of-work challenge (so an ordinary person, who enters a
 * code once or twice, never meets one, and a page without JavaScript works for them).
 * The counts are committed on their own, so a refused entry still counts.
 */
export async function guardSmsVerification(deps: FlowDeps, client: SmsEntryClient): Promise<void> {
  const now = deps.now();
  const secret = await serverSecret(deps.db, 'throttle-keys');
  await pruneThrottles(deps.db, new Date(now.getTime() - windowSeconds * 1000));
  const key = (kind: string, value: string) => `${kind}:${createHmac('sha256', secret).update(value).digest('hex')}`;
  const phone = await countAttempt(deps.db, key('sms-phone', normalizeMobile(client.phone)), now, windowSeconds);
  const address = await countAttempt(deps.db, key('sms-address', client.clientAddress), now, windowSeconds);
  const policy = deps.policy;
  if (phone.attempts > policy.smsVerifyAttemptsPerPhoneHour) {
    const retryAfterSeconds = Math.max(1, Math.ceil((phone.windowEndsAt.getTime() - now.getTime()) / 1000));
    throw new BeianError('SMS_VERIFY_PHONE_LIMITED', { path: 'phone', details: { retryAfterSeconds } });
  }
  const over = [
    ...(phone.attempts > policy.smsVerifyFreeAttemptsPerPhone ? [phone] : []),
    ...(address.attempts > policy.smsVerifyFreeAttemptsPerAddress ? [address] : []),
  ];
  if (over.length > 0) {
    if (!client.proofOfWork) {
      const freeAgainAt = Math.max(...over.map((count) => count.windowEndsAt.getTime()));
      const retryAfterSeconds = Math.max(1, Math.ceil((freeAgainAt - now.getTime()) / 1000));
      throw new BeianError('PROOF_OF_WORK_REQUIRED', { path: 'altcha', details: { challengeUrl: proofOfWorkChallengePath, retryAfterSeconds } });
    }
    await checkProofOfWork(deps, client.proofOfWork);
  }
}
