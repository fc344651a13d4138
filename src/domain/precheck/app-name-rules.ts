import { subjectNature } from '../codes/subject-natures.js';
import { defineRules, findingsOf, type Finding } from './finding.js';

const namePath = 'services[].name';

export const appNameRules = defineRules({
  APP_NAME_TOO_SHORT: {
    severity: 'error',
    path: namePath,
    message: { zh: '名称至少2个字符', en: 'The name has at least 2 characters' },
    fix: { zh: '填写与应用商店中一致的完整名称', en: 'Enter the complete name shown in the app stores' },
  },
  WEBSITE_NAME_TOO_SHORT: {
    severity: 'error',
    path: namePath,
    message: { zh: '网站名称至少3个字符', en: 'A website name has at least 3 characters' },
    fix: { zh: '填写能体现网站内容或主办者的完整名称', en: 'Enter a complete name that says what the website is or who runs it' },
  },
  WEBSITE_NAME_LATIN_OR_DIGITS_ONLY: {
    severity: 'error',
    path: namePath,
    message: { zh: '网站名称不能只由数字或英文字母组成', en: 'A website name is not made of digits or Latin letters only' },
    fix: { zh: '使用中文名称，可附带英文或数字（如“云雀 Notes 博客”）', en: 'Use a Chinese name, which may include Latin letters or digits (e.g. 云雀 Notes 博客)' },
  },
  APP_NAME_RESERVED_PREFIX: {
    severity: 'error',
    path: namePath,
    message: { zh: '非国家机关主办的服务，名称不能以“中国”“中华”“国家”“全国”“中央”“人民”等开头', en: 'Services not run by state bodies may not start their names with 中国, 中华, 国家, 全国, 中央, 人民 and similar words' },
    fix: { zh: '去掉该前缀，使用与主办单位相关的名称', en: 'Drop the prefix and use a name related to the subject' },
  },
  APP_NAME_EMOJI: {
    severity: 'error',
    path: namePath,
    message: { zh: '名称不能含表情符号', en: 'The name contains an emoji' },
    fix: { zh: '删除表情符号', en: 'Remove the emoji' },
  },
  APP_NAME_SPECIAL_CHARACTERS: {
    severity: 'error',
    path: namePath,
    message: { zh: '名称含有特殊符号，或只有数字', en: 'The name contains special symbols, or digits only' },
    fix: { zh: '名称只使用中文、字母、数字、空格和常用标点（· - _ & + . ( )）', en: 'Use only Chinese characters, letters, digits, spaces and common punctuation (· - _ & + . ( ))' },
  },
  APP_NAME_MARKETING_WORDS: {
    severity: 'error',
    path: namePath,
    message: { zh: '名称含有价格、促销或夸大宣传用语', en: 'The name contains price, promotion or superlative wording' },
    fix: { zh: '删除“免费”“限时”“特价”“最好”“第一”等词语', en: 'Remove words such as 免费, 限时, 特价, 最好, 第一' },
  },
  APP_NAME_PLACEHOLDER: {
    severity: 'error',
    path: namePath,
    message: { zh: '名称是占位或测试用语', en: 'The name is a placeholder or a test name' },
    fix: { zh: '填写正式上线使用的名称', en: 'Enter the name the service is released under' },
  },
  APP_NAME_GENERIC: {
    severity: 'error',
    path: namePath,
    message: { zh: '名称只是通用的类别词（如“浏览器”“计算器”“商城”）', en: 'The name is only a generic category word (such as 浏览器, 计算器, 商城)' },
    fix: { zh: '加上能区分本应用的品牌或主办单位字号', en: 'Add a brand or the subject\'s trade name that sets this app apart' },
  },
  APP_NAME_PLATFORM_SUFFIX: {
    severity: 'error',
    path: namePath,
    message: { zh: '名称带有平台后缀；同一APP在各平台名称须一致，作为一个备案填写所有平台', en: 'The name carries a platform suffix; one APP has one name on every platform and one filing lists all platforms' },
    fix: { zh: '去掉“安卓版”“iOS版”等后缀，在特征信息中分别填写各平台', en: 'Drop suffixes such as 安卓版 or iOS版 and list each platform under feature info' },
  },
  APP_NAME_NOT_FOR_INDIVIDUALS: {
    severity: 'error',
    path: namePath,
    message: { zh: '个人主办的服务名称不能含企业、行业或互动社区类用语（如“论坛”“社区”“平台”“商城”“工作室”）', en: 'Services run by individuals may not use enterprise, industry or community words (such as 论坛, 社区, 平台, 商城, 工作室)' },
    fix: { zh: '改用体现个人用途的名称，或以单位主体备案', en: 'Choose a name for personal use, or file as an organisation' },
  },
  APP_NAME_DUPLICATE: {
    severity: 'error',
    path: namePath,
    message: { zh: '本次申请中有同名的服务；同一名称的APP只备案一次，各平台列在同一备案中', en: 'Another service in this application has the same name; an APP is filed once with all its platforms' },
    fix: { zh: '合并为一个服务，在特征信息中填写全部平台', en: 'Merge them into one service listing every platform under feature info' },
  },
});

const find = findingsOf(appNameRules);

