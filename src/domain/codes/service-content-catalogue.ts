/**
 * APP 服务内容 — the two-level service content catalogue; only second-level entries are selectable, at most 5 per APP.
 * The ministry's full APP catalogue is not published (domain.md §2.5 "NOT FOUND"); this list follows the shape of
 * providers' catalogues and records, per entry, the pre-approvals it implies and whether individuals may file it.
 */
export interface ServiceContentEntry {
  /** "group.item" */
  code: string;
  zh: string;
  en: string;
  preApprovals: readonly string[];
  /** Individuals may not file enterprise-style or interactive-community services. */
  individualAllowed: boolean;
}

export interface ServiceContentGroup {
  code: string;
  zh: string;
  en: string;
  entries: readonly ServiceContentEntry[];
}

function entry(code: string, zh: string, en: string, options: { preApprovals?: string[]; individualAllowed?: boolean } = {}): ServiceContentEntry {
  return { code, zh, en, preApprovals: options.preApprovals ?? [], individualAllowed: options.individualAllowed ?? true };
}

export const serviceContentCatalogue: readonly ServiceContentGroup[] = [
  { code: 'life', zh: '生活服务', en: 'Daily life', entries: [
    entry('life.payments', '生活缴费', 'Utility payments', { individualAllowed: false }),
    entry('life.housekeeping', '家政服务', 'Housekeeping'),
    entry('life.maternity', '母婴', 'Mother and baby'),
    entry('life.food', '餐饮美食', 'Food and dining'),
    entry('life.weather', '天气', 'Weather'),
  ] },
  { code: 'shopping', zh: '网络购物', en: 'Online shopping', entries: [
    entry('shopping.retail', '综合电商', 'General e-commerce', { individualAllowed: false }),
    entry('shopping.second_hand', '二手交易', 'Second-hand trading', { individualAllowed: false }),
    entry('shopping.group_buying', '团购', 'Group buying', { individualAllowed: false }),
  ] },
  { code: 'social', zh: '社交', en: 'Social', entries: [
    entry('social.messaging', '即时通信', 'Instant messaging', { individualAllowed: false }),
    entry('social.community', '社区论坛', 'Communities and forums', { individualAllowed: false }),
    entry('social.dating', '婚恋交友', 'Dating', { individualAllowed: false }),
  ] },
  { code: 'news', zh: '新闻资讯', en: 'News and information', entries: [
    entry('news.news', '新闻', 'News', { preApprovals: ['news'], individualAllowed: false }),
    entry('news.information', '行业资讯', 'Industry information', { individualAllowed: false }),
  ] },
  { code: 'reading', zh: '阅读', en: 'Reading', entries: [
    entry('reading.literature', '网络文学', 'Online literature', { preApprovals: ['publishing'] }),
    entry('reading.comics', '漫画', 'Comics', { preApprovals: ['publishing'] }),
    entry('reading.blog', '博客/个人空间', 'Blog / personal space'),
  ] },
  { code: 'media', zh: '音视频', en: 'Audio and video', entries: [
    entry('media.music', '网络音乐', 'Online music', { preApprovals: ['culture'] }),
    entry('media.video', '网络视听节目', 'Online audio-visual programmes', { preApprovals: ['radio_film_tv'], individualAllowed: false }),
    entry('media.live', '网络直播', 'Live streaming', { preApprovals: ['culture'], individualAllowed: false }),
    entry('media.podcast', '音频', 'Audio'),
  ] },
  { code: 'games', zh: '游戏', en: 'Games', entries: [
    entry('games.online', '网络游戏', 'Online games', { preApprovals: ['publishing', 'culture'] }),
    entry('games.casual', '休闲单机游戏（含联网功能）', 'Casual games with online features', { preApprovals: ['publishing'] }),
  ] },
  { code: 'education', zh: '教育', en: 'Education', entries: [
    entry('education.online', '在线教育', 'Online education', { preApprovals: ['education'], individualAllowed: false }),
    entry('education.tutoring', '校外培训（高中及以下）', 'Off-campus tutoring (up to senior high)', { preApprovals: ['tutoring'], individualAllowed: false }),
    entry('education.vocational', '职业技能培训', 'Vocational training', { individualAllowed: false }),
    entry('education.tools', '学习工具', 'Study tools'),
  ] },
  { code: 'health', zh: '医疗健康', en: 'Health', entries: [
    entry('health.consultation', '在线问诊', 'Online consultation', { preApprovals: ['medical'], individualAllowed: false }),
    entry('health.pharmacy', '医药电商', 'Online pharmacy', { preApprovals: ['drugs_devices'], individualAllowed: false }),
    entry('health.fitness', '运动健身', 'Fitness'),
  ] },
  { code: 'finance', zh: '金融', en: 'Finance', entries: [
    entry('finance.payment', '网上支付', 'Online payment', { preApprovals: ['finance'], individualAllowed: false }),
    entry('finance.lending', '网络借贷', 'Online lending', { preApprovals: ['finance'], individualAllowed: false }),
    entry('finance.insurance', '互联网保险', 'Online insurance', { preApprovals: ['finance'], individualAllowed: false }),
    entry('finance.securities', '证券期货', 'Securities and futures', { preApprovals: ['finance'], individualAllowed: false }),
    entry('finance.banking', '网上银行', 'Online banking', { preApprovals: ['finance'], individualAllowed: false }),
    entry('finance.bookkeeping', '记账工具', 'Bookkeeping'),
  ] },
  { code: 'travel', zh: '出行', en: 'Travel', entries: [
    entry('travel.ride_hailing', '网络预约车', 'Ride-hailing', { preApprovals: ['ride_hailing'], individualAllowed: false }),
    entry('travel.navigation', '地图导航', 'Maps and navigation', { individualAllowed: false }),
    entry('travel.booking', '旅游酒店预订', 'Travel and hotel booking', { individualAllowed: false }),
  ] },
  { code: 'tools', zh: '工具', en: 'Tools', entries: [
    entry('tools.utilities', '系统工具', 'System utilities'),
    entry('tools.office', '办公效率', 'Office and productivity'),
    entry('tools.photo', '拍摄美化', 'Photo and camera'),
    entry('tools.input', '输入法', 'Input methods'),
    entry('tools.browser', '浏览器', 'Browsers', { individualAllowed: false }),
  ] },
  { code: 'business', zh: '企业服务', en: 'Business services', entries: [
    entry('business.internal', '企业内部管理', 'Internal business management', { individualAllowed: false }),
    entry('business.recruitment', '招聘求职', 'Recruitment', { individualAllowed: false }),
    entry('business.logistics', '物流快递', 'Logistics', { individualAllowed: false }),
    entry('business.portal', '单位门户', 'Organisation portal', { individualAllowed: false }),
  ] },
  { code: 'government', zh: '政务', en: 'Government', entries: [
    entry('government.services', '政务服务', 'Government services', { individualAllowed: false }),
  ] },
  { code: 'religion', zh: '宗教', en: 'Religion', entries: [
    entry('religion.information', '互联网宗教信息服务', 'Internet religious information', { preApprovals: ['religion'], individualAllowed: false }),
  ] },
  { code: 'other', zh: '其他', en: 'Other', entries: [entry('other.other', '其他', 'Other')] },
];

const entries = new Map(serviceContentCatalogue.flatMap((group) => group.entries.map((e) => [e.code, e] as const)));

/** A selectable (second-level) entry by code. */
export function serviceContentEntry(code: string): ServiceContentEntry | undefined {
  return entries.get(code);
}

/** At most this many second-level entries per APP. */
export const maxServiceContentEntries = 5;

/** The only content an individual's website may carry: 博客/个人空间 and 其他 (domain.md §6.13). */
export const individualWebsiteContent: ReadonlySet<string> = new Set(['reading.blog', 'other.other']);
