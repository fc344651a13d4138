import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMeta } from '../api/use-meta';

/** Tells everyone when the deployment is a demo, with the way to the SMS codes. */
export function DemoBanner() {
  const { t } = useTranslation();
  const meta = useMeta();
  if (!meta.data?.demo) return null;
  return (
    <Alert
      type="warning"
      banner
      showIcon
      role="note"
      title={
        <span>
          {t('demo.banner')} <a href="/dev/inbox">{t('demo.inbox')}</a>
        </span>
      }
    />
  );
}
