import { useQuery } from '@tanstack/react-query';
import { Button, Card, Input, List, Skeleton, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { unwrap } from '../../api/api-error';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { PublicLayout } from '../../components/public-layout';
import { useSearchParams } from 'react-router';
import { useLanguage } from '../../i18n/use-language';
import { RegistrySearchResults } from './registry-search-results';
import './home-page.css';

/** The server's filing page for a number: complete HTML, readable without JavaScript. */
function filingHref(number: string, english: boolean): string {
  return `/filings/${encodeURIComponent(number.trim())}${english ? '?lang=en' : ''}`;
}

/** A filing number (subject or service) rather than a name: it goes straight to the filing's page. */
function looksLikeNumber(value: string): boolean {
  // 备 U+5907, 证 U+8BC1, 号 U+53F7: a province abbreviation, ICP备, a sequence and 号, then a service suffix.
  return /^\p{Script=Han}{1,2}(ICP|B2-)?[\u5907\u8bc1]?\d{6,}\u53f7(-\d+[AXK]?)?$/u.test(value.trim());
}

/** `/`: one search box for a filing number, a name or a package name; its results, or the latest filings. */
export function HomePage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const english = language === 'en';
  const [params, setParams] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const latest = useQuery({
    queryKey: ['public-filings', 'latest'],
    queryFn: () => unwrap(api.GET('/api/v1/public/filings', { params: { query: { limit: 10, kind: 'service' } } })),
    enabled: !q,
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
            if (typeof value !== 'string' || !value.trim()) return;
            if (looksLikeNumber(value)) window.location.assign(filingHref(value, english));
            else setParams((current) => {
              const next = new URLSearchParams(current);
              next.set('q', value.trim());
              return next;
            });
          }}
        >
          <label htmlFor="filing-number" className="home-label">
            {t('registrySearch.label')}
          </label>
          <Space.Compact className="home-search-row">
            <Input id="filing-number" name="number" size="large" required maxLength={64} placeholder={t('registrySearch.placeholder')} defaultValue={q} key={q} />
            <Button htmlType="submit" type="primary" size="large" className="home-submit">
              {t('home.searchButton')}
            </Button>
          </Space.Compact>
        </form>
      </section>
      {q ? (
        <RegistrySearchResults
          q={q}
          filingHref={(number) => filingHref(number, english)}
          onClear={() =>
            setParams((current) => {
              const next = new URLSearchParams(current);
              next.delete('q');
              return next;
            })
          }
        />
      ) : (
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
      )}
    </PublicLayout>
  );
}
