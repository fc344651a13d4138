import { isKnownPrefecture, provinceOf } from '../codes/regions.js';
import { isRealDate, isoFromCompact } from './calendar-date.js';
import { gb11643CheckDigit } from './gb11643-check-digit.js';
import type { DatedIdentityCheck, IdentityIssue } from './identity-issue.js';
import { checkResult } from './identity-issue.js';
import { identityIssue } from './identity-issues.js';

/** Checks the birth-date part (YYYYMMDD) of a GB 11643-style number against `today` (YYYY-MM-DD). */
export function birthDateIssues(compact: string, today: string): IdentityIssue[] {
  if (!isRealDate(compact) || compact < '18900101') return [identityIssue('BIRTH_DATE_INVALID')];
  if (isoFromCompact(compact) > today) return [identityIssue('BIRTH_DATE_IN_FUTURE')];
  return [];
}

/**
 * Resident identity card number (居民身份证, GB 11643-1999): 6-digit region, 8-digit birth date, 3-digit sequence and a
 * check character (x is read as X). An unknown region code is only a warning: real cards carry retired codes.
 */
export function checkResidentId(value: string, options: { today: string }): DatedIdentityCheck {
  const normalized = value.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(normalized)) return checkResult(normalized, [identityIssue('RESIDENT_ID_FORMAT')]);
  const issues: IdentityIssue[] = [];
  if (gb11643CheckDigit(normalized.slice(0, 17)) !== normalized[17]) issues.push(identityIssue('RESIDENT_ID_CHECK_DIGIT'));
  const dateIssues = birthDateIssues(normalized.slice(6, 14), options.today);
  issues.push(...dateIssues);
  const province = provinceOf(normalized);
  if (!province || !province.mainland || !isKnownPrefecture(normalized)) issues.push(identityIssue('RESIDENT_ID_REGION_UNKNOWN'));
  const result: DatedIdentityCheck = checkResult(normalized, issues);
  if (dateIssues.length === 0) result.birthDate = isoFromCompact(normalized.slice(6, 14));
  return result;
}
