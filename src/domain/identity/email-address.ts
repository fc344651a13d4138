import { checkDomainName } from './domain-name.js';
import type { IdentityCheck } from './identity-issue.js';
import { checkResult } from './identity-issue.js';
import { identityIssue } from './identity-issues.js';

const localPart = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;

/**
 * E-mail address: a dot-atom local part (≤ 64 characters, no quoted forms) and a domain that passes the domain-name
 * syntax check (IDNs allowed, any number of levels). `normalized` lower-cases the domain only.
 */
export function checkEmailAddress(value: string): IdentityCheck {
  const text = value.trim();
  const at = text.lastIndexOf('@');
  const local = at > 0 ? text.slice(0, at) : '';
  const domain = at > 0 ? checkDomainName(text.slice(at + 1)) : undefined;
  const domainOk = domain !== undefined && domain.ascii !== '' && !domain.issues.some((i) => i.code !== 'DOMAIN_TOO_MANY_LEVELS');
  if (!localPart.test(local) || local.length > 64 || !domainOk || text.length > 254) {
    return checkResult(text, [identityIssue('EMAIL_FORMAT')]);
  }
  return checkResult(`${local}@${domain.ascii}`, []);
}
