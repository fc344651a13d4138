import { createBrowserRouter } from 'react-router';
import { HomePage } from './portals/public/home-page';
import { NotFoundPage } from './portals/public/not-found-page';

/**
 * Routes. The public home page is in the entry chunk; every console (and sign-in) is a lazy chunk of its own,
 * so the public pages never load the consoles' code.
 */
export const router = createBrowserRouter([
  { path: '/', element: <HomePage /> },
  { path: '/sign-in', lazy: async () => ({ Component: (await import('./portals/sign-in/sign-in-page')).SignInPage }) },
  { path: '/apply/*', lazy: async () => ({ Component: (await import('./portals/apply/apply-portal')).ApplyPortal }) },
  { path: '/review/*', lazy: async () => ({ Component: (await import('./portals/review/review-portal')).ReviewPortal }) },
  { path: '/bureau/*', lazy: async () => ({ Component: (await import('./portals/bureau/bureau-portal')).BureauPortal }) },
  { path: '/ministry/*', lazy: async () => ({ Component: (await import('./portals/ministry/ministry-portal')).MinistryPortal }) },
  { path: '/check/*', lazy: async () => ({ Component: (await import('./portals/check/check-portal')).CheckPortal }) },
  { path: '*', element: <NotFoundPage /> },
]);
