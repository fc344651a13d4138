import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProvinceRegions } from '../../../api/use-region-table';
import { useChannels, useCodeTables, useNamed } from '../use-code-tables';
import { CertificateValidity } from './certificate-validity';
import { Field } from './field';

/** 主办者: the channel filed through, the subject's name, nature, certificate and residence. */
export function SubjectStep() {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const tables = useCodeTables();
  const channels = useChannels();
  const named = useNamed();
  const nature = Form.useWatch(['subject', 'nature'], form) as number | undefined;
  const province = Form.useWatch(['subject', 'province'], form) as string | undefined;
  const city = Form.useWatch(['subject', 'city'], form) as string | undefined;
  const provinces = tables.data?.provinces ?? [];
  const regions = useProvinceRegions(province);
  const cities = regions.data && regions.data.province.code === province ? regions.data.cities : [];
  const chosenCity = cities.find((c) => c.code === city);
  // A prefecture-level city without counties (东莞, 中山…) is its own district.
  const districts = chosenCity ? (chosenCity.districts.length > 0 ? chosenCity.districts : [chosenCity]) : [];
  const searchable = { showSearch: true, optionFilterProp: 'label' } as const;
  const certificateTypes = (tables.data?.certificateTypes ?? []).filter((c) => nature === undefined || c.natures.includes(nature));
  return (
    <Row gutter={16}>
      <Col xs={24}>
        <Field name={['channelId']} label={t('wizard.channel')} extra={t('wizard.channelHelp')}>
          <Select
            showSearch
            optionFilterProp="label"
            loading={channels.isPending}
            options={(channels.data ?? []).map((p) => ({ value: p.id, label: named({ zh: p.name, en: p.nameEn ?? p.name }) }))}
          />
        </Field>
      </Col>
      <Col xs={24} md={12}>
        <Field name={['subject', 'name']} label={t('wizard.subjectName')}>
          <Input autoComplete="organization" />
        </Field>
      </Col>
      <Col xs={24} md={12}>
        <Field name={['subject', 'nature']} label={t('field.nature')}>
          <Select showSearch optionFilterProp="label" options={(tables.data?.natures ?? []).map((n) => ({ value: n.code, label: named(n) }))} />
        </Field>
      </Col>
      <Col xs={24} md={12}>
        <Field name={['subject', 'certificate', 'type']} label={t('wizard.certificateType')}>
          <Select showSearch optionFilterProp="label" options={certificateTypes.map((c) => ({ value: c.code, label: named(c) }))} />
        </Field>
      </Col>
      <Col xs={24} md={12}>
        <Field name={['subject', 'certificate', 'number']} label={t('wizard.certificateNumber')}>
          <Input autoComplete="off" />
        </Field>
      </Col>
      <Col xs={24} md={12}>
        <CertificateValidity prefix={['subject', 'certificate']} />
      </Col>
      <Col xs={24} md={12}>
        <Field name={['subject', 'certificate', 'address']} label={t('wizard.certificateAddress')}>
          <Input />
        </Field>
      </Col>
      <Col xs={24} md={8}>
        <Field name={['subject', 'province']} label={t('field.province')}>
          <Select
            showSearch
            optionFilterProp="label"
            options={provinces.filter((p) => p.mainland).map((p) => ({ value: p.code, label: named(p) }))}
            onChange={() => form.setFieldsValue({ subject: { city: undefined, district: undefined } })}
          />
        </Field>
      </Col>
      <Col xs={24} md={8}>
        <Field name={['subject', 'city']} label={t('field.city')}>
          <Select
            {...searchable}
            disabled={!province}
            loading={regions.isFetching}
            options={cities.map((c) => ({ value: c.code, label: named(c) }))}
            onChange={() => form.setFieldsValue({ subject: { district: undefined } })}
          />
        </Field>
      </Col>
      <Col xs={24} md={8}>
        <Field name={['subject', 'district']} label={t('field.district')}>
          <Select {...searchable} disabled={!city} loading={regions.isFetching} options={districts.map((d) => ({ value: d.code, label: named(d) }))} />
        </Field>
      </Col>
      <Col xs={24}>
        <Field name={['subject', 'address']} label={t('field.address')}>
          <Input autoComplete="street-address" />
        </Field>
      </Col>
      <Col xs={24} md={12}>
        <Field name={['subject', 'superior']} label={t('field.superior')}>
          <Input />
        </Field>
      </Col>
      <Col xs={24} md={12}>
        <Field name={['subject', 'remark']} label={t('wizard.subjectRemark')}>
          <Input />
        </Field>
      </Col>
    </Row>
  );
}
