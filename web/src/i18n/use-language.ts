import { useTranslation } from 'react-i18next';
import type { Language } from './i18n';
import { rememberLanguage } from './i18n';

/** The current language and a way to change it (remembered for the next visit). */
export function useLanguage(): { language: Language; setLanguage(language: Language): void } {
  const { i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'zh-CN';
  return {
    language,
    setLanguage(next) {
      rememberLanguage(next);
      void i18n.changeLanguage(next);
    },
  };
}
