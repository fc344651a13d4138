import { InboxOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Form, Progress, Select, Space, Statistic, Tag, Typography, Upload } from 'antd';
import { DataTable } from '../../components/data-table';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { tagTones } from '../../components/tag-tones';
import { useLanguage } from '../../i18n/use-language';
import { countCsvRows, streamCheck, type CheckResult } from './read-check-stream';

const kinds = ['distribution', 'preinstall'] as const;
type Kind = (typeof kinds)[number];

interface ReportRow {
  row: number;
  platform: string | null;
  packageName: string | null;
  appName: string | null;
  verdict: string;
  filedNumber: string | null;
}

function tone(verdict: string) {
  if (verdict === 'filed') return tagTones.success;
  if (verdict === 'invalid') return tagTones.neutral;
  if (verdict === 'access_limited' || verdict === 'name_mismatch' || verdict === 'subject_mismatch') return tagTones.warning;
  return tagTones.danger;
}

/** The last whole quarter before today: the period a report most often covers. */
function lastQuarter(): [Dayjs, Dayjs] {
  const now = dayjs();
  const startOfThis = now.month(Math.floor(now.month() / 3) * 3).startOf('month');
  const start = startOfThis.subtract(3, 'month');
  return [start, startOfThis.subtract(1, 'day')];
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as T;
}

/**
 * `/check/reports`: a distribution or preinstall report (§二(八)、(九)) — the party's full list of apps for a period,
 * uploaded as CSV, checked row by row as it streams, then stored; afterwards the verdict counts and every row that is
 * not filed as it should be.
 */
