import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Segmented, Tag, Typography } from 'antd';
import { DataTable } from '../../components/data-table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { unwrap } from '../../api/api-error';
import { api } from '../../api/client';
import { ErrorAlert, useErrorText } from '../../components/error-alert';
import { tagTones } from '../../components/tag-tones';

interface Delivery {
  id: string;
  eventType: string;
  eventCursor: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  lastAttemptAt: string | null;
  deliveredAt: string | null;
  createdAt: string;
}

type StatusFilter = 'all' | Delivery['status'];

const statusTone = { delivered: tagTones.success, pending: tagTones.warning, failed: tagTones.danger } as const;

/** One subscription's delivery log, newest first, with a replay for each delivery. */
export function WebhookDeliveries({ webhookId, url }: { webhookId: string; url: string }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<StatusFilter>('all');
  const log = useQuery({
    queryKey: ['webhook-deliveries', webhookId, status],
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/webhooks/{webhookId}/deliveries', {
            params: { path: { webhookId }, query: { limit: 50, ...(status === 'all' ? {} : { status }) } },
          }),
        )
      ).items as Delivery[],
  });
  const replay = useMutation({
    mutationFn: (deliveryId: string) =>
      unwrap(
        api.POST('/api/v1/webhooks/{webhookId}/deliveries/{deliveryId}/replay', {
          params: { path: { webhookId, deliveryId } },
          headers: { 'content-type': null },
        }),
      ),
    onSuccess: async () => {
      void message.success(t('webhooks.replayed'));
      await queryClient.invalidateQueries({ queryKey: ['webhook-deliveries', webhookId] });
    },
    onError: (error) => void message.error(errorText(error)),
  });
  const dateTime = (iso: string | null) =>
    iso ? new Date(iso).toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'medium' }) : <Typography.Text type="secondary">—</Typography.Text>;

  return (
    <Card
      title={
        <h2 className="card-heading">
          {t('webhooks.log')} <Typography.Text type="secondary" style={{ fontWeight: 'normal', wordBreak: 'break-all' }}>{url}</Typography.Text>
        </h2>
      }
    >
      <Segmented<StatusFilter>
        value={status}
        onChange={setStatus}
        style={{ marginBottom: 12 }}
        options={(['all', 'delivered', 'pending', 'failed'] as const).map((value) => ({ value, label: t(`webhooks.status.${value}`) }))}
      />
      {log.isError ? <ErrorAlert error={log.error} onRetry={() => void log.refetch()} /> : null}
      <DataTable<Delivery>
        label={t('webhooks.log')}
        rowKey="id"
        loading={log.isPending}
        dataSource={log.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('webhooks.logEmpty') }}
        scroll={{ x: 760 }}
        columns={[
          { title: t('webhooks.createdAt'), dataIndex: 'createdAt', key: 'createdAt', render: dateTime },
          { title: t('webhooks.event.title'), dataIndex: 'eventType', key: 'eventType', render: (type: string) => t(`webhooks.event.${type}`) },
          { title: t('webhooks.statusLabel'), key: 'status', render: (_, d) => <Tag style={statusTone[d.status]}>{t(`webhooks.status.${d.status}`)}</Tag> },
          { title: t('webhooks.attempts'), dataIndex: 'attempts', key: 'attempts' },
          {
            title: t('webhooks.lastAnswer'),
            key: 'last',
            render: (_, d) =>
              d.lastStatusCode !== null ? (
                <Typography.Text code>{d.lastStatusCode}</Typography.Text>
              ) : d.lastError ? (
                <Typography.Text type="danger" style={{ wordBreak: 'break-word' }}>{d.lastError}</Typography.Text>
              ) : (
                <Typography.Text type="secondary">—</Typography.Text>
              ),
          },
          { title: t('webhooks.lastAttemptAt'), dataIndex: 'lastAttemptAt', key: 'lastAttemptAt', render: dateTime },
          {
            title: '',
            key: 'actions',
            render: (_, d) => (
              <Button size="small" onClick={() => replay.mutate(d.id)} loading={replay.isPending && replay.variables === d.id} aria-label={`${t('webhooks.replay')} ${d.id}`}>
                {t('webhooks.replay')}
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}
