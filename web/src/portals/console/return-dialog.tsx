import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Modal, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useReturnReasons } from '../../api/use-application';
import type { FieldEntry } from '../../api/flatten-fields';
import { useLanguage } from '../../i18n/use-language';
import { useFieldLabel } from './application-fields';

export interface ReturnInput {
  reasons: Array<{ code: string; path: string; note: string }>;
}

/** Returning an application: one or more catalogued reasons, each at a field (or the whole application), with a note. */
export function ReturnDialog({
  open,
  fields,
  pending,
  onCancel,
  onSubmit,
}: {
  open: boolean;
  fields: FieldEntry[];
  pending: boolean;
  onCancel(): void;
  onSubmit(input: ReturnInput): void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const label = useFieldLabel();
  const catalogue = useReturnReasons();
  const [form] = Form.useForm<ReturnInput>();
  const reasonOptions = (catalogue.data ?? []).map((r) => ({ value: r.code, label: `${language === 'en' ? r.message.en : r.message.zh} (${r.code})` }));
  const fieldOptions = [{ value: '', label: t('detail.wholeApplication') }, ...fields.map((f) => ({ value: f.path, label: `${label(f.key)} — ${f.path}` }))];
  return (
    <Modal
      open={open}
      title={t('detail.returnTitle')}
      okText={t('detail.returnConfirm')}
      cancelText={t('detail.cancel')}
      confirmLoading={pending}
      onCancel={onCancel}
      onOk={() => form.submit()}
      width={720}
      destroyOnHidden
    >
      <Form<ReturnInput> form={form} layout="vertical" initialValues={{ reasons: [{ code: undefined, path: '', note: '' }] }} onFinish={(values) => onSubmit({ reasons: values.reasons.map((r) => ({ code: r.code, path: r.path ?? '', note: r.note ?? '' })) })}>
        <Form.List name="reasons">
          {(items, { add, remove }) => (
            <>
              {items.map((item, index) => (
                <div key={item.key} className="return-reason-row">
                  <Form.Item name={[item.name, 'path']} label={t('detail.reasonField', { n: index + 1 })}>
                    <Select showSearch={{ optionFilterProp: 'label' }} options={fieldOptions} />
                  </Form.Item>
                  <Form.Item name={[item.name, 'code']} label={t('detail.reasonCode')} rules={[{ required: true, message: t('detail.reasonCodeRequired') }]}>
                    <Select showSearch={{ optionFilterProp: 'label' }} options={reasonOptions} loading={catalogue.isPending} />
                  </Form.Item>
                  <Form.Item name={[item.name, 'note']} label={t('detail.reasonNote')}>
                    <Input.TextArea rows={2} maxLength={1000} />
                  </Form.Item>
                  {items.length > 1 ? (
                    <Button type="link" danger icon={<MinusCircleOutlined />} onClick={() => remove(item.name)}>
                      {t('detail.removeReason')}
                    </Button>
                  ) : null}
                </div>
              ))}
              <Space>
                <Button icon={<PlusOutlined />} onClick={() => add({ path: '', note: '' })}>
                  {t('detail.addReason')}
                </Button>
              </Space>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
