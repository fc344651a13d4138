import { z } from 'zod';
import { safeText } from '../form/safe-text.js';
import { normalizeSignatureDigest } from './signature-digest.js';

/** Platforms a check row may name; `harmony` is accepted for HarmonyOS. */
export const checkPlatforms = ['android', 'ios', 'harmonyos', 'harmony'] as const;

const text = (max: number) =>
  z.preprocess((value) => (value === '' || value === null ? undefined : value), safeText({ min: 1, max }).optional());

/** One row of a bulk check or distribution report, as sent (CSV columns or NDJSON fields). */
export const checkRowInput = z.object({
  platform: z.string().trim().toLowerCase().pipe(z.enum(checkPlatforms)),
  packageName: z
    .string()
    .trim()
    .min(1)
    .max(255)
    .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'a package name or bundle id: letters, digits, dots, hyphens and underscores'),
  signatureMd5: z.preprocess(
    (value) => (value === '' || value === null ? undefined : value),
    z
      .string()
      .max(128)
      .refine((value) => normalizeSignatureDigest(value) !== null, 'an MD5 (32 hex digits) or, for iOS, a SHA-1 (40), in any case, separators allowed')
      .optional(),
  ),
  appName: text(128),
  subjectName: text(256),
  number: text(64),
});

export interface CheckRow {
  platform: 'android' | 'ios' | 'harmonyos';
  packageName: string;
  signatureDigest?: string;
  appName?: string;
  subjectName?: string;
  number?: string;
}

export type CheckRowResult = { ok: true; row: CheckRow } | { ok: false; path: string; reason: string };

const platformNames: Readonly<Record<string, CheckRow['platform']>> = { android: 'android', ios: 'ios', harmonyos: 'harmonyos', harmony: 'harmonyos' };
const packagePattern = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/**
 * The common row read without the schema — a platform written as the schema leaves it, a package name, perhaps a
 * signature digest, and no names or number — giving what the schema would; undefined for any other row.
 */
function readPlainRow(value: Record<string, unknown>): CheckRow | undefined {
  const { platform, packageName, signatureMd5 } = value;
  if (value.appName !== undefined || value.subjectName !== undefined || value.number !== undefined) return undefined;
  if (typeof platform !== 'string' || !Object.hasOwn(platformNames, platform)) return undefined;
  if (typeof packageName !== 'string' || packageName.length > 255 || !packagePattern.test(packageName)) return undefined;
  if (signatureMd5 === undefined) return { platform: platformNames[platform]!, packageName };
  if (typeof signatureMd5 !== 'string' || signatureMd5.length > 128) return undefined;
  const signatureDigest = normalizeSignatureDigest(signatureMd5);
  return signatureDigest ? { platform: platformNames[platform]!, packageName, signatureDigest } : undefined;
}

/** Reads one row: the normalized row, or the first problem with its field path. */
export function readCheckRow(value: unknown): CheckRowResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, path: '', reason: 'not an object' };
  const plain = readPlainRow(value as Record<string, unknown>);
  return plain ? { ok: true, row: plain } : readCheckRowBySchema(value);
}

/** Reads one row with the schema (every field, every rule). */
export function readCheckRowBySchema(value: object): CheckRowResult {
  const parsed = checkRowInput.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, path: issue.path.join('.'), reason: issue.message };
  }
  const { platform, packageName, signatureMd5, appName, subjectName, number } = parsed.data;
  return {
    ok: true,
    row: {
      platform: platform === 'harmony' ? 'harmonyos' : platform,
      packageName,
      ...(signatureMd5 ? { signatureDigest: normalizeSignatureDigest(signatureMd5)! } : {}),
      ...(appName ? { appName } : {}),
      ...(subjectName ? { subjectName } : {}),
      ...(number ? { number } : {}),
    },
  };
}
