import { ApiOutlined, AuditOutlined, BarChartOutlined, CalendarOutlined, DatabaseOutlined, FileTextOutlined, KeyOutlined, SearchOutlined, TeamOutlined, WarningOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';

export interface NavigationItem {
  path: string;
  /** i18n key */
  label: string;
  icon: ReactNode;
}

const publicQuery: NavigationItem = { path: '/', label: 'nav.home', icon: <SearchOutlined /> };

/** The sidebar of each role's console. */
export function navigationOf(role: string): NavigationItem[] {
  switch (role) {
    case 'applicant':
      return [{ path: '/apply', label: 'nav.applications', icon: <FileTextOutlined /> }, publicQuery];
    case 'provider':
      return [
        { path: '/review', label: 'nav.queue', icon: <AuditOutlined /> },
        { path: '/review/customers', label: 'review.customers.nav', icon: <TeamOutlined /> },
        { path: '/review/keys', label: 'keys.nav', icon: <KeyOutlined /> },
        { path: '/review/webhooks', label: 'webhooks.nav', icon: <ApiOutlined /> },
        publicQuery,
      ];
    case 'bureau':
      return [{ path: '/bureau', label: 'nav.queue', icon: <AuditOutlined /> }, { path: '/bureau/filings', label: 'bureau.filings.nav', icon: <DatabaseOutlined /> }, { path: '/bureau/unfiled', label: 'reports.unfiled.nav', icon: <WarningOutlined /> }, publicQuery];
    case 'ministry':
      return [
        { path: '/ministry', label: 'statistics.nav', icon: <BarChartOutlined /> },
        { path: '/ministry/calendar', label: 'nav.calendar', icon: <CalendarOutlined /> },
        { path: '/ministry/unfiled', label: 'reports.unfiled.nav', icon: <WarningOutlined /> },
        publicQuery,
      ];
    case 'checker':
      return [{ path: '/check', label: 'check.nav', icon: <AuditOutlined /> }, { path: '/check/reports', label: 'reports.nav', icon: <FileTextOutlined /> }, { path: '/check/keys', label: 'keys.nav', icon: <KeyOutlined /> }, publicQuery];
    default:
      return [publicQuery];
  }
}
