import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { ReactNode } from 'react';
import './global.css';
import { useLanguage } from '../i18n/use-language';

const theme = {
  token: {
    colorPrimary: '#1360d6',
    colorLink: '#0b4fb3',
    // Secondary texts dark enough for WCAG AA contrast (4.5:1) on white and on the banners' tints.
    colorTextSecondary: '#595959',
    colorTextTertiary: '#595959',
    colorTextDescription: '#595959',
    colorTextPlaceholder: '#6e6e6e',
    colorTextQuaternary: '#6e6e6e',
    borderRadius: 6,
    // System fonts only: the portals run on closed networks, nothing is fetched from outside.
    fontFamily: '-apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "Helvetica Neue", Arial, sans-serif',
  },
};

/** Ant Design in the person's language (its own texts, dates) with the portals' theme. */
export function AppTheme({ children }: { children: ReactNode }) {
  const { language } = useLanguage();
  dayjs.locale(language === 'en' ? 'en' : 'zh-cn');
  return (
    <ConfigProvider locale={language === 'en' ? enUS : zhCN} theme={theme} button={{ autoInsertSpace: false }}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
