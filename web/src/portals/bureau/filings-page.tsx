import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Select, Space, Tag } from 'antd';
import { DataTable } from '../../components/data-table';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { unwrap } from '../../api/api-error';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { tagTones } from '../../components/tag-tones';
import { ListSearch, useListParams } from '../console/list-search';

const pageSize = 20;
const statuses = ['active', 'cancelled', 'revoked'] as const;
type Status = (typeof statuses)[number];

interface Filing {
  id: string;
  kind: 'subject' | 'service';
  number: string;
  status: string;
  serviceType: string | null;
  shell: boolean;
  accessLimited: boolean;
  approvedAt: string;
  subjectName: string;
  serviceName: string | null;
}

/** `/bureau/filings`: the province's filings, paged, searchable by number or name, filtered by status. */
export function FilingsPage() {
  const { t } = useTranslation();
  const { params, q, page, set } = useListParams();
  const status = (statuses as readonly string[]).includes(params.get('status') ?? '') ? (params.get('status') as Status) : undefined;
  const list = useQuery({
    queryKey: ['filings', { q, page, status }],
    placeholderData: keepPreviousData,
    queryFn: async () =>
      unwrap(api.GET('/api/v1/filings', { params: { query: { limit: pageSize, offset: (page - 1) * pageSize, ...(q ? { q } : {}), ...(status ? { status } : {}) } } })),
  });
  const columns: ColumnsType<Filing> = [
    {
      title: t('bureau.filings.number'),
      key: 'number',
      width: 200,
      render: (_, f) => (
        <a href={`/filings/${encodeURIComponent(f.number)}`} target="_blank" rel="noopener noreferrer">
          {f.number}
        </a>
      ),
    },
    { title: t('bureau.filings.kind'), key: 'kind', width: 70, render: (_, f) => (f.kind === 'subject' ? t('bureau.filings.kindSubject') : t('bureau.filings.kindService')) },
    { title: t('bureau.filings.subject'), dataIndex: 'subjectName', key: 'subject', width: 200 },
    { title: t('bureau.filings.service'), key: 'service', width: 120, render: (_, f) => f.serviceName ?? '—' },
    { title: t('bureau.filings.serviceType'), key: 'type', width: 100, render: (_, f) => (f.serviceType ? t(`serviceType.${f.serviceType}`) : '—') },
    {
      title: t('bureau.filings.status'),
      key: 'status',
      width: 120,
      render: (_, f) => (
        <Space size={4} wrap>
          <Tag style={f.status === 'active' ? tagTones.success : tagTones.danger}>{t(`filingStatus.${f.status}`)}</Tag>
          {f.shell ? <Tag style={tagTones.warning}>{t('bureau.filings.shell')}</Tag> : null}
          {f.accessLimited ? <Tag style={tagTones.warning}>{t('bureau.filings.accessLimited')}</Tag> : null}
        </Space>
      ),
    },
    { title: t('bureau.filings.approvedAt'), key: 'approvedAt', width: 150, render: (_, f) => dayjs(f.approvedAt).format('YYYY-MM-DD HH:mm') },
  ];
  return (
    <>
      <PageHeader title={t('bureau.filings.title')} intro={t('bureau.filings.intro')} />
      <Card>
        <Space wrap size={[12, 0]} align="start">
          <ListSearch label={t('bureau.filings.search')} value={q} onSearch={(v) => set('q', v)} />
          <Select
            aria-label={t('bureau.filings.filterStatus')}
            style={{ width: 160, marginBottom: 16 }}
            allowClear
            placeholder={t('bureau.filings.all')}
            value={status}
            onChange={(v) => set('status', v)}
            options={statuses.map((s) => ({ value: s, label: t(`filingStatus.${s}`) }))}
          />
        </Space>
        {list.isError ? (
          <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <DataTable<Filing>
            label={t('bureau.filings.title')}
            rowKey="id"
            loading={list.isFetching}
            columns={columns}
            dataSource={list.data?.items ?? []}
            scroll={{ x: 960 }}
            locale={{ emptyText: t('bureau.filings.empty') }}
            pagination={{
              current: page,
              pageSize,
              total: list.data?.total ?? 0,
              showSizeChanger: false,
              hideOnSinglePage: true,
              showTotal: (count) => t('bureau.filings.count', { count }),
              onChange: (next) => set('page', next > 1 ? String(next) : undefined),
            }}
          />
        )}
      </Card>
    </>
  );
}
