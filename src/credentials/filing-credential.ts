import { SignJWT } from 'jose';
import { shanghaiDateOf } from '../domain/calendar/index.js';
import type { CredentialFacts } from '../store/credential-facts.js';
import type { SigningKey } from './signing-keyring.js';

/** The JWS `typ` of a filing credential; verifiers insist on it so no other token of ours passes for one. */
export const credentialType = 'beian-filing+jwt';

/**
 * What a filing credential states, under the `filing` claim: the published facts, with the approval as a Shanghai
 * date and the filing's public page. No certificate numbers, phones or e-mails.
 */
export type FilingClaim = Omit<CredentialFacts, 'approvedAt'> & {
  approvalDate: string;
  /** The filing's public page. */
  page: string;
};

/** A signing certificate's MD5 as filed (any case, with or without separators) in one canonical form. */
export function canonicalMd5(value: string | null): string | null {
  if (value === null) return null;
  const hex = value.replace(/[\s:-]/g, '').toLowerCase();
  return /^[0-9a-f]{32}$/.test(hex) ? hex : value;
}

export function filingClaim(facts: CredentialFacts, publicUrl: string): FilingClaim {
  return {
    number: facts.number,
    kind: facts.kind,
    status: facts.status,
    accessLimited: facts.accessLimited,
    shell: facts.shell,
    subjectName: facts.subjectName,
    serviceName: facts.serviceName,
    serviceType: facts.serviceType,
    approvalDate: shanghaiDateOf(facts.approvedAt),
    packages: facts.packages.map((p) => ({ platform: p.platform, packageName: p.packageName, signatureMd5: canonicalMd5(p.signatureMd5) })),
    page: `${publicUrl.replace(/\/+$/, '')}/filings/${encodeURIComponent(facts.number)}`,
  };
}

/**
 * A compact JWS (EdDSA over Ed25519) stating the filing's published facts as of `now`, valid for `validSeconds`:
 * `iss` the deployment's public URL, `sub` the number, `iat`, `exp`, and the `filing` claim.
 */
export async function signFilingCredential(
  facts: CredentialFacts,
  options: { key: SigningKey; issuer: string; now: Date; validSeconds: number },
): Promise<{ jws: string; expiresAt: Date }> {
  const iat = Math.floor(options.now.getTime() / 1000);
  const exp = iat + options.validSeconds;
  const jws = await new SignJWT({ filing: filingClaim(facts, options.issuer) })
    .setProtectedHeader({ alg: 'EdDSA', kid: options.key.kid, typ: credentialType })
    .setIssuer(options.issuer)
    .setSubject(facts.number)
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .sign(options.key.key);
  return { jws, expiresAt: new Date(exp * 1000) };
}
