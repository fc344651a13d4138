/** 语种 — service languages with the MIIT form codes (domain.md §2.5). */
export interface Language {
  code: string;
  zh: string;
  en: string;
  miitCode: number;
}

export const languages: readonly Language[] = [
  { code: 'zh_CN', zh: '中文简体', en: 'Simplified Chinese', miitCode: 1 },
  { code: 'zh_TW', zh: '中文繁体', en: 'Traditional Chinese', miitCode: 2 },
  { code: 'ug', zh: '维吾尔语', en: 'Uyghur', miitCode: 3 },
  { code: 'kk', zh: '哈萨克语', en: 'Kazakh', miitCode: 4 },
  { code: 'ky', zh: '柯尔克孜语', en: 'Kyrgyz', miitCode: 5 },
  { code: 'mn', zh: '蒙古语', en: 'Mongolian', miitCode: 6 },
  { code: 'bo', zh: '藏语', en: 'Tibetan', miitCode: 7 },
  { code: 'za', zh: '壮语', en: 'Zhuang', miitCode: 8 },
  { code: 'ko', zh: '朝鲜语', en: 'Korean', miitCode: 9 },
  { code: 'ii', zh: '彝语', en: 'Yi', miitCode: 10 },
  { code: 'hmn', zh: '苗语', en: 'Hmong', miitCode: 11 },
  { code: 'en', zh: '英语', en: 'English', miitCode: 12 },
  { code: 'ja', zh: '日语', en: 'Japanese', miitCode: 13 },
  { code: 'fr', zh: '法语', en: 'French', miitCode: 14 },
  { code: 'ru', zh: '俄语', en: 'Russian', miitCode: 15 },
  { code: 'es', zh: '西班牙语', en: 'Spanish', miitCode: 16 },
  { code: 'ar', zh: '阿拉伯语', en: 'Arabic', miitCode: 17 },
];

export function language(code: string): Language | undefined {
  return languages.find((l) => l.code === code);
}
