export type PageLanguage = 'zh' | 'en';

/**
 * The page's language: an explicit `lang` (query or form field) wins; otherwise the first of Chinese or English in
 * the Accept-Language header by preference; otherwise Chinese.
 */
export function pageLanguage(explicit: unknown, acceptLanguage: string | undefined): PageLanguage {
  if (explicit === 'zh' || explicit === 'en') return explicit;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((entry, index) => {
      const [tag = '', ...params] = entry.trim().toLowerCase().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((e) => e.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    if (tag === 'zh' || tag.startsWith('zh-')) return 'zh';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return 'zh';
}
