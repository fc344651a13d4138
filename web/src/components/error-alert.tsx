import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error';
import { useLanguage } from '../i18n/use-language';

/** The catalogued message of an error in the person's language, or a plain one for network failures. */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (error) => {
    if (error instanceof ApiError) {
      if (error.code === 'NETWORK') return t('errors.network');
      if (error.messages) return language === 'en' ? error.messages.en : error.messages.zh;
    }
    return t('errors.unknown');
  };
}

export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const text = useErrorText();
  const path = error instanceof ApiError ? error.path : undefined;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t('states.error')}
      description={
        <>
          <div>{text(error)}</div>
          {path ? <div>{t('errors.field', { path })}</div> : null}
        </>
      }
      action={onRetry ? <Button size="small" onClick={onRetry}>{t('states.retry')}</Button> : undefined}
    />
  );
}
