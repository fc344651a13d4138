import { provinceOf } from '../codes/regions.js';
import { isoFromCompact } from './calendar-date.js';
import { gb11643CheckDigit } from './gb11643-check-digit.js';
import type { DatedIdentityCheck, IdentityIssue } from './identity-issue.js';
import { checkResult } from './identity-issue.js';
import { identityIssue } from './identity-issues.js';
import { birthDateIssues } from './resident-id.js';

/**
 * Foreigner's permanent residence ID (外国人永久居留身份证). Two forms:
 * - the old 15-character card: 3-letter nationality code and 12 digits (format only);
 * - the 2023 18-character card: 9, 2-digit province of issue, 3-digit nationality, 8-digit birth date, 3-digit
 *   sequence and a GB 11643 check character.
 */
export function checkForeignPermanentId(value: string, options: { today: string }): DatedIdentityCheck {
  const normalized = value.trim().toUpperCase();
  if (/^[A-Z]{3}\d{12}$/.test(normalized)) return checkResult(normalized, []);
  if (!/^9\d{16}[\dX]$/.test(normalized)) return checkResult(normalized, [identityIssue('FOREIGN_PERMANENT_ID_FORMAT')]);
  const issues: IdentityIssue[] = [];
  if (gb11643CheckDigit(normalized.slice(0, 17)) !== normalized[17]) issues.push(identityIssue('FOREIGN_PERMANENT_ID_CHECK_DIGIT'));
  const dateIssues = birthDateIssues(normalized.slice(6, 14), options.today);
  issues.push(...dateIssues);
  if (!provinceOf(normalized.slice(1, 3))?.mainland) issues.push(identityIssue('PROVINCE_CODE_UNKNOWN'));
  const result: DatedIdentityCheck = checkResult(normalized, issues);
  if (dateIssues.length === 0) result.birthDate = isoFromCompact(normalized.slice(6, 14));
  return result;
}
