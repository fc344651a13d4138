import { Checkbox, Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { Field } from './field';

/** A document's validity: from, to, or long-term (长期). Dates as YYYY-MM-DD, the browser's date picker. */
export function CertificateValidity({ prefix }: { prefix: Array<string | number> }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const validTo = Form.useWatch([...prefix, 'validTo'], form) as string | undefined;
  const longTerm = validTo === 'long_term';
  return (
    <Row gutter={8}>
      <Col span={12}>
        <Field name={[...prefix, 'validFrom']} label={t('field.validFrom')}>
          <Input type="date" />
        </Field>
      </Col>
      <Col span={12}>
        {longTerm ? (
          <Form.Item label={t('field.validTo')}>
            <Input disabled value={t('wizard.longTerm')} />
          </Form.Item>
        ) : (
          // The watched value lags the store by a render: the date input never receives 'long_term' as its value.
          <Field name={[...prefix, 'validTo']} label={t('field.validTo')} getValueProps={(value: unknown) => ({ value: value === 'long_term' ? '' : value })}>
            <Input type="date" />
          </Field>
        )}
        <Checkbox checked={longTerm} onChange={(e) => form.setFieldValue([...prefix, 'validTo'], e.target.checked ? 'long_term' : undefined)} style={{ marginTop: -16, marginBottom: 12 }}>
          {t('wizard.longTerm')}
        </Checkbox>
      </Col>
    </Row>
  );
}
