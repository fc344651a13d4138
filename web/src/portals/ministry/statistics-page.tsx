import { Card, Col, Row, Space, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/use-me';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { BacklogSection } from './backlog-section';
import { CountsSection } from './counts-section';
import { ReviewTimeSection } from './review-time-section';
import { hoursOf } from './statistics-format';
import { StatisticsFilters, useStatisticsFilter } from './statistics-filters';
import { useBacklog, useCounts, useReviewTimes } from './use-statistics';
import './statistics-page.css';

/** The ministry's overview: what was filed and received in a period, what waits and is overdue, how long reviews take. */
export function StatisticsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [filter, setFilter] = useStatisticsFilter();
  const counts = useCounts(filter);
  const backlog = useBacklog(filter.province);
  const times = useReviewTimes(filter);
  const failed = [counts, backlog, times].find((query) => query.isError);
  const hours = (seconds: number | null | undefined) => {
    const value = hoursOf(seconds ?? null);
    return value === null ? '—' : value.toFixed(1);
  };
  const kpis = [
    { key: 'filings', title: t('statistics.kpi.filings'), value: counts.data?.filings.services, loading: counts.isPending },
    { key: 'applications', title: t('statistics.kpi.applications'), value: counts.data?.applications.total, loading: counts.isPending },
    {
      key: 'providerBacklog',
      title: t('statistics.kpi.providerBacklog'),
      value: backlog.data?.providerReview.waiting,
      overdue: backlog.data?.providerReview.overdue,
      loading: backlog.isPending,
    },
    {
      key: 'bureauBacklog',
      title: t('statistics.kpi.bureauBacklog'),
      value: backlog.data?.bureauReview.waiting,
      overdue: backlog.data?.bureauReview.overdue,
      loading: backlog.isPending,
    },
    { key: 'providerP50', title: t('statistics.kpi.providerP50'), text: hours(times.data?.providerReview.overall.p50Seconds), suffix: t('statistics.hoursUnit'), loading: times.isPending },
    { key: 'bureauP50', title: t('statistics.kpi.bureauP50'), text: hours(times.data?.bureauReview.overall.p50Seconds), suffix: t('statistics.hoursUnit'), loading: times.isPending },
  ];
  return (
    <>
      <PageHeader
        title={t('statistics.title')}
        intro={t('statistics.intro')}
        extra={<StatisticsFilters filter={filter} onChange={setFilter} provinces={me.data?.role === 'ministry'} />}
      />
      {failed ? <ErrorAlert error={failed.error} onRetry={() => void failed.refetch()} /> : null}
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Row gutter={[12, 12]}>
          {kpis.map((kpi) => (
            <Col key={kpi.key} xs={12} md={8} xl={4}>
              <Card size="small" className="statistics-kpi">
                <Statistic
                  title={kpi.title}
                  loading={kpi.loading}
                  value={kpi.text ?? kpi.value ?? '—'}
                  suffix={kpi.suffix}
                />
                {kpi.overdue !== undefined ? (
                  <div className={kpi.overdue > 0 ? 'statistics-overdue' : 'statistics-on-time'}>{t('statistics.kpi.overdue', { count: kpi.overdue })}</div>
                ) : null}
              </Card>
            </Col>
          ))}
        </Row>
        <BacklogSection backlog={backlog.data} loading={backlog.isPending} />
        <ReviewTimeSection times={times.data} loading={times.isPending} />
        <CountsSection counts={counts.data} loading={counts.isPending} />
      </Space>
    </>
  );
}
