import { Navigate, Route, Routes } from 'react-router';
import { ConsoleLayout } from '../console/console-layout';
import { UnfiledPage } from '../reports/unfiled-page';
import { CalendarPage } from './calendar-page';
import { StatisticsPage } from './statistics-page';

/** `/ministry`: the ministry's console — the statistics, and the working-day calendar at `/ministry/calendar`. */
export function MinistryPortal() {
  return (
    <ConsoleLayout role="ministry">
      <Routes>
        <Route index element={<StatisticsPage />} />
        <Route path="calendar" element={<CalendarPage />} />
        <Route path="unfiled" element={<UnfiledPage scope="ministry" />} />
        <Route path="*" element={<Navigate to="/ministry" replace />} />
      </Routes>
    </ConsoleLayout>
  );
}
