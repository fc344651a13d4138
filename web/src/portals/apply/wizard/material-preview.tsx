import { useQuery } from '@tanstack/react-query';
import { Skeleton, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** An uploaded material shown in the page: an image as itself, a PDF in a frame (read as a blob, so it never downloads). */
export function MaterialPreview({ materialId, label }: { materialId: string; label: string }) {
  const { t } = useTranslation();
  const blob = useQuery({
    queryKey: ['material', materialId],
    staleTime: Infinity,
    queryFn: async () => {
      const response = await fetch(`/api/v1/materials/${encodeURIComponent(materialId)}`, { credentials: 'same-origin' });
      if (!response.ok) throw new Error(String(response.status));
      return response.blob();
    },
  });
  const url = useMemo(() => (blob.data ? URL.createObjectURL(blob.data) : null), [blob.data]);
  useEffect(() => () => {
    if (url) URL.revokeObjectURL(url);
  }, [url]);
  if (blob.isPending) return <Skeleton.Image active />;
  if (blob.isError || !url) return <Typography.Text type="secondary">{t('wizard.previewUnavailable')}</Typography.Text>;
  return blob.data?.type === 'application/pdf' ? (
    <iframe className="material-preview-pdf" src={url} title={label} data-testid="material-preview" />
  ) : (
    <img className="material-preview" src={url} alt={label} data-testid="material-preview" />
  );
}
