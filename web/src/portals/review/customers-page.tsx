import { Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { unwrap } from '../../api/api-error';
import { api } from '../../api/client';
import { useCodeTables } from '../../api/use-code-tables';
import { PageHeader } from '../../components/page-header';
import { tagTones } from '../../components/tag-tones';
import { PagedSearchList } from '../console/paged-search-list';

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
      <PagedSearchList<Customer>
        queryKey="customers"
        load={(query) => unwrap(api.GET('/api/v1/customers', { params: { query } }))}
        columns={columns}
        rowKey="subjectId"
        scrollX={1000}
        searchLabel={t('review.customers.search')}
        tableLabel={t('review.customers.title')}
        emptyText={t('review.customers.empty')}
        countText={(count) => t('review.customers.count', { count })}
      />
    </>
  );
}
