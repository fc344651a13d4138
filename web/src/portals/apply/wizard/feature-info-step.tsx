import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useChannels, useNamed } from '../use-code-tables';
import { Field } from './field';
import { PackageDrop } from './package-drop';

const platforms = ['android', 'ios', 'harmonyos', 'other'] as const;

/** 特征信息: per platform the package name, public key and signature MD5 (read from a dropped package); mini-programs their platform and app id. */
export function FeatureInfoStep() {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const named = useNamed();
  const channels = useChannels();
  const type = Form.useWatch(['services', 0, 'type'], form) as string | undefined;
  const hosted = type === 'mini_program' || type === 'quick_app';
  const list = ['services', 0, 'featureInfo'];
  return (
    <>
      {hosted ? (
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Field name={['services', 0, 'hostPlatformId']} label={t('wizard.hostPlatform')}>
              <Select
                options={(channels.data ?? []).filter((p) => p.kind === 'distribution_platform').map((p) => ({ value: p.id, label: named({ zh: p.name, en: p.nameEn ?? p.name }) }))}
              />
            </Field>
          </Col>
          <Col xs={24} md={12}>
            <Field name={['services', 0, 'platformAppId']} label={t('wizard.platformAppId')}>
              <Input />
            </Field>
          </Col>
        </Row>
      ) : null}
      {type !== 'mini_program' && type !== 'website' ? (
        <Form.List name={list}>
          {(items, { add, remove }) => (
            <>
              <PackageDrop
                onRead={(entry) => {
                  const current = (form.getFieldValue(list) as Array<{ platform?: string }> | undefined) ?? [];
                  const at = current.findIndex((f) => f.platform === entry.platform || !f.platform);
                  if (at >= 0) form.setFieldValue([...list, at], entry);
                  else add(entry);
                }}
              />
              {items.map((item) => (
                <Card
                  key={item.key}
                  size="small"
                  style={{ marginTop: 12 }}
                  title={t('wizard.platformEntry', { n: item.name + 1 })}
                  extra={<Button type="text" aria-label={t('wizard.remove')} icon={<MinusCircleOutlined />} onClick={() => remove(item.name)} />}
                >
                  <Row gutter={16}>
                    <Col xs={24} md={8}>
                      <Field name={[item.name, 'platform']} at={[...list, item.name, 'platform']} label={t('field.platform')}>
                        <Select options={platforms.map((p) => ({ value: p, label: t(`wizard.platforms.${p}`) }))} />
                      </Field>
                    </Col>
                    <Col xs={24} md={16}>
                      <Field name={[item.name, 'packageName']} at={[...list, item.name, 'packageName']} label={t('field.packageName')}>
                        <Input />
                      </Field>
                    </Col>
                    <Col xs={24}>
                      <Field name={[item.name, 'publicKey']} at={[...list, item.name, 'publicKey']} label={t('field.publicKey')}>
                        <Input.TextArea rows={2} style={{ fontFamily: 'monospace' }} />
                      </Field>
                    </Col>
                    <Col xs={24}>
                      <Field name={[item.name, 'signatureMd5']} at={[...list, item.name, 'signatureMd5']} label={t('field.signatureMd5')}>
                        <Input style={{ fontFamily: 'monospace' }} />
                      </Field>
                    </Col>
                  </Row>
                </Card>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({})} style={{ marginTop: 12 }}>
                {t('wizard.addPlatform')}
              </Button>
            </>
          )}
        </Form.List>
      ) : null}
    </>
  );
}
