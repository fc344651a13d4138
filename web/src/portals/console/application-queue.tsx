import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Input, Select, Space, Tag, Typography } from 'antd';
import { DataTable } from '../../components/data-table';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { ApplicationKind, ApplicationState, ApplicationView } from '../../api/application-view';
import { unwrap } from '../../api/api-error';
import { api } from '../../api/client';
import { useBureaus } from '../../api/use-bureaus';
import { useCodeTables } from '../../api/use-code-tables';
import { DeadlineCell } from '../../components/deadline-cell';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { StateTag } from '../../components/state-tag';
import { WorkingDaysLeft } from './working-days-left';

const states: ApplicationState[] = ['provider_review', 'provider_returned', 'sms_pending', 'bureau_review', 'bureau_returned', 'approved', 'withdrawn'];
const kinds: ApplicationKind[] = ['first_filing', 'add_service', 'add_access', 'change_subject', 'change_service', 'cancel_service', 'cancel_subject', 'cancel_access'];
const serviceTypes = ['app', 'mini_program', 'quick_app'] as const;
const pageSize = 20;

/**
 * A reviewer's queue: the applications in one state (by default the one this reviewer acts on), earliest deadline first,
 * overdue marked; filters by state, kind, province and service type and a search by host or service name, kept in the
 * address so a filtered queue can be bookmarked and shared.
 */
export function ApplicationQueue({ title, intro, defaultState }: { title: string; intro: string; defaultState: ApplicationState }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const state = (params.get('state') as ApplicationState | null) ?? defaultState;
  const kind = (params.get('kind') as ApplicationKind | null) ?? undefined;
  const province = params.get('province') ?? undefined;
  const serviceType = params.get('type') ?? undefined;
  const search = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [now] = useState(() => Date.now());
  const bureaus = useBureaus();
  const codes = useCodeTables();
  const queue = useQuery({
    queryKey: ['applications', { state, kind, province, serviceType, search, page }],
    placeholderData: keepPreviousData,
    queryFn: async () => {
      const answer = await unwrap(
        api.GET('/api/v1/applications', {
          params: {
            query: {
              state,
              order: 'deadline',
              limit: pageSize,
              offset: (page - 1) * pageSize,
              ...(kind ? { kind } : {}),
              ...(province ? { province } : {}),
              ...(serviceType ? { type: serviceType as (typeof serviceTypes)[number] } : {}),
              ...(search.trim() ? { q: search.trim() } : {}),
            },
          },
        }),
      );
      return { items: answer.items as unknown as ApplicationView[], total: answer.total };
    },
  });
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'page') next.delete('page');
    setParams(next, { replace: true });
  };
  const provinceName = (code: string | undefined) => (code ? codes.name('provinces', code) : '');

  const rows = queue.data?.items ?? [];

  const columns: ColumnsType<ApplicationView> = [
    {
      title: t('applications.deadline'),
      key: 'deadline',
      render: (_, a) => (
        <Space direction="vertical" size={0}>
          <DeadlineCell deadline={a.deadline} now={now} />
          <WorkingDaysLeft deadline={a.deadline} now={now} />
        </Space>
      ),
      width: 210,
    },
    {
      title: t('applications.subject'),
      key: 'subject',
      render: (_, a) => (
        <Space direction="vertical" size={0}>
          <Link to={`applications/${a.id}`} className="row-link">{a.body.subject?.name ?? '—'}</Link>
          <Typography.Text type="secondary">{provinceName(a.body.subject?.province)}</Typography.Text>
        </Space>
      ),
    },
    {
      title: t('applications.services'),
      key: 'services',
      render: (_, a) => (
        <Space wrap size={4}>
          {(a.body.services ?? []).map((s, i) => (
            <span key={i}>
              {s.name} {s.type ? <Tag>{t(`serviceType.${s.type}`)}</Tag> : null}
            </span>
          ))}
        </Space>
      ),
    },
    { title: t('applications.kind'), key: 'kind', render: (_, a) => t(`kind.${a.kind}`), width: 120 },
    { title: t('applications.state'), key: 'state', render: (_, a) => <StateTag state={a.state} />, width: 130 },
  ];

  return (
    <>
      <PageHeader title={title} intro={intro} />
      <Card>
        <div className="queue-filters" role="group" aria-label={t('queue.filterState')}>
          <Space wrap size={[12, 12]} style={{ marginBottom: 16 }}>
            <label>
              <span className="filter-label">{t('queue.filterState')}</span>
              <Select aria-label={t('queue.filterState')} style={{ width: 160 }} value={state} onChange={(v) => set('state', v)} options={states.map((s) => ({ value: s, label: t(`state.${s}`) }))} />
            </label>
            <label>
              <span className="filter-label">{t('queue.filterKind')}</span>
              <Select aria-label={t('queue.filterKind')} style={{ width: 160 }} allowClear placeholder={t('queue.all')} value={kind} onChange={(v) => set('kind', v)} options={kinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
            </label>
            <label>
              <span className="filter-label">{t('queue.filterProvince')}</span>
              <Select
                aria-label={t('queue.filterProvince')}
                style={{ width: 200 }}
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t('queue.all')}
                value={province}
                onChange={(v) => set('province', v)}
                options={(bureaus.data ?? []).filter((b) => b.province).map((b) => ({ value: b.province!, label: provinceName(b.province!) }))}
              />
            </label>
            <label>
              <span className="filter-label">{t('queue.filterServiceType')}</span>
              <Select aria-label={t('queue.filterServiceType')} style={{ width: 140 }} allowClear placeholder={t('queue.all')} value={serviceType} onChange={(v) => set('type', v)} options={serviceTypes.map((s) => ({ value: s, label: t(`serviceType.${s}`) }))} />
            </label>
            <Input.Search aria-label={t('queue.search')} placeholder={t('queue.search')} allowClear maxLength={60} defaultValue={search} onSearch={(v) => set('q', v.trim() || undefined)} style={{ width: 260 }} />
          </Space>
        </div>
        {queue.isError ? (
          <ErrorAlert error={queue.error} onRetry={() => void queue.refetch()} />
        ) : (
          <DataTable<ApplicationView>
            label={title}
            rowKey="id"
            loading={queue.isFetching}
            columns={columns}
            dataSource={rows}
            scroll={{ x: 900 }}
            pagination={{
              current: page,
              pageSize,
              total: queue.data?.total ?? 0,
              showSizeChanger: false,
              hideOnSinglePage: true,
              showTotal: (count) => t('queue.count', { count }),
              onChange: (next) => set('page', next > 1 ? String(next) : undefined),
            }}
            locale={{ emptyText: t('queue.empty') }}
            rowClassName={(a) => ((a.deadline?.overdue ?? (a.deadline?.at ? Date.parse(a.deadline.at) < now : false)) ? 'row-overdue' : '')}
          />
        )}
      </Card>
    </>
  );
}
