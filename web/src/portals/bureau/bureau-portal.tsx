import { useTranslation } from 'react-i18next';
import { ApplicationQueue } from '../console/application-queue';
import { ConsoleLayout } from '../console/console-layout';

/** `/bureau`: the provincial bureau's review console. */
export function BureauPortal() {
  const { t } = useTranslation();
  return (
    <ConsoleLayout role="bureau">
      <ApplicationQueue title={t('queue.bureauTitle')} intro={t('queue.bureauIntro')} defaultState="bureau_review" />
    </ConsoleLayout>
  );
}
