import { DownloadOutlined, InboxOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Progress, Segmented, Space, Statistic, Tag, Typography, Upload } from 'antd';
import { DataTable } from '../../components/data-table';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { tagTones } from '../../components/tag-tones';
import { useLanguage } from '../../i18n/use-language';
import { countCsvRows, resultsCsv, streamCheck, type CheckResult } from './read-check-stream';

const verdicts = ['filed', 'not_filed', 'cancelled', 'revoked', 'access_limited', 'signature_mismatch', 'name_mismatch', 'subject_mismatch', 'invalid'] as const;

function tone(verdict: string) {
  if (verdict === 'filed') return tagTones.success;
  if (verdict === 'invalid') return tagTones.neutral;
  if (verdict === 'access_limited' || verdict === 'name_mismatch' || verdict === 'subject_mismatch') return tagTones.warning;
  return tagTones.danger;
}

/**
 * The checker's bulk check: a CSV of the apps one serves, distributes or preinstalls is checked against the registry,
 * its verdicts shown as they stream in, filtered by verdict and downloaded.
 */
export function CheckPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [fileName, setFileName] = useState<string | null>(null);
  const [total, setTotal] = useState(0);
  const [results, setResults] = useState<CheckResult[]>([]);
  const [running, setRunning] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [filter, setFilter] = useState<string>('all');
  const abort = useRef<AbortController | null>(null);

  const counts = useMemo(() => {
    const by = new Map<string, number>();
    for (const r of results) by.set(r.verdict, (by.get(r.verdict) ?? 0) + 1);
    return by;
  }, [results]);
  const shown = useMemo(() => (filter === 'all' ? results : results.filter((r) => r.verdict === filter)), [results, filter]);

  async function start(file: File) {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setFileName(file.name);
    setTotal(countCsvRows(await file.text()));
    setResults([]);
    setFailure(null);
    setFilter('all');
    setRunning(true);
    try {
      await streamCheck(file, (batch) => setResults((previous) => previous.concat(batch)), controller.signal);
    } catch (error) {
      if (!controller.signal.aborted) {
        const body = (error as { body?: { error?: { message: { zh: string; en: string } } } }).body;
        setFailure(body?.error ? (language === 'en' ? body.error.message.en : body.error.message.zh) : t('errors.network'));
      }
    } finally {
      if (abort.current === controller) setRunning(false);
    }
  }

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
    { title: t('check.verdict'), key: 'verdict', width: 150, render: (_, r) => <Tag style={tone(r.verdict)}>{t(`check.verdicts.${r.verdict}`)}</Tag> },
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
  const percent = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : running ? 0 : 100;

  return (
    <>
      <PageHeader title={t('check.title')} intro={t('check.intro')} />
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Card>
          <Upload.Dragger
            accept=".csv,text/csv"
            showUploadList={false}
            multiple={false}
            disabled={running}
            beforeUpload={(file) => {
              void start(file);
              return false;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('check.drop')}</p>
            <p className="ant-upload-hint">{t('check.columns')}</p>
          </Upload.Dragger>
        </Card>
        {failure ? <Alert type="error" showIcon role="alert" title={t('check.failed')} description={failure} /> : null}
        {fileName ? (
          <Card
            title={<h2 className="card-heading">{fileName}</h2>}
            extra={
              running ? (
                <Button icon={<StopOutlined />} onClick={() => abort.current?.abort()}>
                  {t('check.stop')}
                </Button>
              ) : (
                <Button icon={<DownloadOutlined />} onClick={download} disabled={shown.length === 0}>
                  {t('check.download')}
                </Button>
              )
            }
          >
            <Space direction="vertical" size={16} style={{ width: '100%' }}>
              <Progress percent={percent} status={failure ? 'exception' : running ? 'active' : 'success'} aria-label={t('check.progress')} />
              <Space size={24} wrap>
                <Statistic title={t('check.checked')} value={done} suffix={total ? `/ ${total}` : undefined} />
                <Statistic title={t('check.verdicts.filed')} value={counts.get('filed') ?? 0} />
                <Statistic title={t('check.notFiledTotal')} value={done - (counts.get('filed') ?? 0)} />
              </Space>
              <div className="check-filter" role="group" aria-label={t('check.filter')}>
                <Segmented
                  value={filter}
                  onChange={(v) => setFilter(String(v))}
                  options={[
                    { value: 'all', label: `${t('check.all')} ${done}` },
                    ...verdicts.filter((v) => counts.has(v)).map((v) => ({ value: v, label: `${t(`check.verdicts.${v}`)} ${counts.get(v)}` })),
                  ]}
                />
              </div>
              <DataTable label={fileName} rowKey="row" size="small" dataSource={shown} columns={columns} pagination={{ pageSize: 50, showSizeChanger: false }} scroll={{ x: 640 }} locale={{ emptyText: t('check.none') }} />
            </Space>
          </Card>
        ) : null}
      </Space>
    </>
  );
}
