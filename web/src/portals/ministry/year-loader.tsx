import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Form, Input, InputNumber, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { unwrap } from '../../api/api-error';
import { api } from '../../api/client';
import { DataTable } from '../../components/data-table';
import { useErrorText } from '../../components/error-alert';
import { tagTones } from '../../components/tag-tones';
import { useLanguage } from '../../i18n/use-language';

interface DraftDay {
  date: string;
  kind: 'holiday' | 'workday';
  name: { zh: string; en: string };
}

interface Draft {
  year: number;
  source: 'schedule' | 'statutory' | 'none';
  loaded: boolean;
  days: DraftDay[];
}

interface AddForm {
  date: Dayjs;
  kind: 'holiday' | 'workday';
  name?: string;
}

/**
 * Loading a year's schedule: the year's holidays and make-up working days are prefilled from the server (the official
 * schedule when the built-in data has it, else the statutory days off), the ministry removes, adds and corrects days,
 * then confirms — the days and the year's declaration are written in one step.
 */
export function YearLoader({ onLoaded }: { onLoaded: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [addForm] = Form.useForm<AddForm>();
  const onError = (error: unknown) => void message.error(errorText(error));

  const prefill = useMutation({
    mutationFn: async (year: number) => (await unwrap(api.GET('/api/v1/calendar/years/{year}', { params: { path: { year } } }))) as Draft,
    onSuccess: (proposal) => setDraft(proposal),
    onError,
  });
  const confirm = useMutation({
    mutationFn: (loading: Draft) =>
      unwrap(
        api.PUT('/api/v1/calendar/years/{year}', {
          params: { path: { year: loading.year } },
          body: { days: loading.days.map((d) => ({ date: d.date, kind: d.kind, ...(d.name.zh.trim() ? { name: d.name.zh.trim() } : {}) })) },
        }),
      ),
    onSuccess: async (_data, loading) => {
      void message.success(t('calendar.yearLoaded', { year: loading.year }));
      setDraft(null);
      await onLoaded();
    },
    onError,
  });

  const nameOf = (day: DraftDay) => (language === 'en' ? day.name.en : day.name.zh) || day.name.zh;
  const addDay = (form: AddForm) => {
    if (!draft) return;
    const date = form.date.format('YYYY-MM-DD');
    const name = form.name?.trim() ?? '';
    const days = [...draft.days.filter((d) => d.date !== date), { date, kind: form.kind, name: { zh: name, en: name } }].sort((a, b) => a.date.localeCompare(b.date));
    setDraft({ ...draft, days });
    addForm.resetFields(['date', 'name']);
  };
  const sourceText = draft ? t(`calendar.source.${draft.source}`, { year: draft.year }) : '';

  return (
    <>
      <Form<{ year: number }> layout="inline" style={{ marginTop: 16, rowGap: 8 }} onFinish={({ year }) => prefill.mutate(year)}>
        <Form.Item label={t('calendar.year')} name="year" rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} style={{ width: 120 }} />
        </Form.Item>
        <Button htmlType="submit" loading={prefill.isPending}>
          {t('calendar.prefill')}
        </Button>
      </Form>
      {draft ? (
        <section aria-labelledby="year-draft-heading" className="year-draft" style={{ marginTop: 16 }}>
          <Typography.Title level={3} id="year-draft-heading" className="card-heading">
            {t('calendar.proposedDays', { year: draft.year })}
          </Typography.Title>
          <Space direction="vertical" size={12} style={{ width: '100%' }}>
            <Alert type={draft.source === 'schedule' ? 'info' : 'warning'} showIcon title={sourceText} />
            {draft.loaded ? <Alert type="info" showIcon title={t('calendar.alreadyLoaded', { year: draft.year })} /> : null}
            <DataTable<DraftDay>
              label={t('calendar.proposedTable', { year: draft.year })}
              rowKey="date"
              size="small"
              dataSource={draft.days}
              pagination={false}
              scroll={{ x: 480 }}
              locale={{ emptyText: t('calendar.noDays') }}
              columns={[
                { title: t('calendar.date'), dataIndex: 'date', key: 'date', width: 130 },
                {
                  title: t('calendar.kindLabel'),
                  key: 'kind',
                  width: 120,
                  render: (_, d) => <Tag style={d.kind === 'holiday' ? tagTones.danger : tagTones.success}>{d.kind === 'holiday' ? t('calendar.holiday') : t('calendar.working')}</Tag>,
                },
                { title: t('calendar.festival'), key: 'name', render: (_, d) => nameOf(d) || <Typography.Text type="secondary">—</Typography.Text> },
                {
                  title: <span className="visually-hidden">{t('calendar.remove')}</span>,
                  key: 'actions',
                  width: 100,
                  render: (_, d) => (
                    <Button size="small" aria-label={`${t('calendar.remove')} ${d.date}`} onClick={() => setDraft({ ...draft, days: draft.days.filter((x) => x.date !== d.date) })}>
                      {t('calendar.remove')}
                    </Button>
                  ),
                },
              ]}
            />
            <Form<AddForm> form={addForm} layout="inline" style={{ rowGap: 8 }} initialValues={{ kind: 'workday' }} onFinish={addDay}>
              <Form.Item
                label={t('calendar.dayToAdd')}
                name="date"
                rules={[
                  { required: true, message: t('calendar.dateRequired') },
                  { validator: (_, value?: Dayjs) => (!value || value.year() === draft.year ? Promise.resolve() : Promise.reject(new Error(t('calendar.dateOutsideYear', { year: draft.year })))) },
                ]}
              >
                <DatePicker defaultPickerValue={dayjs(`${draft.year}-01-01`)} />
              </Form.Item>
              <Form.Item label={t('calendar.kindLabel')} name="kind">
                <Select style={{ width: 130 }} options={[{ value: 'workday', label: t('calendar.working') }, { value: 'holiday', label: t('calendar.holiday') }]} />
              </Form.Item>
              <Form.Item label={t('calendar.festival')} name="name">
                <Input maxLength={50} style={{ width: 180 }} />
              </Form.Item>
              <Button htmlType="submit">{t('calendar.addDay')}</Button>
            </Form>
            <Space wrap>
              <Popconfirm title={t('calendar.confirmLoadQuestion', { year: draft.year, n: draft.days.length })} onConfirm={() => confirm.mutate(draft)}>
                <Button type="primary" loading={confirm.isPending}>
                  {t('calendar.confirmLoad', { year: draft.year, n: draft.days.length })}
                </Button>
              </Popconfirm>
              <Button onClick={() => setDraft(null)}>{t('calendar.cancel')}</Button>
            </Space>
          </Space>
        </section>
      ) : null}
    </>
  );
}
