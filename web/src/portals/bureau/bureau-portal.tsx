import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { ApplicationDetail } from '../console/application-detail';
import { ApplicationQueue } from '../console/application-queue';
import { ConsoleLayout } from '../console/console-layout';
import { UnfiledPage } from '../reports/unfiled-page';
import { FilingsPage } from './filings-page';

/** `/bureau`: the provincial bureau's review console. */
export function BureauPortal() {
  const { t } = useTranslation();
  return (
    <ConsoleLayout role="bureau">
      <Routes>
        <Route index element={<ApplicationQueue title={t('queue.bureauTitle')} intro={t('queue.bureauIntro')} defaultState="bureau_review" />} />
        <Route path="applications/:id" element={<ApplicationDetail backTo="/bureau" />} />
        <Route path="filings" element={<FilingsPage />} />
        <Route path="unfiled" element={<UnfiledPage scope="bureau" />} />
        <Route path="*" element={<Navigate to="/bureau" replace />} />
      </Routes>
    </ConsoleLayout>
  );
}
