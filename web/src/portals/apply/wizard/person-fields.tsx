import { Col, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCodeTables, useNamed } from '../use-code-tables';
import { CertificateValidity } from './certificate-validity';
import { Field } from './field';

/** A responsible person: name, identity document, mobile, emergency phone, e-mail. */
export function PersonFields({ prefix }: { prefix: Array<string | number> }) {
  const { t } = useTranslation();
  const tables = useCodeTables();
  const named = useNamed();
  const personTypes = (tables.data?.certificateTypes ?? []).filter((c) => c.person);
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Field name={[...prefix, 'name']} label={t('field.name')}>
          <Input autoComplete="off" />
        </Field>
      </Col>
      <Col xs={24} md={12}>
        <Field name={[...prefix, 'certificate', 'type']} label={t('wizard.certificateType')}>
          <Select showSearch optionFilterProp="label" options={personTypes.map((c) => ({ value: c.code, label: named(c) }))} />
        </Field>
      </Col>
      <Col xs={24} md={12}>
        <Field name={[...prefix, 'certificate', 'number']} label={t('wizard.certificateNumber')}>
          <Input autoComplete="off" />
        </Field>
      </Col>
      <Col xs={24} md={12}>
        <CertificateValidity prefix={[...prefix, 'certificate']} />
      </Col>
      <Col xs={24} md={8}>
        <Field name={[...prefix, 'mobile']} label={t('field.mobile')}>
          <Input inputMode="tel" autoComplete="off" />
        </Field>
      </Col>
      <Col xs={24} md={8}>
        <Field name={[...prefix, 'emergencyPhone']} label={t('field.emergencyPhone')}>
          <Input inputMode="tel" autoComplete="off" />
        </Field>
      </Col>
      <Col xs={24} md={8}>
        <Field name={[...prefix, 'email']} label={t('field.email')}>
          <Input inputMode="email" autoComplete="off" />
        </Field>
      </Col>
    </Row>
  );
}
