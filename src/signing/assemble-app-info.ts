import type { AppInfo, AppleProfile, AppWarning, Platform, RawSigner, SignerInfo, VerificationResult } from './app-info-types.js';
import { appWarnings, expiryWarnings } from './app-warnings.js';
import { describeCertificate, describePublicKey, parseCertificate } from './certificate/describe-certificate.js';

export interface ReadPackage {
  platform: Platform;
  packageName: string | undefined;
  appName: string | undefined;
  versionName: string | undefined;
  versionCode: string | undefined;
  signers: RawSigner[];
  /** The index in `signers` of the one whose values are filed. */
  filedSigner?: number;
  lineage?: Buffer[];
  profile?: AppleProfile;
  verification?: VerificationResult;
  warnings?: AppWarning[];
}

/** Describes the certificates, computes the filing values and the warnings that do not depend on the platform. */
export function assembleAppInfo(read: ReadPackage, now: Date): AppInfo {
  const signers: SignerInfo[] = read.signers.map((raw) => {
    const certificate = parseCertificate(raw.certificate, 'signer');
    const signer: SignerInfo = {
      schemes: raw.schemes,
      certificate: describeCertificate(certificate),
      publicKey: describePublicKey(certificate),
    };
    if (raw.chain && raw.chain.length > 0) signer.chain = raw.chain.map((der) => describeCertificate(parseCertificate(der, 'chain')));
    if (raw.minSdkVersion !== undefined) signer.minSdkVersion = raw.minSdkVersion;
    if (raw.maxSdkVersion !== undefined) signer.maxSdkVersion = raw.maxSdkVersion;
    return signer;
  });
  const lineage = (read.lineage ?? []).map((der) => describeCertificate(parseCertificate(der, 'lineage')));
  const filed = signers[read.filedSigner ?? 0];
  const warnings: AppWarning[] = [...(read.warnings ?? [])];
  if (signers.length === 0 && read.platform !== 'ios') warnings.unshift(appWarnings.unsigned());
  for (const signer of signers) {
    if (/(^|, )CN=Android Debug(,|$)/.test(signer.certificate.subject)) warnings.push(appWarnings.debugCertificate(signer.certificate.subject));
    warnings.push(...expiryWarnings(signer.certificate, now));
  }
  const profileEnds = read.profile?.expirationDate ? Date.parse(read.profile.expirationDate) : NaN;
  if (profileEnds < now.getTime()) warnings.push(appWarnings.appleProfileExpired(read.profile!.expirationDate!));
  if (read.verification && read.verification.problems.length > 0) warnings.push(appWarnings.verificationFailed(read.verification.problems));
  const info: AppInfo = {
    platform: read.platform,
    packageName: read.packageName ?? null,
    appName: read.appName ?? null,
    versionName: read.versionName ?? null,
    versionCode: read.versionCode ?? null,
    signers,
    lineage,
    filing: {
      packageName: read.packageName ?? null,
      publicKey: filed ? (filed.publicKey.rsaModulusHex ?? filed.publicKey.spkiBase64) : null,
      signatureMd5: filed ? (read.platform === 'ios' ? filed.certificate.sha1 : filed.certificate.md5) : null,
    },
    warnings,
  };
  if (read.profile) info.profile = read.profile;
  if (read.verification) info.verification = read.verification;
  return info;
}