export function ReportPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [kind, setKind] = useState<Kind>('distribution');
  const [period, setPeriod] = useState<[Dayjs, Dayjs]>(lastQuarter);
  const [fileName, setFileName] = useState<string | null>(null);
  const [total, setTotal] = useState(0);
  const [results, setResults] = useState<CheckResult[]>([]);
  const [running, setRunning] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [summary, setSummary] = useState<{ id: string; status: string; rows: number; verdicts: Record<string, number> } | null>(null);
  const [unfiled, setUnfiled] = useState<ReportRow[]>([]);
  const abort = useRef<AbortController | null>(null);

  const counts = useMemo(() => {
    const by = new Map<string, number>();
    for (const r of results) by.set(r.verdict, (by.get(r.verdict) ?? 0) + 1);
    return by;
  }, [results]);

  async function start(file: File) {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setFileName(file.name);
    setTotal(countCsvRows(await file.text()));
    setResults([]);
    setFailure(null);
    setSummary(null);
    setUnfiled([]);
    setRunning(true);
    let location: string | null = null;
    const query = new URLSearchParams({ kind, periodStart: period[0].format('YYYY-MM-DD'), periodEnd: period[1].format('YYYY-MM-DD') });
    try {
      await streamCheck(file, (batch) => setResults((previous) => previous.concat(batch)), controller.signal, {
        url: `/api/v1/distribution-reports?${query.toString()}`,
        onResponse: (response) => {
          location = response.headers.get('location');
        },
      });
    } catch (error) {
      if (!controller.signal.aborted) {
        const body = (error as { body?: { error?: { message: { zh: string; en: string } } } }).body;
        setFailure(body?.error ? (language === 'en' ? body.error.message.en : body.error.message.zh) : t('errors.network'));
      }
    }
    try {
      if (location && !controller.signal.aborted) {
        const report = await fetchJson<{ id: string; status: string; rows: number; verdicts: Record<string, number> }>(location);
        setSummary(report);
        const rows: ReportRow[] = [];
        let after: number | null = null;
        do {
          const page: { items: ReportRow[]; nextAfter: number | null } = await fetchJson(`${location}/rows?limit=1000${after === null ? '' : `&after=${after}`}`);
          rows.push(...page.items.filter((r) => r.verdict !== 'filed' && r.verdict !== 'invalid'));
          after = page.nextAfter;
        } while (after !== null && rows.length < 5000);
        setUnfiled(rows);
      }
    } catch {
      setFailure(t('errors.network'));
    } finally {
      if (abort.current === controller) setRunning(false);
    }
  }

  const columns: ColumnsType<ReportRow> = [
    { title: t('reports.row'), dataIndex: 'row', key: 'row', width: 70 },
    { title: t('reports.verdict'), key: 'verdict', width: 130, render: (_, r) => <Tag style={tone(r.verdict)}>{t(`check.verdicts.${r.verdict}`)}</Tag> },
    { title: t('reports.package'), key: 'package', width: 260, render: (_, r) => <Typography.Text code>{r.packageName ?? '—'}</Typography.Text> },
    { title: t('reports.appName'), key: 'appName', render: (_, r) => r.appName ?? '—' },
    { title: t('reports.filedNumber'), key: 'filedNumber', render: (_, r) => r.filedNumber ?? '—' },
  ];
  const done = results.length;
  const percent = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : running ? 0 : 100;
  const verdictCounts = summary ? Object.entries(summary.verdicts) : [...counts.entries()];

  return (
    <>
      <PageHeader title={t('reports.title')} intro={t('reports.intro')} />
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Card>
          <Form layout="vertical" requiredMark={false}>
            <Space wrap size={[16, 0]} align="start">
              <Form.Item label={t('reports.kind')} htmlFor="report-kind">
                <Select id="report-kind" style={{ width: 200 }} value={kind} disabled={running} onChange={(v) => setKind(v)} options={kinds.map((k) => ({ value: k, label: t(`reports.kinds.${k}`) }))} />
              </Form.Item>
              <Form.Item label={t('reports.period')}>
                <DatePicker.RangePicker
                  value={period}
                  allowClear={false}
                  disabled={running}
                  aria-label={t('reports.period')}
                  onChange={(range) => {
                    if (range?.[0] && range[1]) setPeriod([range[0], range[1]]);
                  }}
                />
              </Form.Item>
            </Space>
          </Form>
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
            <p className="ant-upload-text">{t('reports.drop')}</p>
            <p className="ant-upload-hint">{t('check.columns')}</p>
          </Upload.Dragger>
        </Card>
        {failure ? <Alert type="error" showIcon role="alert" title={t('reports.failed')} description={failure} /> : null}
        {fileName ? (
          <Card
            title={<h2 className="card-heading">{fileName}</h2>}
            extra={
              running ? (
                <Button icon={<StopOutlined />} onClick={() => abort.current?.abort()}>
                  {t('check.stop')}
                </Button>
              ) : summary ? (
                <Tag style={summary.status === 'complete' ? tagTones.success : tagTones.danger}>{t(`reports.status.${summary.status}`)}</Tag>
              ) : null
            }
          >
            <Space direction="vertical" size={16} style={{ width: '100%' }}>
              <Progress percent={percent} status={failure ? 'exception' : running ? 'active' : 'success'} aria-label={t('check.progress')} />
              <Space size={24} wrap>
                <Statistic title={t('check.checked')} value={summary?.rows ?? done} suffix={total ? `/ ${total}` : undefined} />
                {verdictCounts.map(([verdict, count]) => (
                  <Statistic key={verdict} title={t(`check.verdicts.${verdict}`)} value={count} />
                ))}
              </Space>
              {summary ? (
                <>
                  <h3 className="card-heading">{t('reports.unfiledHeading', { count: unfiled.length })}</h3>
                  <DataTable label={t('reports.unfiledHeading', { count: unfiled.length })} rowKey="row" size="small" dataSource={unfiled} columns={columns} pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }} scroll={{ x: 640 }} locale={{ emptyText: t('reports.allFiled') }} />
                </>
              ) : null}
            </Space>
          </Card>
        ) : null}
      </Space>
    </>
  );
}
