import { isoFromCompact } from './calendar-date.js';
import { gb11643CheckDigit } from './gb11643-check-digit.js';
import type { DatedIdentityCheck, IdentityIssue } from './identity-issue.js';
import { checkResult } from './identity-issue.js';
import { identityIssues, identityIssue } from './identity-issues.js';
import { birthDateIssues } from './resident-id.js';

/** Which residents a permit is for: 810000 Hong Kong, 820000 Macau (type 41), 830000 Taiwan (type 42). */
export type ResidencePermitRegion = 'hong_kong_macau' | 'taiwan';

const prefixes: Record<ResidencePermitRegion, string[]> = { hong_kong_macau: ['810000', '820000'], taiwan: ['830000'] };

/**
 * Residence permit for Hong Kong, Macau and Taiwan residents (港澳台居民居住证): 18 characters like a resident identity
 * card, region 810000/820000/830000, GB 11643 check character. `region` narrows the accepted prefixes.
 */
export function checkResidencePermit(value: string, options: { today: string; region?: ResidencePermitRegion }): DatedIdentityCheck {
  const normalized = value.trim().toUpperCase();
  const allowed = options.region ? prefixes[options.region] : [...prefixes.hong_kong_macau, ...prefixes.taiwan];
  if (!/^\d{17}[\dX]$/.test(normalized) || !allowed.includes(normalized.slice(0, 6))) {
    const issue = identityIssue('RESIDENCE_PERMIT_FORMAT');
    if (options.region) {
      const expected = allowed.join(' / ');
      issue.message = {
        zh: `${identityIssues.RESIDENCE_PERMIT_FORMAT.message.zh}；该证件类型应以 ${expected} 开头`,
        en: `${identityIssues.RESIDENCE_PERMIT_FORMAT.message.en}; this certificate type starts with ${expected}`,
      };
    }
    return checkResult(normalized, [issue]);
  }
  const issues: IdentityIssue[] = [];
  if (gb11643CheckDigit(normalized.slice(0, 17)) !== normalized[17]) issues.push(identityIssue('RESIDENCE_PERMIT_CHECK_DIGIT'));
  const dateIssues = birthDateIssues(normalized.slice(6, 14), options.today);
  issues.push(...dateIssues);
  const result: DatedIdentityCheck = checkResult(normalized, issues);
  if (dateIssues.length === 0) result.birthDate = isoFromCompact(normalized.slice(6, 14));
  return result;
}
