import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Space, Spin, Tag, Typography } from 'antd';
import { DataTable } from '../../components/data-table';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { unwrap } from '../../api/api-error';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { tagTones } from '../../components/tag-tones';
import { VerdictTag } from '../../components/verdict-tag';

interface UnfiledItem {
  party: { code: string | null; name: string };
  reportId: string;
  kind: 'distribution' | 'preinstall';
  periodStart: string;
  periodEnd: string;
  row: number;
  platform: string | null;
  packageName: string | null;
  appName: string | null;
  verdict: string;
  filedNumber: string | null;
}

interface PartyGroup {
  key: string;
  party: UnfiledItem['party'];
  kind: UnfiledItem['kind'];
  periodStart: string;
  periodEnd: string;
  items: UnfiledItem[];
}

/** At most this many rows are read for one view; the page says so when there are more. */
const maxRows = 5000;

/**
 * `/ministry/unfiled` and `/bureau/unfiled`: per reporting party, the apps its latest complete distribution or
 * preinstall report lists that are not filed as they should be. A bureau sees the rows judged against its province's
 * filings; the ministry all of them.
 */
export function UnfiledPage({ scope }: { scope: 'ministry' | 'bureau' }) {
  const { t } = useTranslation();
  const list = useQuery({
    queryKey: ['unfiled-distributions'],
    queryFn: async () => {
      const items: UnfiledItem[] = [];
      let cursor: string | undefined;
      let more = false;
      do {
        const page = await unwrap(api.GET('/api/v1/unfiled-distributions', { params: { query: { limit: 500, ...(cursor ? { cursor } : {}) } } }));
        items.push(...page.items);
        cursor = page.nextCursor ?? undefined;
        more = cursor !== undefined && items.length >= maxRows;
      } while (cursor && !more);
      return { items, more };
    },
  });
  const groups = useMemo(() => {
    const byReport = new Map<string, PartyGroup>();
    for (const item of list.data?.items ?? []) {
      const group = byReport.get(item.reportId) ?? { key: item.reportId, party: item.party, kind: item.kind, periodStart: item.periodStart, periodEnd: item.periodEnd, items: [] };
      group.items.push(item);
      byReport.set(item.reportId, group);
    }
    return [...byReport.values()].sort((a, b) => a.party.name.localeCompare(b.party.name, 'zh-CN') || a.kind.localeCompare(b.kind));
  }, [list.data]);

  const columns: ColumnsType<UnfiledItem> = [
    { title: t('reports.package'), key: 'package', width: 260, render: (_, r) => <Typography.Text code>{r.packageName ?? '—'}</Typography.Text> },
    { title: t('reports.appName'), key: 'appName', width: 180, render: (_, r) => r.appName ?? '—' },
    { title: t('reports.platform'), key: 'platform', width: 100, render: (_, r) => r.platform ?? '—' },
    { title: t('reports.verdict'), key: 'verdict', width: 140, render: (_, r) => <VerdictTag verdict={r.verdict} /> },
    {
      title: t('reports.filedNumber'),
      key: 'filedNumber',
      width: 220,
      render: (_, r) =>
        r.filedNumber ? (
          <a href={`/filings/${encodeURIComponent(r.filedNumber)}`} target="_blank" rel="noopener noreferrer">
            {r.filedNumber}
          </a>
        ) : (
          '—'
        ),
    },
  ];

  return (
    <>
      <PageHeader title={t('reports.unfiled.title')} intro={t(scope === 'ministry' ? 'reports.unfiled.ministryIntro' : 'reports.unfiled.bureauIntro')} />
      {list.isError ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : list.isPending ? (
        <Spin />
      ) : groups.length === 0 ? (
        <Card>
          <Empty description={t('reports.unfiled.empty')} />
        </Card>
      ) : (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          {list.data.more ? <Typography.Text type="secondary">{t('reports.unfiled.more', { count: maxRows })}</Typography.Text> : null}
          {groups.map((group) => (
            <Card
              key={group.key}
              title={
                <h2 className="card-heading">
                  {group.party.name}
                  {group.party.code ? <Typography.Text type="secondary"> · {group.party.code}</Typography.Text> : null}
                </h2>
              }
              extra={<Tag style={tagTones.danger}>{t('reports.unfiled.count', { count: group.items.length })}</Tag>}
            >
              <Typography.Paragraph type="secondary">
                {t('reports.unfiled.reportOf', { kind: t(`reports.kinds.${group.kind}`), start: group.periodStart, end: group.periodEnd })}
              </Typography.Paragraph>
              <DataTable<UnfiledItem> label={t('reports.unfiled.reportOf', { kind: t(`reports.kinds.${group.kind}`), start: group.periodStart, end: group.periodEnd })} rowKey="row" size="small" columns={columns} dataSource={group.items} scroll={{ x: 760 }} pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }} />
            </Card>
          ))}
        </Space>
      )}
    </>
  );
}
