import { useQuery } from '@tanstack/react-query';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Space, Tag, Typography } from 'antd';
import { DataTable } from '../../components/data-table';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ApplicationView } from '../../api/application-view';
import { unwrap } from '../../api/api-error';
import { api } from '../../api/client';
import { DeadlineCell } from '../../components/deadline-cell';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { StateTag } from '../../components/state-tag';
import { tagTones } from '../../components/tag-tones';
import { filedFrom } from './my-filings';
import { MyFilingsCard } from './my-filings-card';

/**
 * The applicant's filed subjects and services (with the follow-ups each may start), a new first filing, and their
 * applications, most recently changed first, with each one's stage deadline and return flag.
 */
export function MyApplicationsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [now] = useState(() => Date.now());
  const list = useQuery({
    queryKey: ['applications', 'mine'],
    queryFn: async () => (await unwrap(api.GET('/api/v1/applications', { params: { query: { limit: 200 } } }))).items as unknown as ApplicationView[],
  });
  const columns: ColumnsType<ApplicationView> = [
    {
      title: t('applications.subject'),
      key: 'subject',
      render: (_, a) => (
        <Space direction="vertical" size={0}>
          <Link to={`applications/${a.id}`} className="row-link">{a.body.subject?.name ?? a.body.services?.[0]?.name ?? t(`kind.${a.kind}`)}</Link>
          <Typography.Text type="secondary">{(a.body.services ?? []).map((s) => s.name).join('、')}</Typography.Text>
        </Space>
      ),
    },
    { title: t('applications.kind'), key: 'kind', render: (_, a) => t(`kind.${a.kind}`), width: 120 },
    {
      title: t('applications.state'),
      key: 'state',
      width: 200,
      render: (_, a) => (
        <Space wrap size={4}>
          <StateTag state={a.state} />
          {a.returnReasons?.length && (a.state === 'provider_returned' || a.state === 'bureau_returned') ? <Tag style={tagTones.warning}>{t('applications.returned')}</Tag> : null}
        </Space>
      ),
    },
    { title: t('applications.deadline'), key: 'deadline', width: 210, render: (_, a) => <DeadlineCell deadline={a.deadline} now={now} /> },
    { title: t('applications.updatedAt'), key: 'updated', width: 150, render: (_, a) => <time dateTime={a.updatedAt}>{dayjs(a.updatedAt).format('YYYY-MM-DD HH:mm')}</time> },
  ];
  return (
    <>
      <PageHeader
        title={t('applications.title')}
        intro={t('applications.intro')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/apply/new/first_filing')}>
            {t('apply.newFirstFiling')}
          </Button>
        }
      />
      {list.data ? <MyFilingsCard subjects={filedFrom(list.data)} /> : null}
      <Card size="small" title={<h2 className="card-heading">{t('apply.applicationsTitle')}</h2>}>
        {list.isError ? (
          <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <DataTable<ApplicationView>
            label={t('apply.applicationsTitle')}
            rowKey="id"
            loading={list.isPending}
            columns={columns}
            dataSource={list.data ?? []}
            scroll={{ x: 860 }}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: <Empty description={t('applications.empty')} /> }}
          />
        )}
      </Card>
    </>
  );
}
