import type { FlowDeps } from '../flow-deps.js';
import { guardSmsVerification, type SmsEntryClient } from './guard-sms-verification.js';
import { verifySmsCode, type SmsVerifyInput, type SmsVerifyOutcome } from './verify-sms-code.js';

/** A code entered on the verification page or through the API: the guessing guards first, then the code itself. */
export async function submitSmsCode(deps: FlowDeps, input: SmsVerifyInput & Omit<SmsEntryClient, 'phone'>): Promise<SmsVerifyOutcome> {
  await guardSmsVerification(deps, { phone: input.phone, clientAddress: input.clientAddress, proofOfWork: input.proofOfWork });
  return verifySmsCode(deps, { phone: input.phone, code: input.code, certificateTail: input.certificateTail, applicationId: input.applicationId });
}
