import { Layout } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../api/use-me';
import { DemoBanner } from './demo-banner';
import { LanguageSwitch } from './language-switch';
import { homePathOf } from './role-home';
import './public-layout.css';

/** The public pages' frame: the query's name, sign-in (or the way back to one's console) and the language switch. */
export function PublicLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Layout className="public-layout">
      <a className="skip-link" href="#main">{t('app.skipToContent')}</a>
      <DemoBanner />
      <header className="public-bar">
        <Link className="public-brand" to="/">{t('app.publicName')}</Link>
        <nav className="public-actions" aria-label={t('nav.mainNavigation')}>
          {me.data ? <Link to={homePathOf(me.data.role)}>{me.data.displayName}</Link> : <Link to="/sign-in">{t('nav.signIn')}</Link>}
          <LanguageSwitch ghost />
        </nav>
      </header>
      <main id="main" className="public-main">{children}</main>
    </Layout>
  );
}
