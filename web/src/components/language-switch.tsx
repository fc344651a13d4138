import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/use-language';

/** One button that switches between Chinese and English. */
export function LanguageSwitch({ ghost = false }: { ghost?: boolean }) {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  return (
    <Button
      size="small"
      ghost={ghost}
      lang={language === 'en' ? 'zh-CN' : 'en'}
      title={t('language.switchToLabel')}
      onClick={() => setLanguage(language === 'en' ? 'zh-CN' : 'en')}
    >
      {t('language.switchTo')}
    </Button>
  );
}
