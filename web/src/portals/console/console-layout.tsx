import { LogoutOutlined, MenuOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Drawer, Grid, Layout, Menu, Result, Spin, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { unwrap } from '../../api/api-error';
import { api } from '../../api/client';
import { useMe } from '../../api/use-me';
import { DemoBanner } from '../../components/demo-banner';
import { ErrorAlert, useErrorText } from '../../components/error-alert';
import { LanguageSwitch } from '../../components/language-switch';
import { navigationOf } from './role-navigation';
import './console-layout.css';

/**
 * A console's frame: sidebar navigation for the signed-in role (a drawer on narrow screens), the account and sign-out
 * in the header. Anyone not signed in is sent to sign in; a different role sees a refusal.
 */
export function ConsoleLayout({ role, children }: { role: string; children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const errorText = useErrorText();
  const signOut = useMutation({
    // No body, so no JSON content type (the server refuses an empty JSON body).
    mutationFn: () => unwrap(api.POST('/api/v1/auth/logout', { headers: { 'content-type': null } })),
    // A full load of the home page drops every cached answer of the signed-in session.
    onSuccess: () => window.location.assign('/'),
    onError: (error) => void message.error(errorText(error)),
  });

  if (me.isPending) return <Spin fullscreen tip={t('states.loading')} />;
  // A failed background refetch keeps the signed-in caller: the page below stays mounted, and so does what was typed.
  if (me.isError && me.data === undefined) return <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;

  const items = navigationOf(me.data.role).map((item) => ({ key: item.path, label: t(item.label), icon: item.icon }));
  const selected = items.filter((item) => location.pathname === item.key || location.pathname.startsWith(`${item.key}/`)).map((i) => i.key).slice(-1);
  const menu = (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={selected}
      onClick={({ key }) => {
        setDrawerOpen(false);
        void navigate(key);
      }}
    />
  );
  const narrow = !screens.lg;
  return (
    <Layout className="console">
      <a className="skip-link" href="#main">{t('app.skipToContent')}</a>
      <DemoBanner />
      <Layout.Header className="console-header">
        {narrow ? <Button type="text" className="console-menu-button" icon={<MenuOutlined />} aria-label={t('nav.openMenu')} onClick={() => setDrawerOpen(true)} /> : null}
        <a className="console-brand" href="/">{t('app.name')}</a>
        <div className="console-account">
          <span className="console-user">
            <Typography.Text strong className="console-name">{me.data.displayName}</Typography.Text>
            <Typography.Text className="console-role">{t(`roles.${me.data.role}`)}</Typography.Text>
          </span>
          <LanguageSwitch />
          <Button size="small" icon={<LogoutOutlined />} onClick={() => signOut.mutate()} loading={signOut.isPending}>
            {narrow ? null : t('nav.signOut')}
            {narrow ? <span className="visually-hidden">{t('nav.signOut')}</span> : null}
          </Button>
        </div>
      </Layout.Header>
      <Layout>
        {narrow ? (
          <Drawer open={drawerOpen} onClose={() => setDrawerOpen(false)} placement="left" size={260} title={t('app.name')}>
            <nav aria-label={t('nav.mainNavigation')}>{menu}</nav>
          </Drawer>
        ) : (
          <Layout.Sider width={220} theme="light" className="console-sider">
            <nav aria-label={t('nav.mainNavigation')}>{menu}</nav>
          </Layout.Sider>
        )}
        <Layout.Content id="main" className="console-content">
          {me.data.role === role ? (
            children
          ) : (
            <Result status="403" title={<h1 className="card-heading">{t('states.forbidden')}</h1>} subTitle={t('states.forbiddenHint')} />
          )}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
