import { createLocalJWKSet, decodeProtectedHeader, errors, jwtVerify, type JSONWebKeySet } from 'jose';
import { credentialType, type FilingClaim } from './filing-credential.js';

export type VerifyOutcome =
  | { outcome: 'valid'; kid: string; issuer: string; issuedAt: Date; expiresAt: Date; filing: FilingClaim }
  | { outcome: 'invalid'; reason: string }
  | { outcome: 'unusable'; reason: string };

/** A JWK Set from its JSON text, or a reason it cannot be used. */
export function parseJwks(text: string): { jwks: JSONWebKeySet } | { reason: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { reason: 'the key set is not JSON' };
  }
  const keys = (parsed as { keys?: unknown } | null)?.keys;
  if (!Array.isArray(keys) || keys.length === 0) return { reason: 'the key set has no "keys"' };
  return { jwks: parsed as JSONWebKeySet };
}

/**
 * Checks a filing credential offline against a key set: the signature (EdDSA only), the `typ`, the expiry at `now`,
 * and, when given, the issuer. Text that is not a compact JWS at all is unusable rather than invalid.
 */
export async function verifyFilingCredential(token: string, jwks: JSONWebKeySet, options: { now: Date; issuer?: string }): Promise<VerifyOutcome> {
  const compact = token.trim();
  let kid: string | undefined;
  try {
    if (!/^[\w-]+\.[\w-]+\.[\w-]+$/.test(compact)) throw new Error('not compact');
    kid = decodeProtectedHeader(compact).kid;
  } catch {
    return { outcome: 'unusable', reason: 'the file does not hold a compact JWS' };
  }
  let keySet: ReturnType<typeof createLocalJWKSet>;
  try {
    keySet = createLocalJWKSet(jwks);
  } catch {
    return { outcome: 'unusable', reason: 'the key set is not a valid JWK Set' };
  }
  try {
    const { payload } = await jwtVerify(compact, keySet, {
      algorithms: ['EdDSA'],
      typ: credentialType,
      currentDate: options.now,
      ...(options.issuer ? { issuer: options.issuer.replace(/\/+$/, '') } : {}),
      requiredClaims: ['iss', 'sub', 'iat', 'exp'],
    });
    const filing = payload.filing as FilingClaim | undefined;
    if (!filing || typeof filing !== 'object' || filing.number !== payload.sub) return { outcome: 'invalid', reason: 'the credential does not state a filing' };
    return {
      outcome: 'valid',
      kid: kid ?? '',
      issuer: String(payload.iss),
      issuedAt: new Date(payload.iat! * 1000),
      expiresAt: new Date(payload.exp! * 1000),
      filing,
    };
  } catch (error) {
    if (error instanceof errors.JWTExpired) return { outcome: 'invalid', reason: `expired at ${new Date(Number(error.payload.exp) * 1000).toISOString()}` };
    if (error instanceof errors.JWKSNoMatchingKey) return { outcome: 'invalid', reason: `no key in the key set matches the credential's key id ${kid ?? '(none)'}` };
    if (error instanceof errors.JWSSignatureVerificationFailed) return { outcome: 'invalid', reason: 'the signature does not verify: the credential was altered or signed by another key' };
    if (error instanceof errors.JWTClaimValidationFailed) return { outcome: 'invalid', reason: `claim "${error.claim}" fails: ${error.reason}` };
    if (error instanceof errors.JOSEAlgNotAllowed) return { outcome: 'invalid', reason: 'the credential is not signed with EdDSA' };
    if (error instanceof errors.JOSEError) return { outcome: 'invalid', reason: error.code };
    throw error;
  }
}
