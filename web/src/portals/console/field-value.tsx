import { FilePdfOutlined } from '@ant-design/icons';
import { Image, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldEntry } from '../../api/flatten-fields';
import { useCodeTables, type CodeTable } from '../../api/use-code-tables';
import { useMaterialFile } from '../../api/use-material-file';
import { usePartyNames } from '../../api/use-parties';
import { findRegion, useProvinceRegions } from '../../api/use-region-table';
import { PdfThumbnail } from '../../components/pdf-thumbnail';
import { useLanguage } from '../../i18n/use-language';
import { abbreviated } from './package-facts';

/** Which code table a field's value is written in, by its key (and, for `type`, by where it sits). */
function tableOf(field: FieldEntry): CodeTable | undefined {
  switch (field.key) {
    case 'nature':
      return 'natures';
    case 'languages':
      return 'languages';
    case 'contentCategories':
      return 'serviceContent';
    case 'category':
      return 'preApprovalCategories';
    case 'connectionMethods':
      return 'connectionMethods';
    case 'serverLocations':
      return 'provinces';
    case 'kind':
      return /materials\[\d+\]\.kind$/.test(field.path) ? 'materialKinds' : undefined;
    case 'type':
      return /certificate\.type$/.test(field.path) ? 'certificateTypes' : undefined;
    default:
      return undefined;
  }
}

/** An uploaded material: an image shown small (click to enlarge); a PDF as its first page, with a link that opens it. */
function MaterialPreview({ id, kind }: { id: string; kind: string }) {
  const { t } = useTranslation();
  const [notImage, setNotImage] = useState(false);
  const href = `/api/v1/materials/${encodeURIComponent(id)}`;
  if (notImage) return <DocumentPreview id={id} href={href} label={`${t('review.materialPreview')}: ${kind}`} linkText={t('review.openMaterial', { kind })} />;
  return <Image src={href} alt={`${t('review.materialPreview')}: ${kind}`} width={120} height={90} style={{ objectFit: 'cover', border: '1px solid #f0f0f0' }} onError={() => setNotImage(true)} />;
}

function DocumentPreview({ id, href, label, linkText }: { id: string; href: string; label: string; linkText: string }) {
  const file = useMaterialFile(id);
  return (
    <span className="document-preview">
      {file.data?.type === 'application/pdf' ? <PdfThumbnail data={file.data} fileKey={href} label={label} width={120} /> : null}
      <a href={href} target="_blank" rel="noopener noreferrer">
        <FilePdfOutlined /> {linkText}
      </a>
    </span>
  );
}

/**
 * A field's value as a reviewer reads it: codes named from the code tables in the person's language, parties by name,
 * provinces, cities and districts by name, yes/no, and materials previewed.
 */
export function FieldValue({ field, siblings }: { field: FieldEntry; siblings: FieldEntry[] }) {
  const { t } = useTranslation();
  const codes = useCodeTables();
  const partyName = usePartyNames();
  const { language } = useLanguage();
  const isRegion = field.key === 'city' || field.key === 'district';
  const regions = useProvinceRegions(isRegion && /^\d{6}$/.test(field.value) ? `${field.value.slice(0, 2)}0000` : undefined);
  const region = (code: string) => {
    const province = codes.name('provinces', `${code.slice(0, 2)}0000`);
    if (code.endsWith('0000')) return province;
    const city = findRegion(regions.data, `${code.slice(0, 4)}00`);
    const own = findRegion(regions.data, code);
    if (!own) return `${province} · ${code}`;
    const name = (row: { zh: string; en: string }) => (language === 'en' ? row.en : row.zh);
    // A city after its province, a district after its city (a city without counties is its own district).
    const parent = code.endsWith('00') || !city || city === own ? province : name(city);
    return `${parent} · ${name(own)}`;
  };
  let text: string;
  const table = tableOf(field);
  if (field.key === 'materialId' || field.key === 'residencePermitMaterialId') {
    const kindPath = field.path.replace(/materialId$/, 'kind');
    const kind = siblings.find((f) => f.path === kindPath)?.value;
    return <MaterialPreview id={field.value} kind={kind ? codes.name('materialKinds', kind) : t('review.field.materialId')} />;
  } else if (table) {
    text = field.value
      .split(', ')
      .map((code) => codes.name(table, code))
      .join('、');
  } else if (field.key === 'type' && /services\[\d+\]\.type$/.test(field.path)) {
    text = t(`serviceType.${field.value}`, { defaultValue: field.value });
  } else if (field.key === 'province' || field.key === 'city' || field.key === 'district') {
    text = region(field.value);
  } else if (field.key === 'platform') {
    text = t(`review.platform.${field.value}`, { defaultValue: field.value });
  } else if (field.key === 'providerId' || field.key === 'hostPlatformId') {
    text = partyName(field.value);
  } else if (field.value === 'true' || field.value === 'false') {
    text = field.value === 'true' ? t('review.yes') : t('review.no');
  } else if (field.key === 'validTo' && field.value === 'long_term') {
    text = t('review.longTerm');
  } else {
    text = field.value;
  }
  const code = field.key === 'publicKey' || field.key === 'signatureMd5' || field.key === 'packageName';
  return (
    <Typography.Text style={code ? { wordBreak: 'break-all' } : { overflowWrap: 'anywhere' }} code={code} copyable={field.key === 'publicKey' ? { text } : false}>
      {field.key === 'publicKey' ? abbreviated(text) : text}
    </Typography.Text>
  );
}
