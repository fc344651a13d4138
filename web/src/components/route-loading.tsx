import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';

/** Shown while a console's chunk loads on the first page load. */
export function RouteLoading() {
  const { t } = useTranslation();
  return <Spin fullscreen tip={t('states.loading')} />;
}
