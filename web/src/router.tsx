import { createBrowserRouter } from 'react-router';
import { RouteLoading } from './components/route-loading';
import { HomePage } from './portals/public/home-page';
import { NotFoundPage } from './portals/public/not-found-page';

/**
 * Routes. The public home page is in the entry chunk; every console (and sign-in) is a lazy chunk of its own,
 * so the public pages never load the consoles' code.
 */
export const router = createBrowserRouter([
  { path: '/', element: <HomePage /> },
  { path: '/sign-in', HydrateFallback: RouteLoading, lazy: async () => ({ Component: (await import('./portals/sign-in/sign-in-page')).SignInPage }) },
  { path: '/apply/*', HydrateFallback: RouteLoading, lazy: async () => ({ Component: (await import('./portals/apply/apply-portal')).ApplyPortal }) },
  { path: '/review/*', HydrateFallback: RouteLoading, lazy: async () => ({ Component: (await import('./portals/review/review-portal')).ReviewPortal }) },
  { path: '/bureau/*', HydrateFallback: RouteLoading, lazy: async () => ({ Component: (await import('./portals/bureau/bureau-portal')).BureauPortal }) },
  { path: '/ministry/*', HydrateFallback: RouteLoading, lazy: async () => ({ Component: (await import('./portals/ministry/ministry-portal')).MinistryPortal }) },
  { path: '/check/*', HydrateFallback: RouteLoading, lazy: async () => ({ Component: (await import('./portals/check/check-portal')).CheckPortal }) },
  { path: '*', element: <NotFoundPage /> },
]);
