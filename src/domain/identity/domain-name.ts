import { domainToASCII, domainToUnicode } from 'node:url';
import type { IdentityCheck, IdentityIssue } from './identity-issue.js';
import { checkResult } from './identity-issue.js';
import { identityIssue } from './identity-issues.js';

export interface DomainNameCheck extends IdentityCheck {
  /** The A-label form (punycode for IDNs), lower case, without a trailing dot; empty when unusable. */
  ascii: string;
  /** The U-label form, for display. */
  unicode: string;
  /** The last label in A-label form. */
  tld: string;
  /** Number of labels: example.com is 2, a.b.example.com is 4. */
  levels: number;
}

/** Filed APP domains go down to the fourth level at most (domain.md §6.18). */
export const maxDomainLevels = 4;

const label = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * A domain name as filed: internationalised names are converted with IDNA (node:url domainToASCII); every label is
 * letters/digits/hyphens (1–63, no edge hyphen), at least two labels, at most 253 characters, an alphabetic or
 * punycode TLD, and no more than four levels. URLs and wildcards are told apart so the fix can say what to remove.
 */
export function checkDomainName(value: string): DomainNameCheck {
  const text = value.trim();
  const fail = (issue: IdentityIssue): DomainNameCheck => ({ ...checkResult(text, [issue]), ascii: '', unicode: '', tld: '', levels: 0 });
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text) || /[/?#]/.test(text) || /:\d*$/.test(text)) return fail(identityIssue('DOMAIN_IS_URL'));
  if (text.includes('*')) return fail(identityIssue('DOMAIN_WILDCARD'));
  const withoutDot = text.replace(/[.。．｡]$/, '');
  const ascii = withoutDot === '' || /\s/.test(withoutDot) ? '' : domainToASCII(withoutDot);
  const labels = ascii.split('.');
  const tld = labels[labels.length - 1] ?? '';
  const syntaxOk =
    ascii !== '' &&
    ascii.length <= 253 &&
    labels.length >= 2 &&
    labels.every((l) => label.test(l)) &&
    (/^[a-z]{2,63}$/.test(tld) || /^xn--[a-z0-9-]+$/.test(tld));
  if (!syntaxOk) return fail(identityIssue('DOMAIN_FORMAT'));
  const issues = labels.length > maxDomainLevels ? [identityIssue('DOMAIN_TOO_MANY_LEVELS')] : [];
  return { ...checkResult(ascii, issues), ascii, unicode: domainToUnicode(ascii), tld, levels: labels.length };
}
