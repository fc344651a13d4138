import { Navigate, Route, Routes } from 'react-router';
import { ConsoleLayout } from '../console/console-layout';
import { ApplicationPage } from './application-page';
import { MyApplicationsPage } from './my-applications-page';
import { EditApplicationRoute, NewApplicationRoute } from './new-application-route';

/** `/apply`: the host's (applicant's) portal. */
export function ApplyPortal() {
  return (
    <ConsoleLayout role="applicant">
      <Routes>
        <Route index element={<MyApplicationsPage />} />
        <Route path="new/:kind" element={<NewApplicationRoute />} />
        <Route path="applications/:id/edit" element={<EditApplicationRoute />} />
        <Route path="applications/:id" element={<ApplicationPage />} />
        <Route path="*" element={<Navigate to="/apply" replace />} />
      </Routes>
    </ConsoleLayout>
  );
}
