import { certificateType } from '../codes/certificate-types.js';

/**
 * The key that makes one subject one filing (一主体一次): the certificate number, normalised, in the namespace of
 * the kind of number it is — not the certificate type it was filed under.
 *
 * - Organisations: every organisation document shares one namespace. Since the 2015 reform (GB 32100) an
 *   organisation's number is its unified social credit code whatever the document carries it — business licence (1),
 *   the USCC certificates (13, 15, 24, 49), and the registration certificates of public institutions, social
 *   organisations, private non-enterprise units, foundations, law firms, religious venues, representative offices and
 *   the others, which print the same code. So one USCC is one subject under any organisation type; older organisation
 *   code certificates (3, 9, 10, 12, 16, 18, 20) keep their own 9-character numbers in the same namespace.
 * - Persons: resident identity cards (2), the residence permits of Hong Kong, Macau and Taiwan residents (41, 42) and
 *   the 2023 foreigner's permanent residence card (30) draw from one GB 11643 number space; passports (7) and the two
 *   travel permits (11, 14) are numbered apart.
 */
export type SubjectKeySpace = 'ORG' | 'ID' | 'PASSPORT' | 'TW' | 'HKMO';

const personSpaces: Record<number, SubjectKeySpace> = { 2: 'ID', 30: 'ID', 41: 'ID', 42: 'ID', 7: 'PASSPORT', 11: 'TW', 14: 'HKMO' };

/** A certificate number as compared: full-width forms folded (NFKC), white space removed, upper case. */
export function normalizeCertificateNumber(number: string): string {
  return number.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

export function subjectKeySpace(certificateTypeCode: number): SubjectKeySpace {
  const type = certificateType(certificateTypeCode);
  if (type?.person) return personSpaces[certificateTypeCode] ?? 'ID';
  return 'ORG';
}

/** `ORG:91110108MA01ABCD1X`, `ID:110101199003071234` — the subjects table's unique certificate_key. */
export function subjectKey(certificateTypeCode: number, number: string): string {
  return `${subjectKeySpace(certificateTypeCode)}:${normalizeCertificateNumber(number)}`;
}
