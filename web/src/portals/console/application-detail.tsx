import { ArrowLeftOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Descriptions, Popconfirm, Row, Skeleton, Space } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { ApplicationView } from '../../api/application-view';
import { unwrap } from '../../api/api-error';
import { api } from '../../api/client';
import { flattenFields } from '../../api/flatten-fields';
import { useApplication, useApplicationHistory } from '../../api/use-application';
import { DeadlineCell } from '../../components/deadline-cell';
import { ErrorAlert, useErrorText } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { StateTag } from '../../components/state-tag';
import { ApplicationFields } from './application-fields';
import { ApplicationTimeline } from './application-timeline';
import { ReturnDialog, type ReturnInput } from './return-dialog';
import { PackageFacts } from './package-facts';
import { WorkingDaysLeft } from './working-days-left';

type SimpleAction = 'submit' | 'providerApprove' | 'bureauApprove' | 'withdraw';
const simplePaths = {
  submit: '/api/v1/applications/{id}/submit',
  providerApprove: '/api/v1/applications/{id}/provider-approve',
  bureauApprove: '/api/v1/applications/{id}/bureau-approve',
  withdraw: '/api/v1/applications/{id}/withdraw',
} as const;

/**
 * One application as its reviewer or applicant works on it: every field (return reasons at the fields they name),
 * the stage deadline, the history as a timeline, and only the actions the API's `allowedActions` offers. A portal
 * may add its own actions (`actionsExtra`) and a panel above the history (`aside`).
 */
export function ApplicationDetail({ backTo, actionsExtra, aside }: { backTo: string; actionsExtra?: ReactNode; aside?: ReactNode }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const application = useApplication(id);
  const history = useApplicationHistory(id);
  const [returning, setReturning] = useState(false);
  const [now] = useState(() => Date.now());

  const done = async (view: ApplicationView) => {
    queryClient.setQueryData(['application', id], view);
    await queryClient.invalidateQueries({ queryKey: ['application', id, 'history'] });
    await queryClient.invalidateQueries({ queryKey: ['applications'] });
    void message.success(t('detail.done'));
  };
  const act = useMutation({
    mutationFn: async (action: SimpleAction) =>
      (await unwrap(
        api.POST(simplePaths[action], { params: { path: { id } }, headers: { 'idempotency-key': crypto.randomUUID() }, body: {} }),
      )) as unknown as ApplicationView,
    onSuccess: done,
    onError: (error) => void message.error(errorText(error)),
  });
  const returnIt = useMutation({
    mutationFn: async (input: ReturnInput) => {
      const path = application.data?.allowedActions.includes('bureauReturn') ? '/api/v1/applications/{id}/bureau-return' : '/api/v1/applications/{id}/provider-return';
      return (await unwrap(
        api.POST(path, { params: { path: { id } }, headers: { 'idempotency-key': crypto.randomUUID() }, body: input as never }),
      )) as unknown as ApplicationView;
    },
    onSuccess: async (view) => {
      setReturning(false);
      await done(view);
    },
    onError: (error) => void message.error(errorText(error)),
  });

  if (application.isPending) return <Skeleton active />;
  if (application.isError) return <ErrorAlert error={application.error} onRetry={() => void application.refetch()} />;
  const a = application.data;
  const allowed = new Set(a.allowedActions);
  const reasons = a.state === 'provider_returned' || a.state === 'bureau_returned' || a.state === 'draft' ? (a.returnReasons ?? []) : [];
  const title = a.body.services?.map((s) => s.name).filter(Boolean).join('、') || a.body.subject?.name || t(`kind.${a.kind}`);

  const actions = (
    <Space wrap>
      {actionsExtra}
      {allowed.has('providerApprove') ? (
        <Popconfirm title={t('detail.approveConfirm')} onConfirm={() => act.mutate('providerApprove')}>
          <Button type="primary" loading={act.isPending}>{t('detail.providerApprove')}</Button>
        </Popconfirm>
      ) : null}
      {allowed.has('bureauApprove') ? (
        <Popconfirm title={t('detail.approveConfirm')} onConfirm={() => act.mutate('bureauApprove')}>
          <Button type="primary" loading={act.isPending}>{t('detail.bureauApprove')}</Button>
        </Popconfirm>
      ) : null}
      {allowed.has('providerReturn') || allowed.has('bureauReturn') ? (
        <Button danger className="return-button" onClick={() => setReturning(true)}>{t('detail.return')}</Button>
      ) : null}
      {allowed.has('submit') ? (
        <Button type="primary" loading={act.isPending} onClick={() => act.mutate('submit')}>{t('detail.submit')}</Button>
      ) : null}
      {allowed.has('withdraw') ? (
        <Popconfirm title={t('detail.withdrawConfirm')} onConfirm={() => act.mutate('withdraw')}>
          <Button>{t('detail.withdraw')}</Button>
        </Popconfirm>
      ) : null}
    </Space>
  );

  return (
    <>
      <Button type="link" icon={<ArrowLeftOutlined />} onClick={() => void navigate(backTo)} style={{ paddingLeft: 0 }}>
        {t('detail.back')}
      </Button>
      <PageHeader title={title} extra={actions} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card size="small" style={{ marginBottom: 12 }}>
            <Descriptions
              size="small"
              column={{ xs: 1, sm: 2, lg: 4 }}
              items={[
                { key: 'kind', label: t('applications.kind'), children: t(`kind.${a.kind}`) },
                { key: 'state', label: t('applications.state'), children: <StateTag state={a.state} /> },
                { key: 'deadline', label: t('applications.deadline'), children: (
                    <Space direction="vertical" size={0}>
                      <DeadlineCell deadline={a.deadline} now={now} />
                      <WorkingDaysLeft deadline={a.deadline} now={now} />
                    </Space>
                  ),
                },
                { key: 'version', label: t('detail.version'), children: a.version },
              ]}
            />
          </Card>
          <PackageFacts applicationId={a.id} />
          <ApplicationFields body={a.body} reasons={reasons} />
        </Col>
        <Col xs={24} xl={8}>
          {aside}
          <Card size="small" title={<h2 className="card-heading">{t('detail.history')}</h2>}>
            {history.isPending ? <Skeleton active /> : history.isError ? <ErrorAlert error={history.error} /> : <ApplicationTimeline history={history.data} />}
          </Card>
        </Col>
      </Row>
      <ReturnDialog open={returning} fields={flattenFields(a.body)} pending={returnIt.isPending} onCancel={() => setReturning(false)} onSubmit={(input) => returnIt.mutate(input)} />
    </>
  );
}
