import type { IdentityCheck } from './identity-issue.js';
import { checkResult } from './identity-issue.js';
import { identityIssue } from './identity-issues.js';

/** The 31 characters of GB 32100-2015 (no I, O, Z, S, V), in value order. */
export const usccCharacters = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const usccWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const organizationWeights = [3, 7, 9, 10, 5, 8, 4, 2];

/** The 18th character of a unified social credit code for its first 17 characters. */
export function usccCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = usccCharacters.indexOf(first17[i]!);
    if (value < 0) throw new RangeError(`not a GB 32100 character: ${first17[i]}`);
    sum += value * usccWeights[i]!;
  }
  return usccCharacters[(31 - (sum % 31)) % 31]!;
}

/** The 9th character of an organisation code (GB 11714-1997) for its first 8 characters. */
export function organizationCodeCheckCharacter(first8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += parseInt(first8[i]!, 36) * organizationWeights[i]!;
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

const usccPattern = /^[0-9A-HJ-NP-RTUW-Y]{2}\d{6}[0-9A-HJ-NP-RTUW-Y]{10}$/;

/**
 * True when the embedded organisation code starts with `MA`: such codes were assigned under GB 32100 itself (the
 * pilot era re-used existing GB 11714 organisation codes), so their check character has always followed the standard.
 */
export function usccIssuedUnderGb32100(normalized: string): boolean {
  return normalized.slice(8, 10) === 'MA';
}

/**
 * Unified social credit code (统一社会信用代码, GB 32100-2015): registration authority, organisation category, 6-digit
 * region, 9-character organisation code and a check character. Codes whose check character is wrong but whose
 * embedded organisation code is sound are reported as a warning: some pilot-era codes were issued that way. Codes
 * whose organisation code starts with `MA` were issued under GB 32100, so a wrong check character there is an error.
 */
export function checkUscc(value: string): IdentityCheck {
  const normalized = value.trim().toUpperCase();
  if (!usccPattern.test(normalized)) return checkResult(normalized, [identityIssue('USCC_FORMAT')]);
  if (usccCheckCharacter(normalized.slice(0, 17)) === normalized[17]) return checkResult(normalized, []);
  if (usccIssuedUnderGb32100(normalized)) return checkResult(normalized, [identityIssue('USCC_CHECK_CHARACTER_GB32100')]);
  const organizationCodeSound = organizationCodeCheckCharacter(normalized.slice(8, 16)) === normalized[16];
  return checkResult(normalized, [identityIssue(organizationCodeSound ? 'USCC_PILOT_CHECK_CHARACTER' : 'USCC_CHECK_CHARACTER')]);
}
