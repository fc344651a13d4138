import { MinusCircleOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Form, Row, Select, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/api-error';
import { useErrorText } from '../../../components/error-alert';
import { useCodeTables, useNamed } from '../use-code-tables';
import { Field, PartNotes } from './field';
import { pathOf } from './field-path';
import { MaterialPreview } from './material-preview';

const accepted = ['image/jpeg', 'image/png', 'application/pdf'];

async function uploadMaterial(file: File): Promise<string> {
  let response: Response;
  try {
    response = await fetch('/api/v1/materials', { method: 'POST', credentials: 'same-origin', headers: { 'content-type': file.type }, body: file });
  } catch {
    throw new ApiError(0, 'NETWORK', null);
  }
  const body = (await response.json().catch(() => ({}))) as { id?: string; error?: { code?: string; message?: { zh: string; en: string }; path?: string } };
  if (!response.ok || !body.id) throw new ApiError(response.status, body.error?.code ?? `HTTP_${response.status}`, body.error?.message ?? null, body.error?.path);
  return body.id;
}

/** One list of materials (the subject's or the service's): kind, upload (JPEG, PNG, PDF) and a preview of each. */
function MaterialList({ list, title }: { list: Array<string | number>; title: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const tables = useCodeTables();
  const named = useNamed();
  const form = Form.useFormInstance();
  const [kind, setKind] = useState<string | undefined>();
  const [uploading, setUploading] = useState(false);
  const items = (Form.useWatch(list, { form, preserve: true }) as Array<{ kind?: string; materialId?: string }> | undefined) ?? [];
  const kinds = tables.data?.materialKinds ?? [];
  const kindName = (code?: string) => named(kinds.find((k) => k.code === code) ?? { zh: code ?? '', en: code ?? '' });
  return (
    <Card size="small" title={<h3 className="card-heading">{title}</h3>} style={{ marginBottom: 12 }} data-material-list={pathOf(list)}>
      <PartNotes paths={[pathOf(list)]} />
      <Row gutter={[12, 12]}>
        {items.map((item, i) => (
          <Col key={`${item.materialId}-${i}`} xs={24} md={12}>
            <Field bare name={[...list, i, 'materialId']} label={kindName(item.kind)}>
              <div>
                {item.materialId ? <MaterialPreview materialId={item.materialId} label={kindName(item.kind)} /> : null}
                <Button
                  type="link"
                  danger
                  icon={<MinusCircleOutlined />}
                  onClick={() => form.setFieldValue(list, items.filter((_, k) => k !== i))}
                >
                  {t('wizard.remove')}
                </Button>
              </div>
            </Field>
          </Col>
        ))}
      </Row>
      {items.length === 0 ? <Typography.Paragraph type="secondary">{t('wizard.noMaterials')}</Typography.Paragraph> : null}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
        <Select
          aria-label={t('wizard.materialKind')}
          placeholder={t('wizard.materialKind')}
          style={{ minWidth: 260 }}
          showSearch
          optionFilterProp="label"
          value={kind}
          onChange={setKind}
          options={kinds.map((k) => ({ value: k.code, label: named(k) }))}
        />
        <Upload
          accept={accepted.join(',')}
          showUploadList={false}
          disabled={!kind || uploading}
          customRequest={({ file }) => {
            const chosen = kind;
            if (!chosen) return;
            setUploading(true);
            uploadMaterial(file as File)
              .then((id) => form.setFieldValue(list, [...((form.getFieldValue(list) as unknown[] | undefined) ?? []), { kind: chosen, materialId: id }]))
              .catch((e: unknown) => void message.error(errorText(e)))
              .finally(() => setUploading(false));
          }}
        >
          <Button icon={<UploadOutlined />} disabled={!kind} loading={uploading}>
            {t('wizard.upload')}
          </Button>
        </Upload>
        <Typography.Text type="secondary">{t('wizard.uploadHint')}</Typography.Text>
      </div>
    </Card>
  );
}

/** Materials: the subject's (certificate scans, commitment letter…) and the service's, each previewed once uploaded. */
export function MaterialsStep({ subject, service }: { subject: boolean; service: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {subject ? <MaterialList list={['subject', 'materials']} title={t('wizard.subjectMaterials')} /> : null}
      {service ? <MaterialList list={['services', 0, 'materials']} title={t('wizard.serviceMaterials')} /> : null}
    </>
  );
}
