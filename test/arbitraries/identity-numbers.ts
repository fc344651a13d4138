import fc from 'fast-check';
import { prefectureCodes } from '../../src/domain/codes/regions.js';
import { gb11643CheckDigit } from '../../src/domain/identity/gb11643-check-digit.js';
import { organizationCodeCheckCharacter, usccCheckCharacter } from '../../src/domain/identity/uscc.js';

/** Pinned "today" for generated documents. */
export const today = '2026-03-15';

const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });

/** A birth date between 1900-01-01 and `today`, as YYYYMMDD. */
export const birthDateCompact = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date(`${today}T00:00:00Z`), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10).replace(/-/g, ''));

const withCheckDigit = (first17: string) => first17 + gb11643CheckDigit(first17);

export const residentId = fc
  .tuple(fc.constantFrom(...prefectureCodes()), digits(2), birthDateCompact, digits(3))
  .map(([prefecture, county, birth, sequence]) => withCheckDigit(prefecture + county + birth + sequence));

export const residencePermit = fc
  .tuple(fc.constantFrom('810000', '820000', '830000'), birthDateCompact, digits(3))
  .map(([prefix, birth, sequence]) => withCheckDigit(prefix + birth + sequence));

export const foreignPermanentId2023 = fc
  .tuple(fc.constantFrom('11', '31', '44', '51'), digits(3), birthDateCompact, digits(3))
  .map(([province, nationality, birth, sequence]) => withCheckDigit('9' + province + nationality + birth + sequence));

const organizationChar = fc.constantFrom(...'0123456789ABCDEFGHJKLMNPQRTUWY');

export const uscc = fc
  .tuple(fc.constantFrom('1', '5', '9', 'Y'), fc.constantFrom('1', '2', '3'), digits(6), fc.array(organizationChar, { minLength: 8, maxLength: 8 }))
  .map(([authority, category, region, org]) => {
    const organization = org.join('') + organizationCodeCheckCharacter(org.join(''));
    const first17 = authority + category + region + organization;
    return first17 + usccCheckCharacter(first17);
  });

/** A unified social credit code whose organisation code was assigned under GB 32100 (starts with MA). */
export const usccAssignedMa = fc
  .tuple(fc.constantFrom('1', '5', '9', 'Y'), fc.constantFrom('1', '2', '3'), digits(6), fc.array(organizationChar, { minLength: 6, maxLength: 6 }))
  .map(([authority, category, region, org]) => {
    const code8 = `MA${org.join('')}`;
    const first17 = authority + category + region + code8 + organizationCodeCheckCharacter(code8);
    return first17 + usccCheckCharacter(first17);
  });

/** Replaces the character at `index` of `text` with a different one drawn from `alphabet`. */
export function mutateAt(text: string, index: number, alphabet: string, pick: number): string {
  const choices = [...alphabet].filter((c) => c !== text[index]);
  return text.slice(0, index) + choices[pick % choices.length] + text.slice(index + 1);
}
