import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Tag } from 'antd';
import { DataTable } from '../../components/data-table';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { unwrap } from '../../api/api-error';
import { api } from '../../api/client';
import { useCodeTables } from '../../api/use-code-tables';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { tagTones } from '../../components/tag-tones';
import { ListSearch, useListParams } from '../console/list-search';

const pageSize = 20;

interface Customer {
  subjectId: string;
  name: string;
  nature: number;
  province: string;
  status: string;
  number: string | null;
  activeServices: number;
  lastApprovedAt: string | null;
}

/** `/review/customers`: the subjects filed through this access provider or platform, paged and searchable. */
export function CustomersPage() {
  const { t } = useTranslation();
  const codes = useCodeTables();
  const { q, page, set } = useListParams();
  const list = useQuery({
    queryKey: ['customers', { q, page }],
    placeholderData: keepPreviousData,
    queryFn: async () =>
      unwrap(api.GET('/api/v1/customers', { params: { query: { limit: pageSize, offset: (page - 1) * pageSize, ...(q ? { q } : {}) } } })),
  });
  const columns: ColumnsType<Customer> = [
    { title: t('review.customers.name'), dataIndex: 'name', key: 'name', width: 220 },
    { title: t('review.customers.number'), dataIndex: 'number', key: 'number', render: (n: string | null) => n ?? '—', width: 200 },
    { title: t('review.customers.nature'), key: 'nature', render: (_, c) => codes.name('natures', c.nature), width: 140 },
    { title: t('review.customers.province'), key: 'province', render: (_, c) => codes.name('provinces', c.province), width: 140 },
    { title: t('review.customers.services'), dataIndex: 'activeServices', key: 'services', width: 110, align: 'right' },
    {
      title: t('review.customers.status'),
      key: 'status',
      width: 110,
      render: (_, c) => <Tag style={c.status === 'filed' ? tagTones.success : tagTones.neutral}>{t(`review.customers.subjectStatus.${c.status}`, { defaultValue: c.status })}</Tag>,
    },
    { title: t('review.customers.lastApproved'), key: 'last', width: 170, render: (_, c) => (c.lastApprovedAt ? dayjs(c.lastApprovedAt).format('YYYY-MM-DD HH:mm') : '—') },
  ];
  return (
    <>
      <PageHeader title={t('review.customers.title')} intro={t('review.customers.intro')} />
      <Card>
        <ListSearch label={t('review.customers.search')} value={q} onSearch={(v) => set('q', v)} />
        {list.isError ? (
          <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <DataTable<Customer>
            label={t('review.customers.title')}
            rowKey="subjectId"
            loading={list.isFetching}
            columns={columns}
            dataSource={list.data?.items ?? []}
            scroll={{ x: 1000 }}
            locale={{ emptyText: t('review.customers.empty') }}
            pagination={{
              current: page,
              pageSize,
              total: list.data?.total ?? 0,
              showSizeChanger: false,
              hideOnSinglePage: true,
              showTotal: (count) => t('review.customers.count', { count }),
              onChange: (next) => set('page', next > 1 ? String(next) : undefined),
            }}
          />
        )}
      </Card>
    </>
  );
}
