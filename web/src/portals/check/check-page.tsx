import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Segmented, Space, Typography } from 'antd';
import { DataTable } from '../../components/data-table';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { checkVerdicts, VerdictTag } from '../../components/verdict-tag';
import { CsvDropZone } from './csv-drop-zone';
import { resultsCsv, type CheckResult } from './read-check-stream';
import { StreamResultCard } from './stream-result-card';
import { useCheckStream } from './use-check-stream';

/**
 * The checker's bulk check: a CSV of the apps one serves, distributes or preinstalls is checked against the registry,
 * its verdicts shown as they stream in, filtered by verdict and downloaded.
 */
export function CheckPage() {
  const { t } = useTranslation();
  const stream = useCheckStream();
  const { results, counts, fileName } = stream;
  const [filter, setFilter] = useState<string>('all');
  const shown = useMemo(() => (filter === 'all' ? results : results.filter((r) => r.verdict === filter)), [results, filter]);

  function download() {
    const url = URL.createObjectURL(new Blob([resultsCsv(shown)], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${(fileName ?? 'check').replace(/\.csv$/i, '')}-${filter}.csv`;
    a.click();
    URL.revokeObjectURL(url);
  }

  const columns: ColumnsType<CheckResult> = [
    { title: t('check.row'), dataIndex: 'row', key: 'row', width: 80 },
    { title: t('check.verdict'), key: 'verdict', width: 150, render: (_, r) => <VerdictTag verdict={r.verdict} /> },
    { title: t('check.number'), key: 'number', render: (_, r) => r.number ?? '—' },
    {
      title: t('check.filed'),
      key: 'filed',
      render: (_, r) =>
        r.filed ? (
          <Space direction="vertical" size={0}>
            <span>{r.filed.serviceName ?? '—'}</span>
            <Typography.Text type="secondary">{r.filed.subjectName}</Typography.Text>
          </Space>
        ) : r.details?.code ? (
          <Typography.Text type="secondary">
            {r.details.code}
            {r.details.path ? ` · ${r.details.path}` : ''}
          </Typography.Text>
        ) : (
          '—'
        ),
    },
  ];
  const done = results.length;

  return (
    <>
      <PageHeader title={t('check.title')} intro={t('check.intro')} />
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Card>
          <CsvDropZone
            text={t('check.drop')}
            disabled={stream.running}
            onFile={(file) => {
              setFilter('all');
              void stream.start(file);
            }}
          />
        </Card>
        {stream.failure ? <Alert type="error" showIcon role="alert" title={t('check.failed')} description={stream.failure} /> : null}
        {fileName ? (
          <StreamResultCard
            stream={stream}
            statistics={[
              { key: 'filed', title: t('check.verdicts.filed'), value: counts.get('filed') ?? 0 },
              { key: 'notFiled', title: t('check.notFiledTotal'), value: done - (counts.get('filed') ?? 0) },
            ]}
            extra={
              <Button icon={<DownloadOutlined />} onClick={download} disabled={shown.length === 0}>
                {t('check.download')}
              </Button>
            }
          >
            <div className="check-filter" role="group" aria-label={t('check.filter')}>
              <Segmented
                value={filter}
                onChange={(v) => setFilter(String(v))}
                options={[
                  { value: 'all', label: `${t('check.all')} ${done}` },
                  ...checkVerdicts.filter((v) => counts.has(v)).map((v) => ({ value: v, label: `${t(`check.verdicts.${v}`)} ${counts.get(v)}` })),
                ]}
              />
            </div>
            <DataTable label={stream.fileName ?? t('check.title')} rowKey="row" size="small" dataSource={shown} columns={columns} pagination={{ pageSize: 50, showSizeChanger: false }} scroll={{ x: 640 }} locale={{ emptyText: t('check.none') }} />
          </StreamResultCard>
        ) : null}
      </Space>
    </>
  );
}
