import { useQueryClient } from '@tanstack/react-query';
import { Alert, Card, DatePicker, Form, Select, Space, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { tagTones } from '../../components/tag-tones';
import { verdictStatistics } from '../../components/verdict-tag';
import { CsvDropZone } from './csv-drop-zone';
import { OpenedReport, ReportHistory } from './report-history';
import { ReportVerdicts } from './report-verdicts';
import { StreamResultCard } from './stream-result-card';
import { useCheckStream } from './use-check-stream';
import { reportsKey, useReport } from './use-reports';

const kinds = ['distribution', 'preinstall'] as const;
type Kind = (typeof kinds)[number];

/** The last whole quarter before today: the period a report most often covers. */
function lastQuarter(): [Dayjs, Dayjs] {
  const now = dayjs();
  const startOfThis = now.month(Math.floor(now.month() / 3) * 3).startOf('month');
  const start = startOfThis.subtract(3, 'month');
  return [start, startOfThis.subtract(1, 'day')];
}

/**
 * `/check/reports`: a distribution or preinstall report (§二(八)、(九)) — the party's full list of apps for a period,
 * uploaded as CSV, checked row by row as it streams, then stored; afterwards the verdict counts and every row that is
 * not filed as it should be. Below, the party's earlier reports, each opened (`?report=`) or downloaded.
 */
export function ReportPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const [kind, setKind] = useState<Kind>('distribution');
  const [period, setPeriod] = useState<[Dayjs, Dayjs]>(lastQuarter);
  const [reportId, setReportId] = useState<string | null>(null);
  const stream = useCheckStream();
  const summary = useReport(reportId).data;
  const opened = params.get('report');
  const openedCard = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (opened) openedCard.current?.scrollIntoView({ block: 'start' });
  }, [opened]);

  function open(id: string | null) {
    const next = new URLSearchParams(params);
    if (id) next.set('report', id);
    else next.delete('report');
    setParams(next, { replace: true });
  }

  async function upload(file: File) {
    setReportId(null);
    let id: string | null = null;
    const query = new URLSearchParams({ kind, periodStart: period[0].format('YYYY-MM-DD'), periodEnd: period[1].format('YYYY-MM-DD') });
    const { aborted } = await stream.start(file, {
      url: `/api/v1/distribution-reports?${query.toString()}`,
      onResponse: (response) => {
        id = response.headers.get('x-report-id');
      },
    });
    if (id && !aborted) setReportId(id);
    void queryClient.invalidateQueries({ queryKey: [...reportsKey, 'list'] });
  }

  return (
    <>
      <PageHeader title={t('reports.title')} intro={t('reports.intro')} />
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Card>
          <Form layout="vertical" requiredMark={false}>
            <Space wrap size={[16, 0]} align="start">
              <Form.Item label={t('reports.kind')} htmlFor="report-kind">
                <Select id="report-kind" style={{ width: 200 }} value={kind} disabled={stream.running} onChange={(v) => setKind(v)} options={kinds.map((k) => ({ value: k, label: t(`reports.kinds.${k}`) }))} />
              </Form.Item>
              <Form.Item label={t('reports.period')}>
                <DatePicker.RangePicker
                  value={period}
                  allowClear={false}
                  disabled={stream.running}
                  aria-label={t('reports.period')}
                  onChange={(range) => {
                    if (range?.[0] && range[1]) setPeriod([range[0], range[1]]);
                  }}
                />
              </Form.Item>
            </Space>
          </Form>
          <CsvDropZone text={t('reports.drop')} disabled={stream.running} onFile={(file) => void upload(file)} />
        </Card>
        {stream.failure ? <Alert type="error" showIcon role="alert" title={t('reports.failed')} description={stream.failure} /> : null}
        {stream.fileName ? (
          <div className="report-upload">
            <StreamResultCard
              stream={stream}
              checked={summary?.rows ?? stream.results.length}
              statistics={verdictStatistics(summary?.verdicts ?? stream.counts, t)}
              extra={summary ? <Tag style={summary.status === 'complete' ? tagTones.success : tagTones.danger}>{t(`reports.status.${summary.status}`)}</Tag> : null}
            >
              {summary ? <ReportVerdicts reportId={summary.id} /> : null}
            </StreamResultCard>
          </div>
        ) : null}
        <ReportHistory onOpen={open} />
        {opened ? (
          <div ref={openedCard}>
            <OpenedReport key={opened} id={opened} onClose={() => open(null)} />
          </div>
        ) : null}
      </Space>
    </>
  );
}
