import { Descriptions, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationKind } from '../../../api/application-view';
import { Field } from './field';

/** Cancellations: what is cancelled (the filed subject or service, pre-filled) and why. */
export function ReasonStep({ kind, subjectId, serviceId }: { kind: ApplicationKind; subjectId?: string; serviceId?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'kind', label: t('applications.kind'), children: t(`kind.${kind}`) },
          ...(subjectId ? [{ key: 'subject', label: t('wizard.filedSubject'), children: subjectId }] : []),
          ...(serviceId ? [{ key: 'service', label: t('wizard.filedService'), children: serviceId }] : []),
        ]}
      />
      <Field name={['reason']} label={t('wizard.reason')}>
        <Input.TextArea rows={4} showCount maxLength={500} />
      </Field>
    </>
  );
}
