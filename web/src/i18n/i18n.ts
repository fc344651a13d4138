import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

/**
 * Messages live in one file per area under messages/<language>/ (common.json, and one per portal or feature);
 * each file owns its top-level keys, and they are merged here.
 */
type Tree = Record<string, unknown>;
const files = import.meta.glob<Tree>('./messages/*/*.json', { eager: true, import: 'default' });

function messagesFor(language: string): Tree {
  const merged: Tree = {};
  for (const [path, tree] of Object.entries(files)) if (path.startsWith(`./messages/${language}/`)) Object.assign(merged, tree);
  return merged;
}

export type Language = 'zh-CN' | 'en';
export const languages: readonly Language[] = ['zh-CN', 'en'];
const storageKey = 'beian.lang';

/** zh-CN unless the address asks for `?lang=en` or the person chose English before. */
export function initialLanguage(): Language {
  const fromQuery = new URLSearchParams(window.location.search).get('lang');
  if (fromQuery === 'en' || fromQuery === 'zh-CN') return fromQuery;
  try {
    return window.localStorage.getItem(storageKey) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

export function rememberLanguage(language: Language): void {
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // private mode: the choice lasts for this page only
  }
  document.documentElement.lang = language;
}

export async function initI18n(): Promise<void> {
  const lng = initialLanguage();
  document.documentElement.lang = lng;
  await i18next.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: messagesFor('zh-CN') }, en: { translation: messagesFor('en') } },
    lng,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

export { i18next };
