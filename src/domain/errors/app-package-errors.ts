import { defineErrors } from './define-errors.js';

/** Unusable app packages (APK, IPA, HAP, HarmonyOS .app): the input cannot be read as the package it claims to be. */
export const appPackageErrors = defineErrors({
  APP_PACKAGE_NOT_FOUND: { status: 400, zh: '找不到应用安装包文件', en: 'The app package file does not exist' },
  APP_PACKAGE_NOT_ZIP: {
    status: 422,
    zh: '文件不是 ZIP 格式的应用安装包（APK、IPA、HAP 或 APP）',
    en: 'The file is not a ZIP-based app package (APK, IPA, HAP or APP)',
  },
  APP_PACKAGE_TRUNCATED: { status: 422, zh: '应用安装包不完整（文件被截断）', en: 'The app package is truncated' },
  APP_PACKAGE_CORRUPT: {
    status: 422,
    zh: '应用安装包结构损坏（目录或签名块的长度、偏移不一致）',
    en: 'The app package is corrupt (sizes or offsets in its directory or signing block do not agree)',
  },
  APP_PACKAGE_ENCRYPTED: { status: 422, zh: '应用安装包中的文件已加密，无法读取', en: 'The app package has encrypted entries' },
  APP_PACKAGE_BOMB: {
    status: 422,
    zh: '应用安装包的压缩比或条目数量异常（疑似压缩炸弹）',
    en: 'The app package expands beyond safe limits (suspected zip bomb)',
  },
  APP_PACKAGE_UNSUPPORTED: {
    status: 422,
    zh: '无法识别的安装包：未找到 AndroidManifest.xml、Payload/*.app/Info.plist、module.json 或 pack.info',
    en: 'Unrecognised package: no AndroidManifest.xml, Payload/*.app/Info.plist, module.json or pack.info',
  },
  APP_PACKAGE_UPLOAD_MISSING: {
    status: 400,
    zh: '请求中没有安装包文件',
    en: 'The request carries no package file',
  },
});
