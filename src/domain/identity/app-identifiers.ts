import type { IdentityCheck } from './identity-issue.js';
import { checkResult } from './identity-issue.js';
import { identityIssue } from './identity-issues.js';

/** Android package name (applicationId): two or more segments, each a Java identifier of ASCII letters, digits, _. */
export function checkAndroidPackageName(value: string): IdentityCheck {
  const text = value.trim();
  const ok = text.length <= 255 && /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)+$/.test(text);
  return checkResult(text, ok ? [] : [identityIssue('ANDROID_PACKAGE_FORMAT')]);
}

/** iOS bundle id (CFBundleIdentifier): letters, digits, hyphens and dots; reverse-DNS form expected. */
export function checkIosBundleId(value: string): IdentityCheck {
  const text = value.trim();
  if (text.length > 155 || !/^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*$/.test(text)) return checkResult(text, [identityIssue('IOS_BUNDLE_ID_FORMAT')]);
  return checkResult(text, text.includes('.') ? [] : [identityIssue('IOS_BUNDLE_ID_SINGLE_SEGMENT')]);
}

/** HarmonyOS bundleName (app.json5): 7–128 characters, starts with a letter, letters/digits/_ and dots, two segments or more. */
export function checkHarmonyBundleName(value: string): IdentityCheck {
  const text = value.trim();
  const ok = text.length >= 7 && text.length <= 128 && /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)+$/.test(text);
  return checkResult(text, ok ? [] : [identityIssue('HARMONY_BUNDLE_NAME_FORMAT')]);
}
