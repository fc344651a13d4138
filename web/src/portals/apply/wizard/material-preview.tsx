import { Skeleton, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMaterialFile } from '../../../api/use-material-file';
import { PdfThumbnail } from '../../../components/pdf-thumbnail';

/**
 * An uploaded material shown in the page: an image as itself, a PDF as a picture of its first page, each with a link
 * that opens the whole file in a new tab (read as a blob, so it never downloads).
 */
export function MaterialPreview({ materialId, label }: { materialId: string; label: string }) {
  const { t } = useTranslation();
  const blob = useMaterialFile(materialId);
  const url = useMemo(() => (blob.data ? URL.createObjectURL(blob.data) : null), [blob.data]);
  useEffect(() => () => {
    if (url) URL.revokeObjectURL(url);
  }, [url]);
  if (blob.isPending) return <Skeleton.Image active />;
  if (blob.isError || !url) return <Typography.Text type="secondary">{t('wizard.previewUnavailable')}</Typography.Text>;
  return (
    <div className="material-preview-box">
      {blob.data.type === 'application/pdf' ? <PdfThumbnail data={blob.data} fileKey={materialId} label={label} /> : <img className="material-preview" src={url} alt={label} data-testid="material-preview" />}
      <Typography.Link href={url} target="_blank" rel="noopener" className="material-open">
        {t('wizard.openMaterial')}
      </Typography.Link>
    </div>
  );
}
