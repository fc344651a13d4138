import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Form, Input, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import { DataTable } from '../../components/data-table';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { unwrap } from '../../api/api-error';
import { api } from '../../api/client';
import { ErrorAlert, useErrorText } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { tagTones } from '../../components/tag-tones';
import { YearLoader } from './year-loader';

interface CalendarOverview {
  knownYears: number[];
  overrides: Array<{ date: string; kind: 'holiday' | 'workday'; name: string | null }>;
}

interface OverrideForm {
  date: Dayjs;
  kind: 'holiday' | 'workday';
  name?: string;
}

/** The working-day calendar: the years loaded, loading a year (prefilled, reviewed, confirmed), the corrections, adding and removing one. */
export function CalendarPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const calendar = useQuery({
    queryKey: ['calendar'],
    queryFn: async () => (await unwrap(api.GET('/api/v1/calendar'))) as unknown as CalendarOverview,
  });
  const onError = (error: unknown) => void message.error(errorText(error));
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['calendar'] });
  const save = useMutation({
    mutationFn: (form: OverrideForm) =>
      unwrap(
        api.PUT('/api/v1/calendar/overrides/{date}', {
          params: { path: { date: form.date.format('YYYY-MM-DD') } },
          body: { kind: form.kind, ...(form.name?.trim() ? { name: form.name.trim() } : {}) },
        }),
      ),
    onSuccess: async () => {
      void message.success(t('calendar.saved'));
      await refresh();
    },
    onError,
  });
  const remove = useMutation({
    mutationFn: (date: string) => unwrap(api.DELETE('/api/v1/calendar/overrides/{date}', { params: { path: { date } } })),
    onSuccess: async () => {
      void message.success(t('calendar.removed'));
      await refresh();
    },
    onError,
  });
  return (
    <>
      <PageHeader title={t('calendar.title')} intro={t('calendar.intro')} />
      {calendar.isError ? <ErrorAlert error={calendar.error} onRetry={() => void calendar.refetch()} /> : null}
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Card title={<h2 className="card-heading">{t('calendar.knownYears')}</h2>} loading={calendar.isPending}>
          <Space wrap>
            {(calendar.data?.knownYears ?? []).map((year) => (
              <Tag key={year} style={tagTones.info}>
                {year}
              </Tag>
            ))}
          </Space>
          <YearLoader onLoaded={refresh} />
        </Card>
        <Card title={<h2 className="card-heading">{t('calendar.add')}</h2>}>
          <Form<OverrideForm> layout="inline" style={{ rowGap: 8 }} initialValues={{ kind: 'holiday' }} onFinish={(form) => save.mutate(form)}>
            <Form.Item label={t('calendar.date')} name="date" rules={[{ required: true, message: t('calendar.dateRequired') }]}>
              <DatePicker />
            </Form.Item>
            <Form.Item label={t('calendar.kindLabel')} name="kind">
              <Select style={{ width: 130 }} options={[{ value: 'holiday', label: t('calendar.holiday') }, { value: 'workday', label: t('calendar.working') }]} />
            </Form.Item>
            <Form.Item label={t('calendar.name')} name="name">
              <Input maxLength={50} style={{ width: 200 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t('calendar.save')}
            </Button>
          </Form>
        </Card>
        <Card title={<h2 className="card-heading">{t('calendar.overrides')}</h2>}>
          <DataTable
            label={t('calendar.overrides')}
            rowKey="date"
            loading={calendar.isPending}
            dataSource={calendar.data?.overrides ?? []}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: t('calendar.empty') }}
            scroll={{ x: 480 }}
            columns={[
              { title: t('calendar.date'), dataIndex: 'date', key: 'date' },
              {
                title: t('calendar.kindLabel'),
                key: 'kind',
                render: (_, o) => <Tag style={o.kind === 'holiday' ? tagTones.danger : tagTones.success}>{o.kind === 'holiday' ? t('calendar.holiday') : t('calendar.working')}</Tag>,
              },
              { title: t('calendar.name'), dataIndex: 'name', key: 'name', render: (name: string | null) => name ?? <Typography.Text type="secondary">—</Typography.Text> },
              {
                title: '',
                key: 'actions',
                render: (_, o) => (
                  <Popconfirm title={t('calendar.removeConfirm', { date: o.date })} onConfirm={() => remove.mutate(o.date)}>
                    <Button size="small" aria-label={`${t('calendar.remove')} ${o.date}`}>
                      {t('calendar.remove')}
                    </Button>
                  </Popconfirm>
                ),
              },
            ]}
          />
        </Card>
      </Space>
    </>
  );
}
