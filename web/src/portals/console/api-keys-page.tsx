import { KeyOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, ConfigProvider, Descriptions, Empty, Form, Grid, Input, InputNumber, Modal, Popconfirm, Space, Spin, Tag, Typography } from 'antd';
import { DataTable } from '../../components/data-table';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { unwrap } from '../../api/api-error';
import { api } from '../../api/client';
import { ErrorAlert, useErrorText } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { tagTones } from '../../components/tag-tones';
import { useLanguage } from '../../i18n/use-language';
import type { paths } from '../../api/schema';
import './api-keys-page.css';

type KeyList = paths['/api/v1/api-keys']['get']['responses'][200]['content']['application/json'];
type KeyItem = KeyList['items'][number];
type NewKey = paths['/api/v1/api-keys']['post']['requestBody'] extends { content: { 'application/json': infer B } } ? B : never;
type CreatedKey = paths['/api/v1/api-keys']['post']['responses'][201]['content']['application/json'];
type Scope = KeyList['grantableScopes'][number];

/** Ant Design's red on white is under WCAG AA contrast for the small revoke buttons; a darker red is not. */
const strongDanger = { token: { colorError: '#c4161c' } };

interface KeyForm {
  label: string;
  scopes: Scope[];
  requestsPerMinute: number;
  rowsPerDay: number;
}

/**
 * API keys for the party's systems: create one with scopes and quotas (its secret shown once, with how to use it),
 * list the party's keys with today's use, revoke one at once.
 */
