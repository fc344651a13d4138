import type { IdentityCheck } from './identity-issue.js';
import { checkResult } from './identity-issue.js';
import { identityIssue } from './identity-issues.js';

/** Mainland travel permit for Hong Kong and Macau residents (港澳居民来往内地通行证): H/M, 8 digits, optionally 2 more. */
export function checkHkMacauPermit(value: string): IdentityCheck {
  const normalized = value.trim().toUpperCase();
  return checkResult(normalized, /^[HM]\d{8}(\d{2})?$/.test(normalized) ? [] : [identityIssue('HK_MACAU_PERMIT_FORMAT')]);
}

/** Mainland travel permit for Taiwan residents (台湾居民来往大陆通行证): 8 digits (card), 10 digits (older booklet). */
export function checkTaiwanPermit(value: string): IdentityCheck {
  const normalized = value.trim().toUpperCase();
  return checkResult(normalized, /^(\d{8}|\d{10})$/.test(normalized) ? [] : [identityIssue('TAIWAN_PERMIT_FORMAT')]);
}

/** Passport (护照), any issuing state: format only. */
export function checkPassport(value: string): IdentityCheck {
  const normalized = value.trim().toUpperCase();
  const ok = /^[A-Z0-9]{5,17}$/.test(normalized) && /\d/.test(normalized);
  return checkResult(normalized, ok ? [] : [identityIssue('PASSPORT_FORMAT')]);
}
