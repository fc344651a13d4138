import { DownloadOutlined } from '@ant-design/icons';
import { Button, Skeleton, Typography } from 'antd';
import { DataTable } from '../../components/data-table';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { VerdictTag } from '../../components/verdict-tag';
import { reportCsvHref, useUnfiledRows, type ReportRow } from './use-reports';

/** A stored report's rows not filed as they should be, and its every row as a CSV download. */
export function ReportVerdicts({ reportId }: { reportId: string }) {
  const { t } = useTranslation();
  const unfiled = useUnfiledRows(reportId);
  const columns: ColumnsType<ReportRow> = [
    { title: t('reports.row'), dataIndex: 'row', key: 'row', width: 70 },
    { title: t('reports.verdict'), key: 'verdict', width: 130, render: (_, r) => <VerdictTag verdict={r.verdict} /> },
    { title: t('reports.package'), key: 'package', width: 260, render: (_, r) => <Typography.Text code>{r.packageName ?? '—'}</Typography.Text> },
    { title: t('reports.appName'), key: 'appName', render: (_, r) => r.appName ?? '—' },
    { title: t('reports.filedNumber'), key: 'filedNumber', render: (_, r) => r.filedNumber ?? '—' },
  ];
  if (unfiled.isPending) return <Skeleton active aria-label={t('states.loading')} />;
  if (unfiled.isError) return <ErrorAlert error={unfiled.error} onRetry={() => void unfiled.refetch()} />;
  return (
    <div className="report-verdicts">
      <div className="report-verdicts-heading">
        <h3 className="card-heading">{t('reports.unfiledHeading', { count: unfiled.data.length })}</h3>
        <Button icon={<DownloadOutlined />} href={reportCsvHref(reportId)} download>
          {t('reports.history.download')}
        </Button>
      </div>
      <DataTable label={t('reports.unfiledHeading', { count: unfiled.data.length })} rowKey="row" size="small" dataSource={unfiled.data} columns={columns} pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }} scroll={{ x: 640 }} locale={{ emptyText: t('reports.allFiled') }} />
    </div>
  );
}
