/** The languages the server-rendered pages speak; zh-CN unless `?lang=en` asks otherwise. */
export type PageLanguage = 'zh-CN' | 'en';

export function pageLanguage(query: unknown): PageLanguage {
  const lang = (query as { lang?: unknown } | undefined)?.lang;
  return lang === 'en' ? 'en' : 'zh-CN';
}
