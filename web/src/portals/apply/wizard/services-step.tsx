import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCodeTables, useNamed } from '../use-code-tables';
import { Field } from './field';

const serviceTypes = ['app', 'mini_program', 'quick_app', 'website'] as const;

/** The service (APP, mini-program…): type, name, description, languages, service content and pre-approvals. */
export function ServicesStep() {
  const { t } = useTranslation();
  const tables = useCodeTables();
  const named = useNamed();
  const content = (tables.data?.serviceContent ?? []).map((g) => ({ label: named(g), title: named(g), options: g.entries.map((e) => ({ value: e.code, label: named(e) })) }));
  return (
    <Row gutter={16}>
      <Col xs={24} md={8}>
        <Field name={['services', 0, 'type']} label={t('field.type')}>
          <Select options={serviceTypes.map((type) => ({ value: type, label: t(`serviceType.${type}`) }))} />
        </Field>
      </Col>
      <Col xs={24} md={16}>
        <Field name={['services', 0, 'name']} label={t('wizard.serviceName')}>
          <Input />
        </Field>
      </Col>
      <Col xs={24}>
        <Field name={['services', 0, 'remark']} label={t('wizard.serviceRemark')} extra={t('wizard.serviceRemarkHelp')}>
          <Input.TextArea rows={3} showCount maxLength={1000} />
        </Field>
      </Col>
      <Col xs={24} md={12}>
        <Field name={['services', 0, 'languages']} label={t('field.languages')}>
          <Select mode="multiple" optionFilterProp="label" options={(tables.data?.languages ?? []).map((l) => ({ value: l.code, label: named(l) }))} />
        </Field>
      </Col>
      <Col xs={24} md={12}>
        <Field name={['services', 0, 'contentCategories']} label={t('field.contentCategories')} extra={t('wizard.contentHelp')}>
          <Select mode="multiple" maxCount={5} optionFilterProp="label" options={content} />
        </Field>
      </Col>
      <Col xs={24}>
        <Form.Item label={t('field.preApprovals')} extra={t('wizard.preApprovalHelp')}>
          <Form.List name={['services', 0, 'preApprovals']}>
            {(items, { add, remove }) => (
              <>
                {items.map((item) => (
                  <Space key={item.key} align="start" wrap style={{ display: 'flex' }}>
                    <Field name={[item.name, 'category']} at={['services', 0, 'preApprovals', item.name, 'category']} label={t('wizard.preApprovalCategory')}>
                      <Select style={{ minWidth: 200 }} options={(tables.data?.preApprovalCategories ?? []).map((c) => ({ value: c.code, label: named(c) }))} />
                    </Field>
                    <Field name={[item.name, 'approvalNumber']} at={['services', 0, 'preApprovals', item.name, 'approvalNumber']} label={t('wizard.approvalNumber')}>
                      <Input />
                    </Field>
                    <Button type="text" aria-label={t('wizard.remove')} icon={<MinusCircleOutlined />} onClick={() => remove(item.name)} style={{ marginTop: 30 }} />
                  </Space>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({})}>
                  {t('wizard.addPreApproval')}
                </Button>
              </>
            )}
          </Form.List>
        </Form.Item>
      </Col>
    </Row>
  );
}
