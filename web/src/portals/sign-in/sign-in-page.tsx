import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { unwrap } from '../../api/api-error';
import { api } from '../../api/client';
import { useMeta } from '../../api/use-meta';
import { ErrorAlert } from '../../components/error-alert';
import { PublicLayout } from '../../components/public-layout';
import { homePathOf } from '../../components/role-home';

interface Credentials {
  login: string;
  password: string;
}

/** Sign-in with account and password; afterwards the page asked for, or the role's console. */
export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const queryClient = useQueryClient();
  const meta = useMeta();
  const signIn = useMutation({
    mutationFn: (body: Credentials) => unwrap(api.POST('/api/v1/auth/login', { body })),
    onSuccess: async (me) => {
      queryClient.setQueryData(['me'], me);
      await queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
      const next = params.get('next');
      void navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : homePathOf(me.role), { replace: true });
    },
  });
  return (
    <PublicLayout>
      <Card className="sign-in-card" style={{ maxWidth: 420, margin: '24px auto' }}>
        <Typography.Title level={1} style={{ fontSize: 22 }}>
          {t('signIn.title')}
        </Typography.Title>
        {meta.data?.demo ? <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('demo.logins')} /> : null}
        {signIn.isError ? (
          <div style={{ marginBottom: 16 }}>
            <ErrorAlert error={signIn.error} />
          </div>
        ) : null}
        <Form<Credentials> layout="vertical" requiredMark={false} onFinish={(values) => signIn.mutate(values)}>
          <Form.Item label={t('signIn.login')} name="login" rules={[{ required: true, whitespace: true, message: t('signIn.loginRequired') }]}>
            <Input autoComplete="username" size="large" />
          </Form.Item>
          <Form.Item label={t('signIn.password')} name="password" rules={[{ required: true, message: t('signIn.passwordRequired') }]}>
            <Input.Password autoComplete="current-password" size="large" />
          </Form.Item>
          <Button type="primary" htmlType="submit" size="large" block loading={signIn.isPending}>
            {t('signIn.submit')}
          </Button>
        </Form>
      </Card>
    </PublicLayout>
  );
}
