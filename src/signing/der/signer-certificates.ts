import type { X509Certificate } from 'node:crypto';
import { parseCertificate } from '../certificate/describe-certificate.js';
import type { SignedDataParts } from './cms-signed-data.js';

const MAX_CERTIFICATES = 32;

function serialOf(certificate: X509Certificate): string {
  return certificate.serialNumber.toLowerCase().replace(/^(00)+(?=.)/, '');
}

/**
 * The signing certificates of a SignedData, each with the rest of its chain found in the same bag (leaf first).
 * Signers are matched by serial number; without a match, the certificates that issued no other one are the leaves.
 */
export function signerCertificates(parts: SignedDataParts, what: string): Array<{ leaf: Buffer; chain: Buffer[] }> {
  // Chains are matched pairwise; a bag of hundreds of look-alike certificates must not turn that into minutes.
  const parsed = parts.certificates.slice(0, MAX_CERTIFICATES).map((der) => ({ der, certificate: parseCertificate(der, what) }));
  let leaves = parsed.filter(({ certificate }) => parts.signerSerials.includes(serialOf(certificate)));
  if (leaves.length === 0) {
    leaves = parsed.filter(({ certificate }) => !parsed.some((other) => other.certificate !== certificate && issued(certificate, other.certificate)));
  }
  return leaves.map(({ der, certificate }) => {
    const chain: Buffer[] = [];
    let current = certificate;
    for (let depth = 0; depth < 8; depth++) {
      const parent = parsed.find((p) => p.certificate !== current && !chain.includes(p.der) && p.der !== der && issued(p.certificate, current));
      if (!parent) break;
      chain.push(parent.der);
      current = parent.certificate;
    }
    return { leaf: der, chain };
  });
}

/** True when `issuer` issued `subject` (names match and the signature checks). */
function issued(issuer: X509Certificate, subject: X509Certificate): boolean {
  try {
    return subject.checkIssued(issuer) && subject.verify(issuer.publicKey);
  } catch {
    return false;
  }
}
