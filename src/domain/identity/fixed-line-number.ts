import type { IdentityCheck } from './identity-issue.js';
import { checkResult } from './identity-issue.js';
import { identityIssue } from './identity-issues.js';

/**
 * Mainland fixed-line number with its area code: 010 and 020–029 take 8-digit local numbers, other area codes
 * (0 + 3 digits) 7 or 8; local numbers do not start with 0 or 1. Accepts "010-12345678", "(010)12345678",
 * "0755 1234567", "01012345678", "+86 10 12345678" and an extension after "-", "转" or "ext"; area codes are read as
 * mainland China numbers them (010, 02x, otherwise 0 + three digits from 3), so no separator is needed.
 * `normalized` is "area-local[-ext]".
 */
export function checkFixedLineNumber(value: string): IdentityCheck {
  const text = value.trim();
  const match = /^(?:(?:\+86|0086)[\s-]?\(?0?|\(?0)(10|2\d|[3-9]\d{2})\)?[\s-]?([2-9]\d{6,7})(?:(?:-|\s*转\s*|\s*ext\.?\s*)(\d{1,6}))?$/i.exec(text);
  if (match) {
    const area = '0' + match[1]!;
    const local = match[2]!;
    const shortArea = /^0(10|2\d)$/.test(area);
    const areaOk = shortArea || /^0[3-9]\d{2}$/.test(area);
    const lengthOk = shortArea ? local.length === 8 : local.length === 7 || local.length === 8;
    if (areaOk && lengthOk) return checkResult(`${area}-${local}${match[3] ? '-' + match[3] : ''}`, []);
  }
  return checkResult(text, [identityIssue('PHONE_FORMAT')]);
}
