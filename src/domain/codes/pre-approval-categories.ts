/**
 * 前置审批 — pre-approval categories (domain.md §2.5): MIIT bitmask value, WeChat id, and the words in an APP's name,
 * remark or service content that signal the category. Signal words are deliberately specific: a word in the name
 * blocks submission until the approval is attached.
 */
export interface PreApprovalCategory {
  code: string;
  zh: string;
  en: string;
  /** Value in the MIIT form bitmask. */
  miitBit: number;
  /** Words (zh or en, matched case-insensitively) that signal the category. */
  signals: readonly string[];
}

export const preApprovalCategories: readonly PreApprovalCategory[] = [
  { code: 'news', zh: '新闻', en: 'News', miitBit: 1, signals: ['新闻', '时政', '要闻', 'news'] },
  { code: 'publishing', zh: '出版', en: 'Publishing', miitBit: 2, signals: ['出版', '网络文学', '小说', '书城', '电子书', '漫画', '游戏', 'game'] },
  { code: 'education', zh: '教育', en: 'Education', miitBit: 4, signals: ['教育', '网校', '学历'] },
  { code: 'medical', zh: '医疗保健', en: 'Medical care', miitBit: 8, signals: ['医疗', '问诊', '医院', '诊所', '挂号', '医生', '诊疗'] },
  { code: 'drugs_devices', zh: '药品和医疗器械', en: 'Drugs and medical devices', miitBit: 16, signals: ['药品', '医药', '药店', '药房', '医疗器械', '购药'] },
  { code: 'bulletin', zh: '电子公告服务', en: 'Electronic bulletin services', miitBit: 32, signals: [] },
  { code: 'culture', zh: '文化', en: 'Culture', miitBit: 256, signals: ['游戏', '演出', '动漫', '直播', '音乐', 'game'] },
  { code: 'radio_film_tv', zh: '广播电影电视节目', en: 'Radio, film and TV programmes', miitBit: 512, signals: ['影视', '电影', '电视', '短视频', '网络剧', '广播', '综艺'] },
  { code: 'ride_hailing', zh: '网络预约车', en: 'Ride-hailing', miitBit: 2048, signals: ['网约车', '打车', '专车', '顺风车'] },
  { code: 'finance', zh: '互联网金融', en: 'Internet finance', miitBit: 4096, signals: ['金融', '理财', '贷款', '借贷', '网贷', '证券', '股票', '基金', '期货', '保险', '众筹', '外汇'] },
  { code: 'tutoring', zh: '校外培训（高中及以下）', en: 'Off-campus tutoring (up to senior high)', miitBit: 8192, signals: ['校外培训', '家教', '补习', '作业辅导', '中小学辅导', 'k12'] },
  { code: 'religion', zh: '宗教', en: 'Religion', miitBit: 16384, signals: ['宗教', '佛教', '道教', '基督教', '天主教', '伊斯兰教', '寺庙', '教堂'] },
];

export function preApprovalCategory(code: string): PreApprovalCategory | undefined {
  return preApprovalCategories.find((c) => c.code === code);
}

/** Categories whose signal words occur in `text` (case-insensitive; English words match whole words only). */
export function signalledPreApprovals(text: string): PreApprovalCategory[] {
  const lower = text.toLowerCase();
  return preApprovalCategories.filter((category) =>
    category.signals.some((word) => (/^[a-z0-9]+$/.test(word) ? new RegExp(`\\b${word}s?\\b`).test(lower) : lower.includes(word))),
  );
}
