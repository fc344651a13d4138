import { certificateType } from '../codes/certificate-types.js';
import { checkForeignPermanentId } from '../identity/foreign-permanent-id.js';
import type { DatedIdentityCheck, IdentityCheck } from '../identity/identity-issue.js';
import { identityIssues, type IdentityIssueCode } from '../identity/identity-issues.js';
import { checkResidencePermit } from '../identity/residence-permit.js';
import { checkResidentId } from '../identity/resident-id.js';
import { checkHkMacauPermit, checkPassport, checkTaiwanPermit } from '../identity/travel-permits.js';
import { checkUscc } from '../identity/uscc.js';
import type { Finding, RuleDefinition } from './finding.js';

const certificateNumberPath = 'subject.certificate.number, subject.mainPerson.certificate.number, services[].responsiblePerson.certificate.number';

/** Where each validator issue can appear in an application body. */
const identityPaths: Record<IdentityIssueCode, string> = {
  RESIDENT_ID_FORMAT: certificateNumberPath,
  RESIDENT_ID_CHECK_DIGIT: certificateNumberPath,
  RESIDENT_ID_REGION_UNKNOWN: certificateNumberPath,
  BIRTH_DATE_INVALID: certificateNumberPath,
  BIRTH_DATE_IN_FUTURE: certificateNumberPath,
  USCC_FORMAT: 'subject.certificate.number',
  USCC_CHECK_CHARACTER: 'subject.certificate.number',
  USCC_CHECK_CHARACTER_GB32100: 'subject.certificate.number',
  USCC_PILOT_CHECK_CHARACTER: 'subject.certificate.number',
  HK_MACAU_PERMIT_FORMAT: certificateNumberPath,
  TAIWAN_PERMIT_FORMAT: certificateNumberPath,
  RESIDENCE_PERMIT_FORMAT: certificateNumberPath,
  RESIDENCE_PERMIT_CHECK_DIGIT: certificateNumberPath,
  FOREIGN_PERMANENT_ID_FORMAT: certificateNumberPath,
  FOREIGN_PERMANENT_ID_CHECK_DIGIT: certificateNumberPath,
  PROVINCE_CODE_UNKNOWN: certificateNumberPath,
  PASSPORT_FORMAT: certificateNumberPath,
  MOBILE_FORMAT: 'subject.mainPerson.mobile, services[].responsiblePerson.mobile',
  PHONE_FORMAT: '*.emergencyPhone, *.officePhone',
  EMAIL_FORMAT: 'subject.mainPerson.email, services[].responsiblePerson.email',
  DOMAIN_FORMAT: 'services[].domains[]',
  DOMAIN_IS_URL: 'services[].domains[]',
  DOMAIN_WILDCARD: 'services[].domains[]',
  DOMAIN_TOO_MANY_LEVELS: 'services[].domains[]',
  DOMAIN_TLD_NOT_FILABLE: 'services[].domains[]',
  IP_FORMAT: 'services[].access.ips[], access.ips[]',
  IP_RANGE_ORDER: 'services[].access.ips[], access.ips[]',
  IP_NOT_PUBLIC: 'services[].access.ips[], access.ips[]',
  ANDROID_PACKAGE_FORMAT: 'services[].featureInfo[].packageName',
  IOS_BUNDLE_ID_FORMAT: 'services[].featureInfo[].packageName',
  IOS_BUNDLE_ID_SINGLE_SEGMENT: 'services[].featureInfo[].packageName',
  HARMONY_BUNDLE_NAME_FORMAT: 'services[].featureInfo[].packageName',
};

/** Catalogue entries of the validator issues. */
export const identityRuleDefinitions: RuleDefinition[] = Object.entries(identityIssues).map(([code, d]) => ({
  code,
  severity: d.severity,
  path: identityPaths[code as IdentityIssueCode],
  message: d.message,
  fix: d.fix,
}));

/** The findings of one validator result at `path`. */
export function identityFindings(check: IdentityCheck, path: string): Finding[] {
  return check.issues.map((issue) => ({ code: issue.code, path, severity: issue.severity, message: issue.message, fix: issue.fix }));
}

/** Checks a certificate number by the format of its type; undefined when the type has no known format. */
export function checkCertificateNumber(type: number, number: string, today: string): DatedIdentityCheck | undefined {
  switch (certificateType(type)?.format) {
    case 'uscc':
      return checkUscc(number);
    case 'resident_id':
      return checkResidentId(number, { today });
    case 'passport':
      return checkPassport(number);
    case 'taiwan_permit':
      return checkTaiwanPermit(number);
    case 'hk_macau_permit':
      return checkHkMacauPermit(number);
    case 'foreign_permanent_id':
      return checkForeignPermanentId(number, { today });
    case 'residence_permit_hk_macau':
      return checkResidencePermit(number, { today, region: 'hong_kong_macau' });
    case 'residence_permit_taiwan':
      return checkResidencePermit(number, { today, region: 'taiwan' });
    default:
      return undefined;
  }
}
