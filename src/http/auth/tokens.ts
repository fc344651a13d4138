import { createHash, randomBytes } from 'node:crypto';

/** A fresh secret token (session or API key) and the hash stored in its place. */
export function newToken(prefix: string): { token: string; hash: string } {
  const token = `${prefix}${randomBytes(32).toString('base64url')}`;
  return { token, hash: tokenHash(token) };
}

/** Tokens carry 256 random bits, so a plain SHA-256 is enough to store them safely. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export const SESSION_COOKIE = 'beian_session';
export const API_KEY_PREFIX = 'bk_';
