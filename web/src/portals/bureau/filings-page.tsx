import { Select, Space, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { unwrap } from '../../api/api-error';
import { api } from '../../api/client';
import { PageHeader } from '../../components/page-header';
import { tagTones } from '../../components/tag-tones';
import { useListParams } from '../console/list-search';
import { PagedSearchList } from '../console/paged-search-list';

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
  const { params, set } = useListParams();
  const status = (statuses as readonly string[]).includes(params.get('status') ?? '') ? (params.get('status') as Status) : undefined;
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
      <PagedSearchList<Filing>
        queryKey="filings"
        filters={{ status }}
        load={(query) => unwrap(api.GET('/api/v1/filings', { params: { query: { ...query, ...(status ? { status } : {}) } } }))}
        columns={columns}
        rowKey="id"
        scrollX={960}
        searchLabel={t('bureau.filings.search')}
        tableLabel={t('bureau.filings.title')}
        emptyText={t('bureau.filings.empty')}
        countText={(count) => t('bureau.filings.count', { count })}
        toolbar={
          <Select
            aria-label={t('bureau.filings.filterStatus')}
            style={{ width: 160, marginBottom: 16 }}
            allowClear
            placeholder={t('bureau.filings.all')}
            value={status}
            onChange={(v) => set('status', v)}
            options={statuses.map((s) => ({ value: s, label: t(`filingStatus.${s}`) }))}
          />
        }
      />
    </>
  );
}
