import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationState } from '../api/application-view';

const colours: Record<ApplicationState, string> = {
  draft: 'default',
  provider_review: 'processing',
  provider_returned: 'warning',
  sms_pending: 'processing',
  bureau_review: 'processing',
  bureau_returned: 'warning',
  approved: 'success',
  withdrawn: 'default',
};

export function StateTag({ state }: { state: ApplicationState }) {
  const { t } = useTranslation();
  return <Tag color={colours[state]}>{t(`state.${state}`)}</Tag>;
}
