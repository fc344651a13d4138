import { Navigate, Route, Routes } from 'react-router';
import { ApplicationDetail } from '../console/application-detail';
import { ConsoleLayout } from '../console/console-layout';
import { MyApplicationsPage } from './my-applications-page';

/** `/apply`: the host's (applicant's) portal. */
export function ApplyPortal() {
  return (
    <ConsoleLayout role="applicant">
      <Routes>
        <Route index element={<MyApplicationsPage />} />
        <Route path="applications/:id" element={<ApplicationDetail backTo="/apply" />} />
        <Route path="*" element={<Navigate to="/apply" replace />} />
      </Routes>
    </ConsoleLayout>
  );
}
