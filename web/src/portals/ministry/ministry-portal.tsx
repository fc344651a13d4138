import { ConsoleLayout } from '../console/console-layout';
import { CalendarPage } from './calendar-page';

/** `/ministry`: the ministry's console. */
export function MinistryPortal() {
  return (
    <ConsoleLayout role="ministry">
      <CalendarPage />
    </ConsoleLayout>
  );
}
