/**
 * A signature digest as registries compare it: lower-case hex without separators (colons, spaces, hyphens). An MD5
 * has 32 digits; an iOS filing's SHA-1 has 40. Anything else is not a digest (null).
 */
export function normalizeSignatureDigest(text: string): string | null {
  const digits = text.toLowerCase().replace(/[\s:-]/g, '');
  return /^[0-9a-f]{32}([0-9a-f]{8})?$/.test(digits) ? digits : null;
}
