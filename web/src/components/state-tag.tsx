import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationState } from '../api/application-view';
import { tagTones } from './tag-tones';

const tones: Record<ApplicationState, keyof typeof tagTones> = {
  draft: 'neutral',
  provider_review: 'info',
  provider_returned: 'warning',
  sms_pending: 'info',
  bureau_review: 'info',
  bureau_returned: 'warning',
  approved: 'success',
  withdrawn: 'neutral',
};

export function StateTag({ state }: { state: ApplicationState }) {
  const { t } = useTranslation();
  return <Tag style={tagTones[tones[state]]}>{t(`state.${state}`)}</Tag>;
}
