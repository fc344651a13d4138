import { useTranslation } from 'react-i18next';
import { ApplicationQueue } from '../console/application-queue';
import { ConsoleLayout } from '../console/console-layout';

/** `/review`: the access provider's or platform's initial review console. */
export function ReviewPortal() {
  const { t } = useTranslation();
  return (
    <ConsoleLayout role="provider">
      <ApplicationQueue title={t('queue.providerTitle')} intro={t('queue.providerIntro')} defaultState="provider_review" />
    </ConsoleLayout>
  );
}
