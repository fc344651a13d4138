import { createHash, X509Certificate } from 'node:crypto';
import type { CertificateInfo, PublicKeyInfo } from '../app-info-types.js';
import { packageFailure } from '../package-failure.js';

/** Certificates and keys are parsed by Node's crypto (OpenSSL); this only shapes what it reports. */
export function parseCertificate(der: Buffer, what: string): X509Certificate {
  try {
    return new X509Certificate(der);
  } catch {
    throw packageFailure('APP_PACKAGE_CORRUPT', `${what}: a certificate cannot be parsed`);
  }
}

function distinguishedName(multiline: string): string {
  return multiline.split('\n').filter(Boolean).reverse().join(', ');
}

function isoDate(text: string): string {
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? text : date.toISOString();
}

function digest(algorithm: string, bytes: Buffer): string {
  return createHash(algorithm).update(bytes).digest('hex');
}

export function describeCertificate(certificate: X509Certificate): CertificateInfo {
  return {
    subject: distinguishedName(certificate.subject),
    issuer: distinguishedName(certificate.issuer),
    serialNumber: certificate.serialNumber.toLowerCase().replace(/^(00)+(?=.)/, ''),
    notBefore: isoDate(certificate.validFrom),
    notAfter: isoDate(certificate.validTo),
    md5: digest('md5', certificate.raw),
    sha1: digest('sha1', certificate.raw),
    sha256: digest('sha256', certificate.raw),
  };
}

const CURVE_BITS: Record<string, number> = { prime256v1: 256, secp384r1: 384, secp521r1: 521, secp256k1: 256, sm2: 256 };
const ALGORITHM_NAMES: Record<string, string> = { rsa: 'RSA', 'rsa-pss': 'RSA', ec: 'EC', dsa: 'DSA', ed25519: 'Ed25519', ed448: 'Ed448' };

export function describePublicKey(certificate: X509Certificate): PublicKeyInfo {
  const key = certificate.publicKey;
  const type = key.asymmetricKeyType ?? 'unknown';
  const details = key.asymmetricKeyDetails ?? {};
  const spki = key.export({ type: 'spki', format: 'der' });
  const info: PublicKeyInfo = {
    algorithm: ALGORITHM_NAMES[type] ?? type.toUpperCase(),
    bits: details.modulusLength ?? (details.namedCurve ? CURVE_BITS[details.namedCurve] : undefined),
    spkiBase64: spki.toString('base64'),
  };
  if (details.namedCurve) info.curve = details.namedCurve;
  if (type === 'rsa' || type === 'rsa-pss') {
    const modulus = Buffer.from(key.export({ format: 'jwk' }).n ?? '', 'base64url');
    const hex = modulus.toString('hex').replace(/^(00)+(?=.)/, '').toUpperCase();
    info.rsaModulusHex = hex;
    info.rsaModulusDecimal = BigInt('0x' + hex).toString(10);
  }
  return info;
}
