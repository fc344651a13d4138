import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Form, Input, Popconfirm, Space, Tag, Typography } from 'antd';
import { DataTable } from '../../components/data-table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { unwrap } from '../../api/api-error';
import { api } from '../../api/client';
import { ErrorAlert, useErrorText } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { tagTones } from '../../components/tag-tones';
import { WebhookDeliveries } from './webhooks-deliveries';

export const webhookEventTypes = ['approved', 'changed', 'cancelled', 'revoked', 'access_limited', 'access_restored', 'shell_flagged', 'shell_cleared'] as const;
type EventType = (typeof webhookEventTypes)[number];

interface Subscription {
  id: string;
  url: string;
  eventTypes: EventType[];
  createdAt: string;
}

interface NewSubscription {
  url: string;
  eventTypes: EventType[];
}

/** The party's webhook subscriptions: subscribe a URL (the secret shown once), the list, each one's delivery log. */
export function WebhooksPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<NewSubscription>();
  const [created, setCreated] = useState<{ url: string; secret: string } | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const list = useQuery({
    queryKey: ['webhooks'],
    queryFn: async () => (await unwrap(api.GET('/api/v1/webhooks'))).items as Subscription[],
  });
  const onError = (error: unknown) => void message.error(errorText(error));
  const create = useMutation({
    mutationFn: (body: NewSubscription) => unwrap(api.POST('/api/v1/webhooks', { body: { url: body.url.trim(), eventTypes: body.eventTypes } })),
    onSuccess: async (answer) => {
      setCreated({ url: answer.url, secret: answer.secret });
      setSelected(answer.id);
      form.resetFields();
      await queryClient.invalidateQueries({ queryKey: ['webhooks'] });
    },
    onError,
  });
  const remove = useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/webhooks/{webhookId}', { params: { path: { webhookId: id } } })),
    onSuccess: async (_data, id) => {
      void message.success(t('webhooks.deleted'));
      if (selected === id) setSelected(null);
      await queryClient.invalidateQueries({ queryKey: ['webhooks'] });
    },
    onError,
  });
  const dateTime = (iso: string) => new Date(iso).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const shown = selected ?? list.data?.[0]?.id ?? null;
  const shownUrl = list.data?.find((s) => s.id === shown)?.url;

  return (
    <>
      <PageHeader title={t('webhooks.title')} intro={t('webhooks.intro')} />
      {list.isError ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        {created ? (
          <Alert
            type="success"
            showIcon
            closable
            onClose={() => setCreated(null)}
            message={t('webhooks.secretTitle', { url: created.url })}
            description={
              <Space direction="vertical" size={4}>
                <Typography.Text>{t('webhooks.secretOnce')}</Typography.Text>
                <Typography.Text code copyable={{ text: created.secret }} className="webhook-secret">
                  {created.secret}
                </Typography.Text>
              </Space>
            }
          />
        ) : null}
        <Card title={<h2 className="card-heading">{t('webhooks.add')}</h2>}>
          <Form<NewSubscription> form={form} layout="vertical" initialValues={{ eventTypes: [...webhookEventTypes] }} onFinish={(values) => create.mutate(values)}>
            <Form.Item
              label={t('webhooks.url')}
              name="url"
              extra={t('webhooks.urlHelp')}
              rules={[
                { required: true, message: t('webhooks.urlRequired') },
                { pattern: /^https?:\/\/[\x21-\x7e]+$/, message: t('webhooks.urlInvalid') },
              ]}
            >
              <Input placeholder="https://example.com/hooks/beian" maxLength={2000} inputMode="url" />
            </Form.Item>
            <Form.Item
              label={t('webhooks.eventTypes')}
              name="eventTypes"
              rules={[{ validator: (_, value: EventType[] | undefined) => (value && value.length > 0 ? Promise.resolve() : Promise.reject(new Error(t('webhooks.eventTypesRequired')))) }]}
            >
              <Checkbox.Group options={webhookEventTypes.map((type) => ({ value: type, label: t(`webhooks.event.${type}`) }))} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={create.isPending}>
              {t('webhooks.create')}
            </Button>
          </Form>
        </Card>
        <Card title={<h2 className="card-heading">{t('webhooks.subscriptions')}</h2>}>
          <DataTable<Subscription>
            label={t('webhooks.subscriptions')}
            rowKey="id"
            loading={list.isPending}
            dataSource={list.data ?? []}
            pagination={false}
            locale={{ emptyText: t('webhooks.empty') }}
            scroll={{ x: 640 }}
            columns={[
              { title: t('webhooks.url'), dataIndex: 'url', key: 'url', render: (url: string) => <Typography.Text style={{ wordBreak: 'break-all' }}>{url}</Typography.Text> },
              {
                title: t('webhooks.eventTypes'),
                key: 'eventTypes',
                render: (_, s) =>
                  s.eventTypes.length === webhookEventTypes.length ? (
                    <Tag style={tagTones.info}>{t('webhooks.allEvents')}</Tag>
                  ) : (
                    <Space size={[4, 4]} wrap>
                      {s.eventTypes.map((type) => (
                        <Tag key={type} style={tagTones.neutral}>
                          {t(`webhooks.event.${type}`)}
                        </Tag>
                      ))}
                    </Space>
                  ),
              },
              { title: t('webhooks.createdAt'), dataIndex: 'createdAt', key: 'createdAt', render: dateTime },
              {
                title: '',
                key: 'actions',
                render: (_, s) => (
                  <Space wrap>
                    <Button size="small" onClick={() => setSelected(s.id)} aria-label={`${t('webhooks.showLog')} ${s.url}`}>
                      {t('webhooks.showLog')}
                    </Button>
                    <Popconfirm title={t('webhooks.deleteConfirm')} okButtonProps={{ danger: true }} onConfirm={() => remove.mutate(s.id)}>
                      <Button size="small" aria-label={`${t('webhooks.delete')} ${s.url}`}>
                        {t('webhooks.delete')}
                      </Button>
                    </Popconfirm>
                  </Space>
                ),
              },
            ]}
          />
        </Card>
        {shown ? <WebhookDeliveries webhookId={shown} url={shownUrl ?? ''} /> : null}
      </Space>
    </>
  );
}
