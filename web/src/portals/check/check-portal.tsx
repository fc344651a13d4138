import { Navigate, Route, Routes } from 'react-router';
import { ApiKeysPage } from '../console/api-keys-page';
import { ConsoleLayout } from '../console/console-layout';
import { CheckPage } from './check-page';
import { ReportPage } from './report-page';
import './check-portal.css';

/** `/check`: app stores' and terminal makers' console — bulk checks against the registry, distribution reports, and their API keys. */
export function CheckPortal() {
  return (
    <ConsoleLayout role="checker">
      <Routes>
        <Route index element={<CheckPage />} />
        <Route path="keys" element={<ApiKeysPage />} />
        <Route path="reports" element={<ReportPage />} />
        <Route path="*" element={<Navigate to="/check" replace />} />
      </Routes>
    </ConsoleLayout>
  );
}
