import type { IdentityIssue, LocalizedText, Severity } from './identity-issue.js';

interface IssueDefinition {
  severity: Severity;
  message: LocalizedText;
  fix: LocalizedText;
}

function define<const T extends Record<string, IssueDefinition>>(definitions: T): T {
  return definitions;
}

/** Every issue the identity, contact, network and package-name validators report, with a message and a fix. */
export const identityIssues = define({
  RESIDENT_ID_FORMAT: {
    severity: 'error',
    message: { zh: '居民身份证号码应为18位：17位数字加1位校验码（数字或X）', en: 'A resident identity card number has 18 characters: 17 digits and a check character (digit or X)' },
    fix: { zh: '按证件原样填写18位号码；15位旧号码已停用，请使用第二代身份证号码', en: 'Enter the 18-character number as printed; retired 15-digit numbers are not accepted, use the second-generation card' },
  },
  RESIDENT_ID_CHECK_DIGIT: {
    severity: 'error',
    message: { zh: '居民身份证号码校验码不正确（GB 11643-1999）', en: 'The check character of the resident identity card number is wrong (GB 11643-1999)' },
    fix: { zh: '逐位核对证件号码，常见错误是数字抄错或顺序颠倒', en: 'Compare the number with the card digit by digit; most errors are a mistyped or swapped digit' },
  },
  RESIDENT_ID_REGION_UNKNOWN: {
    severity: 'warning',
    message: { zh: '证件号码前6位不是现行行政区划代码（可能是已撤销的旧代码）', en: 'The first 6 digits are not a current administrative division code (possibly a retired code)' },
    fix: { zh: '若证件号码与证件一致可忽略；否则请核对前6位', en: 'Ignore this if the number matches the card; otherwise check the first 6 digits' },
  },
  BIRTH_DATE_INVALID: {
    severity: 'error',
    message: { zh: '证件号码中的出生日期不是有效日期', en: 'The birth date inside the number is not a real date' },
    fix: { zh: '核对号码中表示出生日期的8位数字（年月日）', en: 'Check the 8 digits of the birth date (year, month, day) in the number' },
  },
  BIRTH_DATE_IN_FUTURE: {
    severity: 'error',
    message: { zh: '证件号码中的出生日期晚于今天', en: 'The birth date inside the number is in the future' },
    fix: { zh: '核对号码中表示出生日期的8位数字', en: 'Check the 8 digits of the birth date in the number' },
  },
  USCC_FORMAT: {
    severity: 'error',
    message: { zh: '统一社会信用代码应为18位，由数字和大写字母组成（不含 I、O、Z、S、V），第3–8位为数字', en: 'A unified social credit code has 18 digits and capital letters (no I, O, Z, S, V), characters 3–8 being digits' },
    fix: { zh: '按营业执照或登记证书原样填写18位代码', en: 'Enter the 18-character code as printed on the licence or registration certificate' },
  },
  USCC_CHECK_CHARACTER: {
    severity: 'error',
    message: { zh: '统一社会信用代码校验码不正确（GB 32100-2015），其中的组织机构代码也不成立', en: 'The check character of the unified social credit code is wrong (GB 32100-2015), and so is its embedded organisation code' },
    fix: { zh: '逐位核对代码，常见错误是 0/D、1/L、2/Z、5/S、8/B 混淆', en: 'Compare the code with the licence character by character; 0/D, 1/L, 2/Z, 5/S and 8/B are often confused' },
  },
  USCC_CHECK_CHARACTER_GB32100: {
    severity: 'error',
    message: { zh: '统一社会信用代码校验码不正确：组织机构代码以 MA 开头的代码按 GB 32100-2015 赋码，校验码必须符合该标准', en: 'The check character of the unified social credit code is wrong: codes whose organisation code starts with MA were assigned under GB 32100-2015 and always follow it' },
    fix: { zh: '逐位核对代码，常见错误是 0/D、1/L、2/Z、5/S、8/B 混淆', en: 'Compare the code with the licence character by character; 0/D, 1/L, 2/Z, 5/S and 8/B are often confused' },
  },
  USCC_PILOT_CHECK_CHARACTER: {
    severity: 'warning',
    message: { zh: '统一社会信用代码校验码与 GB 32100-2015 不符；试点时期发放的部分代码存在此情况', en: 'The check character does not follow GB 32100-2015; some codes issued during the pilot period do not' },
    fix: { zh: '若与证照上的代码完全一致可忽略，审核时可能要求补充证照扫描件', en: 'Ignore this if the code matches the licence exactly; reviewers may ask for the licence scan' },
  },
  HK_MACAU_PERMIT_FORMAT: {
    severity: 'error',
    message: { zh: '港澳居民来往内地通行证号码应为 H 或 M 加8位数字（旧证另有2位换证次数）', en: 'A Hong Kong/Macau residents\' mainland travel permit number is H or M and 8 digits (older permits add 2 digits)' },
    fix: { zh: '按通行证原样填写，首字母 H（香港）或 M（澳门）', en: 'Enter the number as printed, starting with H (Hong Kong) or M (Macau)' },
  },
  TAIWAN_PERMIT_FORMAT: {
    severity: 'error',
    message: { zh: '台湾居民来往大陆通行证号码应为8位数字（旧版本式证件为10位数字）', en: 'A Taiwan residents\' mainland travel permit number has 8 digits (older booklets: 10 digits)' },
    fix: { zh: '按通行证原样填写号码，不要包含签发次数', en: 'Enter the permit number as printed, without the issue count' },
  },
  RESIDENCE_PERMIT_FORMAT: {
    severity: 'error',
    message: { zh: '港澳台居民居住证号码应为18位，以 810000（香港）、820000（澳门）或 830000（台湾）开头', en: 'A residence permit number for Hong Kong, Macau or Taiwan residents has 18 characters starting with 810000, 820000 or 830000' },
    fix: { zh: '按居住证原样填写18位号码，并选择与之相符的证件类型', en: 'Enter the 18-character number as printed and pick the matching certificate type' },
  },
  RESIDENCE_PERMIT_CHECK_DIGIT: {
    severity: 'error',
    message: { zh: '居住证号码校验码不正确（GB 11643-1999）', en: 'The check character of the residence permit number is wrong (GB 11643-1999)' },
    fix: { zh: '逐位核对居住证号码', en: 'Compare the number with the permit digit by digit' },
  },
  FOREIGN_PERMANENT_ID_FORMAT: {
    severity: 'error',
    message: { zh: '外国人永久居留身份证号码应为15位（3位字母国籍代码加12位数字）或18位（2023版，以9开头）', en: 'A foreigner\'s permanent residence ID number has 15 characters (3-letter nationality code and 12 digits) or 18 (2023 card, starting with 9)' },
    fix: { zh: '按证件原样填写号码', en: 'Enter the number as printed on the card' },
  },
  FOREIGN_PERMANENT_ID_CHECK_DIGIT: {
    severity: 'error',
    message: { zh: '2023版外国人永久居留身份证号码校验码不正确', en: 'The check character of the 2023 permanent residence ID number is wrong' },
    fix: { zh: '逐位核对证件号码', en: 'Compare the number with the card digit by digit' },
  },
  PROVINCE_CODE_UNKNOWN: {
    severity: 'warning',
    message: { zh: '号码中的省级代码不是现行省级行政区划代码', en: 'The province code inside the number is not a current province code' },
    fix: { zh: '若与证件一致可忽略；否则请核对号码', en: 'Ignore this if the number matches the card; otherwise check it' },
  },
  PASSPORT_FORMAT: {
    severity: 'error',
    message: { zh: '护照号码应为5–17位字母和数字，且至少含1位数字', en: 'A passport number has 5–17 letters and digits, at least one of them a digit' },
    fix: { zh: '按护照资料页原样填写号码，不含空格', en: 'Enter the number from the passport data page, without spaces' },
  },
  MOBILE_FORMAT: {
    severity: 'error',
    message: { zh: '手机号码应为中国大陆11位手机号（可带 +86）', en: 'A mobile number is an 11-digit mainland China mobile number (optionally with +86)' },
    fix: { zh: '填写以1开头的11位手机号码，例如 13800138000', en: 'Enter the 11 digits starting with 1, e.g. 13800138000' },
  },
  PHONE_FORMAT: {
    severity: 'error',
    message: { zh: '固定电话应为区号加号码，例如 010-12345678 或 0755-1234567', en: 'A fixed-line number is an area code and a local number, e.g. 010-12345678 or 0755-1234567' },
    fix: { zh: '填写以0开头的区号（3或4位）和7–8位号码，分机号用“-”隔开', en: 'Enter the area code starting with 0 (3 or 4 digits) and 7–8 digits; separate an extension with "-"' },
  },
  EMAIL_FORMAT: {
    severity: 'error',
    message: { zh: '电子邮箱地址格式不正确', en: 'The e-mail address is not valid' },
    fix: { zh: '填写完整的邮箱地址，例如 name@example.com', en: 'Enter a complete address such as name@example.com' },
  },
  DOMAIN_FORMAT: {
    severity: 'error',
    message: { zh: '域名格式不正确', en: 'The domain name is not valid' },
    fix: { zh: '只填写域名本身（如 app.example.com），各级标签由字母、数字和连字符组成，中文域名可直接填写', en: 'Enter only the domain (e.g. app.example.com); labels consist of letters, digits and hyphens; Chinese domain names may be entered as such' },
  },
  DOMAIN_IS_URL: {
    severity: 'error',
    message: { zh: '填写的是网址而不是域名', en: 'This is a URL, not a domain name' },
    fix: { zh: '去掉协议（http://、https://）、路径和端口，只保留域名', en: 'Remove the scheme (http://, https://), the path and the port; keep only the domain' },
  },
  DOMAIN_WILDCARD: {
    severity: 'error',
    message: { zh: '不能备案泛域名（*）', en: 'Wildcard domains (*) cannot be filed' },
    fix: { zh: '逐一填写实际使用的域名', en: 'List each domain actually used' },
  },
  DOMAIN_TOO_MANY_LEVELS: {
    severity: 'error',
    message: { zh: 'APP使用的域名最多填写到四级域名', en: 'Domains used by an APP are filed up to the fourth level' },
    fix: { zh: '填写实际使用的不超过四级的域名（用到哪级备哪级）', en: 'Enter the domain actually used, at most four levels deep' },
  },
  DOMAIN_TLD_NOT_FILABLE: {
    severity: 'error',
    message: { zh: '该顶级域不在工业和信息化部批准、可用于备案的顶级域名单中', en: 'The top-level domain is not on the list of TLDs approved for filing in China' },
    fix: { zh: '改用已获批准的顶级域（如 .cn、.com、.net）下的域名', en: 'Use a domain under an approved TLD (e.g. .cn, .com, .net)' },
  },
  IP_FORMAT: {
    severity: 'error',
    message: { zh: 'IP地址格式不正确', en: 'The IP address is not valid' },
    fix: { zh: '填写一个IPv4/IPv6地址，或用“-”连接的起止地址段，或 CIDR（如 203.0.113.0/24）', en: 'Enter one IPv4/IPv6 address, a range "start-end", or CIDR (e.g. 203.0.113.0/24)' },
  },
  IP_RANGE_ORDER: {
    severity: 'error',
    message: { zh: 'IP地址段的起始地址大于结束地址，或两端协议版本不同', en: 'The range starts after it ends, or mixes IPv4 and IPv6' },
    fix: { zh: '按“起始地址-结束地址”填写同一协议版本的地址段', en: 'Write "start-end" with both ends of the same IP version' },
  },
  IP_NOT_PUBLIC: {
    severity: 'error',
    message: { zh: '内网、回环或保留地址不能作为备案IP', en: 'Private, loopback and reserved addresses cannot be filed' },
    fix: { zh: '填写服务器的公网IP地址', en: 'Enter the public IP addresses of the servers' },
  },
  ANDROID_PACKAGE_FORMAT: {
    severity: 'error',
    message: { zh: '安卓包名应至少两段，以“.”分隔，每段以字母开头，只含字母、数字和下划线', en: 'An Android package name has at least two dot-separated segments, each starting with a letter and containing letters, digits and underscores' },
    fix: { zh: '填写 AndroidManifest.xml 中的 package（applicationId），如 com.example.app', en: 'Enter the package (applicationId) from AndroidManifest.xml, e.g. com.example.app' },
  },
  IOS_BUNDLE_ID_FORMAT: {
    severity: 'error',
    message: { zh: 'iOS Bundle ID 只能含字母、数字、连字符和“.”，且不能有空段', en: 'An iOS bundle id contains letters, digits, hyphens and dots only, with no empty segment' },
    fix: { zh: '填写开发者后台 Identifiers 中的 Bundle ID，如 com.example.app', en: 'Enter the Bundle ID shown under Identifiers in the developer portal, e.g. com.example.app' },
  },
  IOS_BUNDLE_ID_SINGLE_SEGMENT: {
    severity: 'warning',
    message: { zh: 'iOS Bundle ID 通常为反向域名形式（如 com.example.app）', en: 'An iOS bundle id is usually in reverse-DNS form (e.g. com.example.app)' },
    fix: { zh: '确认填写的是完整的 Bundle ID', en: 'Check that this is the complete Bundle ID' },
  },
  HARMONY_BUNDLE_NAME_FORMAT: {
    severity: 'error',
    message: { zh: '鸿蒙应用包名（bundleName）应为7–128位，以字母开头，由字母、数字、下划线和“.”组成，且至少两段', en: 'A HarmonyOS bundleName has 7–128 characters, starts with a letter, consists of letters, digits, underscores and dots, and has at least two segments' },
    fix: { zh: '填写 app.json5 中的 bundleName，如 com.example.app', en: 'Enter the bundleName from app.json5, e.g. com.example.app' },
  },
});

export type IdentityIssueCode = keyof typeof identityIssues;

export function identityIssue(code: IdentityIssueCode): IdentityIssue {
  const definition = identityIssues[code];
  return { code, severity: definition.severity, message: definition.message, fix: definition.fix };
}
