import type { AppWarning, CertificateInfo } from './app-info-types.js';

const DAY = 24 * 60 * 60 * 1000;
/** Certificates ending within this many days get a warning: a renewal means a filing change (变更). */
export const EXPIRY_NOTICE_DAYS = 90;

function warning(code: string, zh: string, en: string): AppWarning {
  return { code, message: { zh, en } };
}

export const appWarnings = {
  unsigned: () =>
    warning('UNSIGNED', '安装包未签名：没有可填报的公钥和签名 MD5', 'The package is not signed: there is no public key or signature MD5 to file'),
  debugCertificate: (subject: string) =>
    warning(
      'DEBUG_CERTIFICATE',
      `签名证书是调试证书（${subject}），正式发布包的签名会不同，请用正式签名的安装包备案`,
      `The signing certificate is a debug certificate (${subject}); release builds are signed differently, so file with a release-signed package`,
    ),
  expired: (certificate: CertificateInfo) =>
    warning(
      'CERTIFICATE_EXPIRED',
      `证书 ${certificate.subject} 已于 ${certificate.notAfter.slice(0, 10)} 过期`,
      `Certificate ${certificate.subject} expired on ${certificate.notAfter.slice(0, 10)}`,
    ),
  expiring: (certificate: CertificateInfo, days: number) =>
    warning(
      'CERTIFICATE_EXPIRING',
      `证书 ${certificate.subject} 将于 ${certificate.notAfter.slice(0, 10)} 过期（${days} 天后），换证后需办理备案变更`,
      `Certificate ${certificate.subject} expires on ${certificate.notAfter.slice(0, 10)} (in ${days} days); a new certificate means a filing change`,
    ),
  multipleSigners: (count: number) =>
    warning(
      'MULTIPLE_SIGNERS',
      `安装包有 ${count} 个签名者，备案信息取第一个；请确认应填写哪一个`,
      `The package has ${count} signers; the filing values use the first one, so check which one to file`,
    ),
  keyRotation: (oldSubject: string, oldMd5: string, newSubject: string, newMd5: string, scheme: string) =>
    warning(
      'KEY_ROTATION',
      `签名密钥已轮换：v1/v2 签名者为 ${oldSubject}（MD5 ${oldMd5}），${scheme} 签名者为 ${newSubject}（MD5 ${newMd5}）。Android 9 及以上版本校验 ${scheme} 签名者，备案信息取它；旧系统和 keytool 显示的是旧证书`,
      `The signing key was rotated: the v1/v2 signer is ${oldSubject} (MD5 ${oldMd5}), the ${scheme} signer is ${newSubject} (MD5 ${newMd5}). Android 9 and later verify the ${scheme} signer, so the filing values use it; older Android and keytool show the old certificate`,
    ),
  appleProfileNotDistribution: (type: string) =>
    warning(
      'APPLE_PROFILE_NOT_DISTRIBUTION',
      `描述文件类型是 ${type === 'development' ? '开发（development）' : '内部测试（ad hoc）'}，备案应使用 App Store 发布证书及其 SHA-1`,
      `The provisioning profile is ${type === 'development' ? 'a development' : 'an ad hoc'} profile; file the App Store distribution certificate and its SHA-1 instead`,
    ),
  appleProfileExpired: (date: string) =>
    warning(
      'APPLE_PROFILE_EXPIRED',
      `描述文件已于 ${date.slice(0, 10)} 过期`,
      `The provisioning profile expired on ${date.slice(0, 10)}`,
    ),
  harmonyDebugProfile: () =>
    warning(
      'HARMONY_DEBUG_PROFILE',
      '安装包使用调试（debug）描述文件签名，备案应使用发布证书签名的安装包',
      'The package is signed with a debug profile; file with a package signed by the release certificate',
    ),
  noAppleProfile: () =>
    warning(
      'APPLE_PROFILE_MISSING',
      '安装包中没有 embedded.mobileprovision，无法读取证书；请从开发者账号下载发布证书获取 SHA-1 和公钥',
      'The package has no embedded.mobileprovision, so no certificate can be read; take the SHA-1 and public key from the distribution certificate in the developer account',
    ),
  verificationFailed: (problems: string[]) =>
    warning('SIGNATURE_INVALID', `签名校验未通过：${problems.join('；')}`, `Signature verification failed: ${problems.join('; ')}`),
};

/** Expiry warnings for one certificate, relative to `now`. */
export function expiryWarnings(certificate: CertificateInfo, now: Date): AppWarning[] {
  const notAfter = Date.parse(certificate.notAfter);
  if (Number.isNaN(notAfter)) return [];
  if (notAfter < now.getTime()) return [appWarnings.expired(certificate)];
  const days = Math.floor((notAfter - now.getTime()) / DAY);
  return days < EXPIRY_NOTICE_DAYS ? [appWarnings.expiring(certificate, days)] : [];
}