const reservedPrefixes = ['中国', '中华', '国家', '全国', '中央', '人民', '人大', '反腐', '纪检', '监察', '信访', '维权', '投诉'];
const marketingWords = ['免费', '限时', '特价', '特惠', '促销', '打折', '折扣', '秒杀', '红包', '领券', '最好', '最佳', '最强', '第一', '顶级', '全网最', 'no.1', 'free'];
/** Placeholder names; "测试" and "test" alone are not listed: 性格测试 and Speed Test are real names. */
const placeholderWords = ['测试版', '测试应用', '内测版', '示例应用', '样例', '未命名', '我的应用', '应用名称', 'app名称', 'test app', 'demo', 'untitled', 'xxx', 'myapp'];
const genericNames = new Set([
  '浏览器', '相机', '计算器', '日历', '天气', '时钟', '闹钟', '音乐', '视频', '地图', '导航', '商城', '购物', '新闻', '阅读', '游戏', '社交',
  '聊天', '钱包', '支付', '教育', '学习', '健康', '医疗', '出行', '打车', '外卖', '工具', '工具箱', '手电筒', '输入法', '壁纸', '相册', '笔记',
  '记事本', '备忘录', '翻译', '词典', '直播', '短视频', '小说', '漫画', '文件管理', '清理', '安全', '邮箱', '办公', '招聘', '理财', '银行',
  '保险', '股票', '运动', '健身', '美食', '旅游', '酒店', '房产', '汽车', '二手', '团购', '应用', '软件', '客户端', 'app', 'browser', 'camera',
  'calculator', 'calendar', 'weather', 'clock', 'music', 'video', 'maps', 'map', 'shop', 'store', 'news', 'reader', 'game', 'games', 'chat',
  'wallet', 'notes', 'mail', 'email', 'translate', 'translator', 'flashlight', 'gallery', 'photos',
]);
const platformSuffix = /(安卓版|安卓|android版?|ios版?|iphone版?|ipad版?|鸿蒙版|harmonyos版?|苹果版|for\s*(android|ios|iphone|ipad|harmonyos))\s*[)）]?$|[(（]\s*(安卓|android|ios|iphone|ipad|鸿蒙|harmonyos|苹果)[^)）]*[)）]$/i;
const individualWords = ['博客', '论坛', '社区', '平台', '商城', '网店', '工作室', '公司', '企业', '集团', '官方', '交友', '社交', '直播', '资讯', '新闻', '门户', '网络', '服务', '行业', '国家', 'bbs'];
const allowedCharacters = /^[\p{L}\p{N}\p{M} ·・\-_&+.()（）]+$/u;
const emoji = /\p{Extended_Pictographic}/u;

/** Only ASCII letters, digits, spaces and the punctuation names may carry: no Chinese (or other) letters. */
const latinOrDigitsOnly = /^[A-Za-z0-9 ·・\-_&+.()（）]+$/u;

/**
 * Checks a name on its own (any subject); `stateBody` relaxes the prefixes, `individual` adds the individuals' rule,
 * `website` the website rules (at least 3 characters, not only digits or Latin letters; domain.md §6.12).
 */
export function appNameFindings(name: string, path: string, options: { stateBody: boolean; individual: boolean; website?: boolean }): Finding[] {
  const findings: Finding[] = [];
  const text = name.trim();
  const lower = text.toLowerCase();
  if ([...text].length < 2) findings.push(find('APP_NAME_TOO_SHORT', path));
  else if (options.website && [...text].length < 3) findings.push(find('WEBSITE_NAME_TOO_SHORT', path));
  if (options.website && latinOrDigitsOnly.test(text) && !/^\d+$/.test(text)) findings.push(find('WEBSITE_NAME_LATIN_OR_DIGITS_ONLY', path));
  if (!options.stateBody && reservedPrefixes.some((p) => text.startsWith(p))) findings.push(find('APP_NAME_RESERVED_PREFIX', path));
  if (emoji.test(text)) findings.push(find('APP_NAME_EMOJI', path));
  else if (!allowedCharacters.test(text) || /^\d+$/.test(text)) findings.push(find('APP_NAME_SPECIAL_CHARACTERS', path));
  if (marketingWords.some((w) => (/^[a-z.0-9]+$/.test(w) ? new RegExp(`(^|[^a-z])${w.replace('.', '\\.')}([^a-z]|$)`).test(lower) : lower.includes(w)))) {
    findings.push(find('APP_NAME_MARKETING_WORDS', path));
  }
  if (placeholderWords.some((w) => (/^[a-z]+$/.test(w) ? new RegExp(`(^|[^a-z])${w}([^a-z]|$)`).test(lower) : lower.includes(w)))) {
    findings.push(find('APP_NAME_PLACEHOLDER', path));
  }
  if (genericNames.has(lower.replace(/\s+/g, ''))) findings.push(find('APP_NAME_GENERIC', path));
  if (platformSuffix.test(text)) findings.push(find('APP_NAME_PLATFORM_SUFFIX', path));
  if (options.individual && individualWords.some((w) => lower.includes(w))) findings.push(find('APP_NAME_NOT_FOR_INDIVIDUALS', path));
  return findings;
}

/** Name rules for every service of the application, including duplicates between services of one type. */
export function serviceNameFindings(services: ReadonlyArray<{ type: string; name: string }>, nature: number | undefined): Finding[] {
  const options = { stateBody: nature !== undefined && subjectNature(nature)?.stateBody === true, individual: nature === 5 };
  const findings: Finding[] = [];
  const seen = new Set<string>();
  services.forEach((service, i) => {
    const path = `services[${i}].name`;
    findings.push(...appNameFindings(service.name, path, { ...options, website: service.type === 'website' }));
    const key = `${service.type}\u0000${service.name.trim().toLowerCase()}`;
    if (seen.has(key)) findings.push(find('APP_NAME_DUPLICATE', path));
    seen.add(key);
  });
  return findings;
}
