import { ConsoleLayout } from '../console/console-layout';
import { MyApplicationsPage } from './my-applications-page';

/** `/apply`: the host's (applicant's) portal. */
export function ApplyPortal() {
  return (
    <ConsoleLayout role="applicant">
      <MyApplicationsPage />
    </ConsoleLayout>
  );
}
