import { z } from 'zod';
import { certificateType } from '../codes/certificate-types.js';
import { subjectNature } from '../codes/subject-natures.js';
import { checkDomainName } from '../identity/domain-name.js';
import { parseFilingNumber, type ParsedFilingNumber } from '../numbers/parse-filing-number.js';
import type { RegionLookup } from '../regions/index.js';

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : undefined));
const code = z.coerce.number().int().min(1).max(999);

/**
 * One line of an import: an existing filed subject (its number, identity and main responsible person) and, optionally,
 * one website filed under it with its service number and domain. The same subject may appear on several lines, once
 * per website. CSV columns and NDJSON keys carry the same names.
 */
export const filingImportRow = z.object({
  subjectNumber: text(100),
  subjectName: text(100),
  subjectNature: code,
  certificateType: code,
  certificateNumber: text(64),
  mainPersonName: text(50),
  mainPersonCertificateType: code,
  mainPersonCertificateNumber: text(64),
  mainPersonMobile: text(32),
  mainPersonEmail: text(128),
  websiteNumber: optionalText(100),
  websiteName: optionalText(100),
  domain: optionalText(253),
  /** The access provider hosting the website (a party id), which may then file for the subject. */
  providerId: optionalText(64),
});

export type FilingImportRowInput = z.infer<typeof filingImportRow>;

export interface FilingImportRow extends FilingImportRowInput {
  subject: ParsedFilingNumber;
  website: (ParsedFilingNumber & { name: string; domain: string }) | undefined;
}

export interface ImportRowProblem {
  code: 'IMPORT_ROW_INVALID';
  path: string;
  reason: string;
}

/** Reads and checks one line (pure: the registry checks come later). Returns the row, or what is wrong with it. */
export function readFilingImportRow(input: unknown, regions: RegionLookup): { row: FilingImportRow } | { problem: ImportRowProblem } {
  const parsed = filingImportRow.safeParse(input);
  const problem = (path: string, reason: string) => ({ problem: { code: 'IMPORT_ROW_INVALID' as const, path, reason } });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return problem(issue.path.join('.'), issue.message);
  }
  const row = parsed.data;
  const subject = parseFilingNumber(row.subjectNumber, regions);
  if (!subject.valid) return problem('subjectNumber', subject.reason.en);
  if (subject.number.kind !== 'subject') return problem('subjectNumber', 'a subject number has no service suffix (-1, -2A …)');
  if (!subjectNature(row.subjectNature)) return problem('subjectNature', 'unknown subject nature code');
  if (!certificateType(row.certificateType)) return problem('certificateType', 'unknown certificate type code');
  if (!certificateType(row.mainPersonCertificateType)?.person) return problem('mainPersonCertificateType', 'not a personal certificate type code');
  let website: FilingImportRow['website'];
  if (row.websiteNumber || row.websiteName || row.domain) {
    if (!row.websiteNumber) return problem('websiteNumber', 'a website needs its number');
    if (!row.websiteName) return problem('websiteName', 'a website needs its name');
    if (!row.domain) return problem('domain', 'a website needs its domain');
    const number = parseFilingNumber(row.websiteNumber, regions);
    if (!number.valid) return problem('websiteNumber', number.reason.en);
    if (number.number.kind !== 'service' || number.number.serviceType !== 'website') return problem('websiteNumber', 'not a website number (subject number, then -index without a letter)');
    if (number.number.subjectNumber !== subject.number.subjectNumber) return problem('websiteNumber', 'the website number is not under the subject number');
    const domain = checkDomainName(row.domain);
    if (!domain.valid) return problem('domain', 'not a usable domain name');
    website = { ...number.number, name: row.websiteName, domain: domain.ascii };
  }
  return { row: { ...row, subject: subject.number, website } };
}

/** A line of the file that could not be read as a row at all (not JSON, say): refused with the reason. */
export class UnreadableLine {
  constructor(readonly reason: string) {}
}

/**
 * Not a row: the reader has handed out every row it holds and waits for the caller's next bytes. A consumer that
 * batches rows may act on what it has meanwhile (answer it); it takes no row number.
 */
export class InputWaits {}
