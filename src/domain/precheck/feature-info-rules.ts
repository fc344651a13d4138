import { checkAndroidPackageName, checkHarmonyBundleName, checkIosBundleId } from '../identity/app-identifiers.js';
import type { ServiceForm } from '../form/index.js';
import { defineRules, findingsOf, fieldPath, type Finding } from './finding.js';
import { identityFindings } from './identity-rules.js';
import type { RuleInput } from './rule-input.js';

const featurePath = 'services[].featureInfo[]';

export const featureInfoRules = defineRules({
  FEATURE_INFO_MISSING: {
    severity: 'error',
    path: 'services[].featureInfo',
    message: { zh: 'APP需填写至少一个平台的特征信息（包名、公钥、签名值）', en: 'An APP lists feature info (package name, public key, signature) for at least one platform' },
    fix: { zh: '为每个上架平台添加一条特征信息', en: 'Add one feature-info entry per platform the APP is released on' },
  },
  FEATURE_INFO_PLATFORM_DUPLICATE: {
    severity: 'error',
    path: `${featurePath}.platform`,
    message: { zh: '同一平台填写了多条特征信息', en: 'The same platform is listed twice' },
    fix: { zh: '每个平台只保留一条特征信息', en: 'Keep one entry per platform' },
  },
  SIGNATURE_MISSING: {
    severity: 'error',
    path: `${featurePath}.signatureMd5`,
    message: { zh: '未填写签名值（安卓/鸿蒙为证书MD5，iOS为证书SHA-1）', en: 'The signature digest is missing (Android/HarmonyOS: certificate MD5; iOS: certificate SHA-1)' },
    fix: { zh: '用 beian app-info 读取安装包，或从签名证书中计算', en: 'Read it from the package with beian app-info, or compute it from the signing certificate' },
  },
  SIGNATURE_MD5_FORMAT: {
    severity: 'error',
    path: `${featurePath}.signatureMd5`,
    message: { zh: '安卓/鸿蒙签名MD5应为32位十六进制数', en: 'An Android/HarmonyOS signature MD5 has 32 hexadecimal digits' },
    fix: { zh: '填写签名证书（DER）的MD5值，可带冒号或空格分隔；不要填写SHA-1或SHA-256', en: 'Enter the MD5 of the signing certificate (DER), colons or spaces allowed; not the SHA-1 or SHA-256' },
  },
  IOS_SIGNATURE_SHA1_FORMAT: {
    severity: 'error',
    path: `${featurePath}.signatureMd5`,
    message: { zh: 'iOS签名值应为发布证书的SHA-1，40位十六进制数', en: 'The iOS signature is the SHA-1 of the distribution certificate: 40 hexadecimal digits' },
    fix: { zh: '从 App Store 发布证书中取 SHA-1 指纹', en: 'Take the SHA-1 fingerprint of the App Store distribution certificate' },
  },
  IOS_SIGNATURE_IS_MD5: {
    severity: 'warning',
    path: `${featurePath}.signatureMd5`,
    message: { zh: 'iOS签名值填写的是32位MD5；多数接入商要求40位SHA-1，会被驳回', en: 'An MD5 (32 digits) was entered for iOS; most providers want the 40-digit SHA-1 and reject MD5' },
    fix: { zh: '改填发布证书的SHA-1指纹', en: 'Enter the SHA-1 fingerprint of the distribution certificate instead' },
  },
  PUBLIC_KEY_MISSING: {
    severity: 'error',
    path: `${featurePath}.publicKey`,
    message: { zh: '未填写公钥', en: 'The public key is missing' },
    fix: { zh: '填写签名证书的公钥（RSA 模数或证书公钥）', en: 'Enter the signing certificate\'s public key (RSA modulus or the certificate\'s key)' },
  },
  PLATFORM_APP_ID_MISSING: {
    severity: 'error',
    path: 'services[].platformAppId, services[].hostPlatformId',
    message: { zh: '小程序和快应用需填写所属平台及其AppID', en: 'Mini-programs and quick apps name their host platform and app id' },
    fix: { zh: '填写宿主平台和平台分配的AppID', en: 'Enter the host platform and the app id it assigned' },
  },
});

const find = findingsOf(featureInfoRules);

/** Hex digits of a digest as people paste them: colons, spaces and hyphens dropped, lower case. */
export function compactDigest(value: string): string {
  return value.replace(/[\s:-]/g, '').toLowerCase();
}

function serviceFeatureFindings(service: ServiceForm, i: number): Finding[] {
  const findings: Finding[] = [];
  if (service.type === 'mini_program' || service.type === 'quick_app') {
    if (!service.hostPlatformId || !service.platformAppId) findings.push(find('PLATFORM_APP_ID_MISSING', fieldPath('services', i, service.hostPlatformId ? 'platformAppId' : 'hostPlatformId')));
    return findings;
  }
  if (service.type !== 'app') return findings;
  if (service.featureInfo.length === 0) findings.push(find('FEATURE_INFO_MISSING', fieldPath('services', i, 'featureInfo')));
  const platforms = new Set<string>();
  service.featureInfo.forEach((info, k) => {
    const path = fieldPath('services', i, 'featureInfo', k);
    if (platforms.has(info.platform)) findings.push(find('FEATURE_INFO_PLATFORM_DUPLICATE', fieldPath(path, 'platform')));
    platforms.add(info.platform);
    const packagePath = fieldPath(path, 'packageName');
    if (info.platform === 'android') findings.push(...identityFindings(checkAndroidPackageName(info.packageName), packagePath));
    if (info.platform === 'ios') findings.push(...identityFindings(checkIosBundleId(info.packageName), packagePath));
    if (info.platform === 'harmonyos') findings.push(...identityFindings(checkHarmonyBundleName(info.packageName), packagePath));
    if (info.platform === 'other') return;
    if (!info.publicKey) findings.push(find('PUBLIC_KEY_MISSING', fieldPath(path, 'publicKey')));
    const signaturePath = fieldPath(path, 'signatureMd5');
    if (!info.signatureMd5) {
      findings.push(find('SIGNATURE_MISSING', signaturePath));
      return;
    }
    const digest = compactDigest(info.signatureMd5);
    const isMd5 = /^[0-9a-f]{32}$/.test(digest);
    const isSha1 = /^[0-9a-f]{40}$/.test(digest);
    if (info.platform === 'ios') {
      if (isMd5) findings.push(find('IOS_SIGNATURE_IS_MD5', signaturePath));
      else if (!isSha1) findings.push(find('IOS_SIGNATURE_SHA1_FORMAT', signaturePath));
    } else if (!(isMd5 || (info.platform === 'harmonyos' && isSha1))) {
      findings.push(find('SIGNATURE_MD5_FORMAT', signaturePath));
    }
  });
  return findings;
}

/** Package names, signatures and public keys of every APP; app ids of mini-programs and quick apps. */
export function featureInfoFindings(input: RuleInput): Finding[] {
  return input.body.services.flatMap((service, i) => serviceFeatureFindings(service, i));
}
