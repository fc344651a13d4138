import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { ApiKeysPage } from '../console/api-keys-page';
import { ApplicationDetail } from '../console/application-detail';
import { ApplicationQueue } from '../console/application-queue';
import { ConsoleLayout } from '../console/console-layout';
import { WebhooksPage } from '../console/webhooks-page';
import { CustomersPage } from './customers-page';

/** `/review`: the access provider's or platform's initial review console. */
export function ReviewPortal() {
  const { t } = useTranslation();
  return (
    <ConsoleLayout role="provider">
      <Routes>
        <Route index element={<ApplicationQueue title={t('queue.providerTitle')} intro={t('queue.providerIntro')} defaultState="provider_review" />} />
        <Route path="applications/:id" element={<ApplicationDetail backTo="/review" />} />
        <Route path="keys" element={<ApiKeysPage />} />
        <Route path="customers" element={<CustomersPage />} />
        <Route path="webhooks" element={<WebhooksPage />} />
        <Route path="*" element={<Navigate to="/review" replace />} />
      </Routes>
    </ConsoleLayout>
  );
}