export function ApiKeysPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  // The new secret lives only in this state, and leaves the page when its dialog closes.
  const [created, setCreated] = useState<CreatedKey | null>(null);
  const [showSecret, setShowSecret] = useState(false);
  const [form] = Form.useForm<KeyForm>();
  const narrow = !Grid.useBreakpoint().md;
  const keys = useQuery({ queryKey: ['api-keys'], queryFn: () => unwrap(api.GET('/api/v1/api-keys')) });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['api-keys'] });
  const create = useMutation({
    mutationFn: (body: NewKey) => unwrap(api.POST('/api/v1/api-keys', { body })),
    onSuccess: async (key) => {
      setCreating(false);
      form.resetFields();
      setCreated(key);
      setShowSecret(true);
      await refresh();
    },
    onError: (error) => void message.error(errorText(error)),
  });
  const revoke = useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/api-keys/{id}', { params: { path: { id } } })),
    onSuccess: async () => {
      void message.success(t('keys.revoked'));
      await refresh();
    },
    onError: (error) => void message.error(errorText(error)),
  });
  const number = (n: number) => n.toLocaleString(language === 'en' ? 'en' : 'zh-CN');
  const date = (iso: string) => new Date(iso).toLocaleString(language === 'en' ? 'en' : 'zh-CN', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Shanghai' });

  const name = (k: KeyItem) => (
    <Space direction="vertical" size={0}>
      <Typography.Text strong>{k.label}</Typography.Text>
      <Typography.Text code>{k.keyPrefix}…</Typography.Text>
    </Space>
  );
  const scopes = (k: KeyItem) => (
    <Space size={[4, 4]} wrap>
      {k.scopes.map((s) => (
        <Tag key={s} style={tagTones.info}>
          {t(`keys.scope.${s}`)}
        </Tag>
      ))}
    </Space>
  );
  const quotas = (k: KeyItem) => (
    <Space direction="vertical" size={0}>
      <span>{t('keys.perMinute', { n: number(k.requestsPerMinute) })}</span>
      <Typography.Text type="secondary">{t('keys.rowsToday', { used: number(k.rowsUsedToday), limit: number(k.rowsPerDay) })}</Typography.Text>
    </Space>
  );
  const createdCell = (k: KeyItem) => (
    <Space direction="vertical" size={0}>
      <span>{date(k.createdAt)}</span>
      <Typography.Text type="secondary">{k.createdBy}</Typography.Text>
    </Space>
  );
  const status = (k: KeyItem) =>
    k.revokedAt ? (
      <Space direction="vertical" size={0}>
        <Tag style={tagTones.neutral}>{t('keys.statusRevoked')}</Tag>
        <Typography.Text type="secondary">{date(k.revokedAt)}</Typography.Text>
      </Space>
    ) : (
      <Tag style={tagTones.success}>{t('keys.statusActive')}</Tag>
    );
  const revokeButton = (k: KeyItem) =>
    k.revokedAt ? null : (
      <Popconfirm
        title={t('keys.revokeConfirm', { label: k.label })}
        description={t('keys.revokeHint')}
        okText={t('keys.revoke')}
        cancelText={t('keys.cancel')}
        okButtonProps={{ danger: true }}
        onConfirm={() => revoke.mutate(k.id)}
      >
        <Button size="small" danger aria-label={`${t('keys.revoke')} ${k.label}`}>
          {t('keys.revoke')}
        </Button>
      </Popconfirm>
    );

  const columns: ColumnsType<KeyItem> = [
    { title: t('keys.label'), key: 'label', render: (_, k) => name(k) },
    { title: t('keys.scopes'), key: 'scopes', render: (_, k) => scopes(k) },
    { title: t('keys.quotas'), key: 'quotas', render: (_, k) => quotas(k) },
    { title: t('keys.created'), key: 'created', render: (_, k) => createdCell(k) },
    { title: t('keys.status'), key: 'status', render: (_, k) => status(k) },
    { title: <span className="visually-hidden">{t('keys.actions')}</span>, key: 'actions', render: (_, k) => revokeButton(k) },
  ];

  const list = keys.data;
  return (
    <ConfigProvider theme={strongDanger}>
      <PageHeader
        title={t('keys.title')}
        intro={t('keys.intro')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} disabled={!list}>
            {t('keys.create')}
          </Button>
        }
      />
      {keys.isError ? <ErrorAlert error={keys.error} onRetry={() => void keys.refetch()} /> : null}
      {narrow ? (
        <Spin spinning={keys.isPending}>
          <Space direction="vertical" size={12} style={{ width: '100%' }}>
            {list && list.items.length === 0 ? <Card><Empty description={t('keys.empty')} /></Card> : null}
            {(list?.items ?? []).map((k) => (
              <Card key={k.id} size="small" className={k.revokedAt ? 'key-card key-revoked-card' : 'key-card'} title={name(k)} extra={revokeButton(k)} role="group" aria-label={k.label}>
                <Descriptions
                  column={1}
                  size="small"
                  items={[
                    { key: 'scopes', label: t('keys.scopes'), children: scopes(k) },
                    { key: 'quotas', label: t('keys.quotas'), children: quotas(k) },
                    { key: 'created', label: t('keys.created'), children: createdCell(k) },
                    { key: 'status', label: t('keys.status'), children: status(k) },
                  ]}
                />
              </Card>
            ))}
          </Space>
        </Spin>
      ) : (
        <Card>
          <DataTable
            label={t('keys.title')}
            rowKey="id"
            loading={keys.isPending}
            dataSource={list?.items ?? []}
            columns={columns}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: t('keys.empty') }}
            scroll={{ x: 820 }}
            rowClassName={(k) => (k.revokedAt ? 'key-revoked' : '')}
          />
        </Card>
      )}

      <Modal
        open={creating}
        title={t('keys.createTitle')}
        okText={t('keys.createSubmit')}
        cancelText={t('keys.cancel')}
        confirmLoading={create.isPending}
        onOk={() => form.submit()}
        onCancel={() => setCreating(false)}
        destroyOnHidden
      >
        {list ? (
          <Form<KeyForm>
            form={form}
            layout="vertical"
            initialValues={{ scopes: ['lookup'], requestsPerMinute: Math.min(600, list.maxRequestsPerMinute), rowsPerDay: Math.min(100_000, list.maxRowsPerDay) }}
            onFinish={(values) => create.mutate({ ...values, label: values.label.trim() })}
          >
            <Form.Item name="label" label={t('keys.label')} extra={t('keys.labelHint')} rules={[{ required: true, whitespace: true, message: t('keys.labelRequired') }]}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item
              name="scopes"
              label={t('keys.scopes')}
              rules={[{ validator: (_, value?: Scope[]) => (value?.length ? Promise.resolve() : Promise.reject(new Error(t('keys.scopesRequired')))) }]}
            >
              <Checkbox.Group className="key-scopes" role="group">
                {list.grantableScopes.map((s) => (
                  <Checkbox key={s} value={s}>
                    <span className="key-scope-name">{t(`keys.scope.${s}`)}</span>
                    <span className="key-scope-hint">{t(`keys.scopeHint.${s}`)}</span>
                  </Checkbox>
                ))}
              </Checkbox.Group>
            </Form.Item>
            <Form.Item
              name="requestsPerMinute"
              label={t('keys.requestsPerMinute')}
              extra={t('keys.max', { n: number(list.maxRequestsPerMinute) })}
              rules={[{ required: true, message: t('keys.quotaRequired') }]}
            >
              <InputNumber min={1} max={list.maxRequestsPerMinute} precision={0} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="rowsPerDay" label={t('keys.rowsPerDay')} extra={t('keys.rowsHint', { n: number(list.maxRowsPerDay) })} rules={[{ required: true, message: t('keys.quotaRequired') }]}>
              <InputNumber min={0} max={list.maxRowsPerDay} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Form>
        ) : null}
      </Modal>

      <Modal
        open={showSecret}
        destroyOnHidden
        afterClose={() => setCreated(null)}
        title={
          <Space>
            <KeyOutlined />
            {t('keys.createdTitle')}
          </Space>
        }
        onCancel={() => setShowSecret(false)}
        footer={
          <Button type="primary" onClick={() => setShowSecret(false)}>
            {t('keys.stored')}
          </Button>
        }
        maskClosable={false}
      >
        {created ? (
          <Space direction="vertical" size={12} style={{ width: '100%' }}>
            <Alert type="warning" showIcon title={t('keys.onceWarning')} />
            <div>
              <Typography.Text strong>{created.label}</Typography.Text>
              <Typography.Paragraph className="key-secret" copyable={{ text: created.key, tooltips: [t('keys.copy'), t('keys.copied')] }}>
                <code data-testid="new-key">{created.key}</code>
              </Typography.Paragraph>
            </div>
            <div>
              <Typography.Text type="secondary">{t('keys.usage')}</Typography.Text>
              <pre className="key-usage">{`curl -H "Authorization: Bearer ${created.key}" \\\n  ${window.location.origin}/api/v1/public/filings/…`}</pre>
            </div>
          </Space>
        ) : null}
      </Modal>
    </ConfigProvider>
  );
}
