import { CloseOutlined } from '@ant-design/icons';
import { Button, Card, Skeleton, Space, Statistic, Tag } from 'antd';
import { DataTable } from '../../components/data-table';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { tagTones } from '../../components/tag-tones';
import { verdictStatistics } from '../../components/verdict-tag';
import { ReportVerdicts } from './report-verdicts';
import { reportCsvHref, useReport, useReportList, type ReportSummary } from './use-reports';

const unfiledCount = (r: ReportSummary) => Object.entries(r.verdicts).reduce((sum, [verdict, n]) => (verdict === 'filed' || verdict === 'invalid' ? sum : sum + n), 0);

function useReportTitle() {
  const { t } = useTranslation();
  return (r: ReportSummary) => t('reports.unfiled.reportOf', { kind: t(`reports.kinds.${r.kind}`), start: r.periodStart, end: r.periodEnd });
}

function StatusTag({ status }: { status: ReportSummary['status'] }) {
  const { t } = useTranslation();
  return <Tag style={status === 'complete' ? tagTones.success : status === 'failed' ? tagTones.danger : tagTones.info}>{t(`reports.history.status.${status}`)}</Tag>;
}

/** The party's earlier reports, newest first: each opens to its verdicts and downloads as CSV. */
export function ReportHistory({ onOpen }: { onOpen(id: string): void }) {
  const { t } = useTranslation();
  const list = useReportList();
  const title = useReportTitle();
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const columns: ColumnsType<ReportSummary> = [
    { title: t('reports.history.submittedAt'), key: 'submittedAt', width: 140, render: (_, r) => dayjs(r.submittedAt).format('YYYY-MM-DD HH:mm') },
    { title: t('reports.history.report'), key: 'report', width: 240, render: (_, r) => title(r) },
    { title: t('reports.history.state'), key: 'status', width: 90, render: (_, r) => <StatusTag status={r.status} /> },
    { title: t('reports.history.rows'), dataIndex: 'rows', key: 'rows', width: 70, align: 'right' },
    { title: t('check.verdicts.filed'), key: 'filed', width: 80, align: 'right', render: (_, r) => r.verdicts.filed ?? 0 },
    { title: t('reports.history.unfiled'), key: 'unfiled', width: 110, align: 'right', render: (_, r) => unfiledCount(r) },
    {
      title: t('reports.history.actions'),
      key: 'actions',
      width: 170,
      render: (_, r) => (
        <Space size={0} wrap>
          <Button type="link" onClick={() => onOpen(r.id)} aria-label={`${t('reports.history.view')} ${title(r)}`}>
            {t('reports.history.view')}
          </Button>
          <Button type="link" href={reportCsvHref(r.id)} download aria-label={`${t('reports.history.download')} ${title(r)}`}>
            {t('reports.history.download')}
          </Button>
        </Space>
      ),
    },
  ];
  return (
    <Card title={<h2 className="card-heading">{t('reports.history.heading')}</h2>} className="report-history">
      {list.isPending ? (
        <Skeleton active aria-label={t('states.loading')} />
      ) : list.isError ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          <DataTable label={t('reports.history.heading')} rowKey="id" size="small" dataSource={items} columns={columns} pagination={false} scroll={{ x: 900 }} locale={{ emptyText: t('reports.history.empty') }} />
          {list.hasNextPage ? (
            <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
              {t('reports.history.more')}
            </Button>
          ) : null}
        </Space>
      )}
    </Card>
  );
}

/** An earlier report opened from the list: its verdict counts and the rows not filed as they should be. */
export function OpenedReport({ id, onClose }: { id: string; onClose(): void }) {
  const { t } = useTranslation();
  const report = useReport(id);
  const title = useReportTitle();
  return (
    <Card
      className="report-opened"
      title={<h2 className="card-heading">{report.data ? title(report.data) : t('states.loading')}</h2>}
      extra={
        <Space size={8}>
          {report.data ? <StatusTag status={report.data.status} /> : null}
          <Button icon={<CloseOutlined />} onClick={onClose} aria-label={t('reports.history.close')} />
        </Space>
      }
    >
      {report.isPending ? (
        <Skeleton active aria-label={t('states.loading')} />
      ) : report.isError ? (
        <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Space size={24} wrap>
            <Statistic title={t('reports.history.rows')} value={report.data.rows} />
            {verdictStatistics(report.data.verdicts, t).map((s) => (
              <Statistic key={s.key} title={s.title} value={s.value} />
            ))}
          </Space>
          <ReportVerdicts reportId={id} />
        </Space>
      )}
    </Card>
  );
}
