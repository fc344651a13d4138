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

/** Reads one row: the normalized row, or the first problem with its field path. */
export function readCheckRow(value: unknown): CheckRowResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, path: '', reason: 'not an object' };
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
