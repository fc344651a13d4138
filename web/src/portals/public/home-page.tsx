import { useQuery } from '@tanstack/react-query';
import { Button, Card, Input, List, Skeleton, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { unwrap } from '../../api/api-error';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { PublicLayout } from '../../components/public-layout';
import { useLanguage } from '../../i18n/use-language';
import './home-page.css';

/** The server's filing page for a number: complete HTML, readable without JavaScript. */
function filingHref(number: string, english: boolean): string {
  return `/filings/${encodeURIComponent(number.trim())}${english ? '?lang=en' : ''}`;
}

/** `/`: one search box for a filing number, and the latest filings. */
export function HomePage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const english = language === 'en';
  const latest = useQuery({
    queryKey: ['public-filings', 'latest'],
    queryFn: () => unwrap(api.GET('/api/v1/public/filings', { params: { query: { limit: 10, kind: 'service' } } })),
  });
  return (
    <PublicLayout>
      <section className="home-search" aria-labelledby="home-title">
        <Typography.Title level={1} id="home-title" className="home-title">
          {t('home.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('home.intro')}</Typography.Paragraph>
        <form
          role="search"
          action="/filings"
          method="get"
          onSubmit={(event) => {
            event.preventDefault();
            const value = new FormData(event.currentTarget).get('number');
            if (typeof value === 'string' && value.trim()) window.location.assign(filingHref(value, english));
          }}
        >
          <label htmlFor="filing-number" className="home-label">
            {t('home.searchLabel')}
          </label>
          <Space.Compact className="home-search-row">
            <Input id="filing-number" name="number" size="large" required maxLength={64} placeholder={t('home.searchPlaceholder')} />
            <Button htmlType="submit" type="primary" size="large" className="home-submit">
              {t('home.searchButton')}
            </Button>
          </Space.Compact>
        </form>
      </section>
      <Card title={<h2 className="card-heading">{t('home.latest')}</h2>} className="home-latest">
        {latest.isPending ? (
          <Skeleton active aria-label={t('states.loading')} />
        ) : latest.isError ? (
          <ErrorAlert error={latest.error} onRetry={() => void latest.refetch()} />
        ) : (
          <List
            dataSource={latest.data.items}
            locale={{ emptyText: t('home.empty') }}
            renderItem={(filing) => (
              <List.Item>
                <List.Item.Meta
                  title={
                    <Space wrap size={8}>
                      <a href={filingHref(filing.number, english)}>{filing.serviceName ?? filing.subjectName}</a>
                      {filing.serviceType ? <Tag>{t(`serviceType.${filing.serviceType}`)}</Tag> : null}
                    </Space>
                  }
                  description={
                    <span className="home-filing-line">
                      <span>{filing.number}</span>
                      <span>{filing.subjectName}</span>
                      <span>{filing.approvalDate}</span>
                    </span>
                  }
                />
              </List.Item>
            )}
          />
        )}
      </Card>
    </PublicLayout>
  );
}
