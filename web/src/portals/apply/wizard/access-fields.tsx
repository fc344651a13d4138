import { Col, Form, Row, Select, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useChannels, useCodeTables, useNamed } from '../use-code-tables';
import { Field } from './field';

/** 网络接入信息: the access provider, connection methods, server locations, IP addresses, IPv6. */
export function AccessFields({ prefix }: { prefix: Array<string | number> }) {
  const { t } = useTranslation();
  const tables = useCodeTables();
  const channels = useChannels();
  const named = useNamed();
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Field name={[...prefix, 'providerId']} label={t('field.providerId')}>
          <Select
            showSearch
            optionFilterProp="label"
            options={(channels.data ?? []).filter((p) => p.kind === 'access_provider').map((p) => ({ value: p.id, label: named({ zh: p.name, en: p.nameEn ?? p.name }) }))}
          />
        </Field>
      </Col>
      <Col xs={24} md={12}>
        <Field name={[...prefix, 'connectionMethods']} label={t('field.connectionMethods')}>
          <Select mode="multiple" options={(tables.data?.connectionMethods ?? []).map((m) => ({ value: m.code, label: named(m) }))} />
        </Field>
      </Col>
      <Col xs={24} md={12}>
        <Field name={[...prefix, 'serverLocations']} label={t('field.serverLocations')}>
          <Select mode="multiple" optionFilterProp="label" options={(tables.data?.serverLocations ?? []).map((l) => ({ value: l.code, label: named(l) }))} />
        </Field>
      </Col>
      <Col xs={24} md={12}>
        <Field name={[...prefix, 'ips']} label={t('field.ips')} extra={t('wizard.tagsHelp')}>
          <Select mode="tags" open={false} tokenSeparators={[',', ' ', '，']} />
        </Field>
      </Col>
      <Col xs={24}>
        <Field name={[...prefix, 'supportsIpv6']} label={t('field.supportsIpv6')} valuePropName="checked">
          <Switch />
        </Field>
      </Col>
    </Row>
  );
}

/** Domains and access of the service; mini-programs and quick apps have neither (their platform serves them). */
export function AccessStep() {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const type = Form.useWatch(['services', 0, 'type'], form) as string | undefined;
  if (type === 'mini_program' || type === 'quick_app') return <Typography.Paragraph type="secondary">{t('wizard.noAccessNeeded')}</Typography.Paragraph>;
  return (
    <>
      <Field name={['services', 0, 'domains']} label={t('field.domains')} extra={t('wizard.tagsHelp')}>
        <Select mode="tags" open={false} tokenSeparators={[',', ' ', '，']} />
      </Field>
      <AccessFields prefix={['services', 0, 'access']} />
    </>
  );
}
