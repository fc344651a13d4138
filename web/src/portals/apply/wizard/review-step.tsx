import { Alert, List, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationBody, ReturnReason } from '../../../api/application-view';
import { useLanguage } from '../../../i18n/use-language';
import { ApplicationFields } from '../../console/application-fields';
import type { Finding } from './use-live-precheck';

/** Review and submit: every field as reviewers will see it, and every pre-check finding with its fix. */
export function ReviewStep({ body, findings, reasons, checking }: { body: Record<string, unknown>; findings: Finding[]; reasons: ReturnReason[]; checking: boolean }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const text = (x: { zh: string; en: string }) => (language === 'en' ? x.en : x.zh);
  const errors = findings.filter((f) => f.severity === 'error');
  return (
    <>
      {checking ? <Spin size="small" /> : null}
      {findings.length === 0 ? (
        <Alert type="success" showIcon style={{ marginBottom: 12 }} title={t('wizard.precheckClean')} />
      ) : (
        <Alert
          type={errors.length ? 'error' : 'warning'}
          showIcon
          style={{ marginBottom: 12 }}
          title={errors.length ? t('wizard.precheckErrors', { count: errors.length }) : t('wizard.precheckWarnings', { count: findings.length })}
          description={
            <List
              size="small"
              dataSource={findings}
              renderItem={(f) => (
                <List.Item>
                  <div>
                    <Typography.Text code>{f.path || '—'}</Typography.Text> {text(f.message)}
                    <div className="field-fix">{text(f.fix)}</div>
                  </div>
                </List.Item>
              )}
            />
          }
        />
      )}
      <ApplicationFields body={body as ApplicationBody} reasons={reasons} />
    </>
  );
}
