import type { IdentityCheck } from './identity-issue.js';
import { checkResult } from './identity-issue.js';
import { identityIssue } from './identity-issues.js';

/**
 * Mainland China mobile number: 11 digits starting 13–19, optionally prefixed +86, 0086 or 86; spaces and hyphens
 * between groups are ignored. `normalized` is the bare 11 digits, so two spellings of one number compare equal.
 */
export function checkMobileNumber(value: string): IdentityCheck {
  const compact = value.trim().replace(/[\s-]/g, '');
  const national = compact.replace(/^(\+86|0086|86(?=\d{11}$))/, '');
  if (/^1[3-9]\d{9}$/.test(national)) return checkResult(national, []);
  return checkResult(compact, [identityIssue('MOBILE_FORMAT')]);
}
