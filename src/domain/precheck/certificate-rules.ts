import { addMonths } from '../identity/calendar-date.js';
import type { CertificateForm } from '../form/index.js';
import { defineRules, findingsOf, fieldPath, type Finding } from './finding.js';
import { checkCertificateNumber, identityFindings } from './identity-rules.js';

const certificatePath = 'subject.certificate, subject.mainPerson.certificate, services[].responsiblePerson.certificate';

export const certificateRules = defineRules({
  CERTIFICATE_VALIDITY_TOO_SHORT: {
    severity: 'error',
    path: certificatePath.replace(/certificate/g, 'certificate.validTo'),
    message: { zh: '证件有效期不足3个月或已过期', en: 'The certificate expires within 3 months or has expired' },
    fix: { zh: '换领新证件后，以新证件信息提交', en: 'Renew the certificate and file with the new one' },
  },
  CERTIFICATE_VALIDITY_MISSING: {
    severity: 'error',
    path: 'subject.mainPerson.certificate.validTo, services[].responsiblePerson.certificate.validTo',
    message: { zh: '未填写负责人证件有效期', en: 'The validity of the responsible person\'s certificate is missing' },
    fix: { zh: '按证件填写有效期截止日期；长期有效的证件选择“长期”', en: 'Enter the expiry date from the certificate, or "long_term" for a certificate without one' },
  },
  CERTIFICATE_NOT_YET_VALID: {
    severity: 'error',
    path: certificatePath.replace(/certificate/g, 'certificate.validFrom'),
    message: { zh: '证件有效期起始日期晚于今天，或晚于截止日期', en: 'The certificate\'s validity starts after today or after it ends' },
    fix: { zh: '核对证件上的有效期起止日期', en: 'Check the validity dates printed on the certificate' },
  },
});

const find = findingsOf(certificateRules);

/** Number format and validity of one certificate; `person` certificates must state their validity. */
export function certificateFindings(certificate: CertificateForm, path: string, today: string, person: boolean): Finding[] {
  const findings: Finding[] = [];
  const check = checkCertificateNumber(certificate.type, certificate.number, today);
  if (check) findings.push(...identityFindings(check, fieldPath(path, 'number')));
  const { validFrom, validTo } = certificate;
  if (validTo === undefined) {
    if (person) findings.push(find('CERTIFICATE_VALIDITY_MISSING', fieldPath(path, 'validTo')));
  } else if (validTo !== 'long_term' && validTo <= addMonths(today, 3)) {
    findings.push(find('CERTIFICATE_VALIDITY_TOO_SHORT', fieldPath(path, 'validTo')));
  }
  if (validFrom !== undefined && (validFrom > today || (validTo !== undefined && validTo !== 'long_term' && validFrom > validTo))) {
    findings.push(find('CERTIFICATE_NOT_YET_VALID', fieldPath(path, 'validFrom')));
  }
  return findings;
}
