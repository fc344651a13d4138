import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Tag, Typography } from 'antd';
import { DataTable } from '../../components/data-table';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { unwrap } from '../../api/api-error';
import { api } from '../../api/client';
import { tagTones } from '../../components/tag-tones';

const facts = ['platform', 'packageName', 'publicKey', 'signatureMd5'] as const;

/** A public key is hundreds of hex digits: its start and end identify it on screen (copy gives the whole). */
export function abbreviated(key: string): string {
  return key.length > 56 ? `${key.slice(0, 32)}…${key.slice(-16)}` : key;
}
type Fact = (typeof facts)[number];

/**
 * Beside each declared feature info entry, what the applicant's uploaded package says (its signing data), a differing
 * fact highlighted: the check a reviewer makes before passing an APP.
 */
export function PackageFacts({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation();
  const answer = useQuery({
    queryKey: ['application', applicationId, 'package-facts'],
    queryFn: async () => unwrap(api.GET('/api/v1/applications/{id}/package-facts', { params: { path: { id: applicationId } } })),
  });
  const items = answer.data?.items ?? [];
  if (items.length === 0) return null;
  const show = (fact: Fact, value: string | null | undefined) => {
    if (!value) return <Typography.Text type="secondary">—</Typography.Text>;
    if (fact === 'platform') return t(`review.platform.${value}`, { defaultValue: value });
    return (
      <Typography.Text code style={{ wordBreak: 'break-all' }} copyable={fact === 'publicKey' ? { text: value } : false}>
        {fact === 'publicKey' ? abbreviated(value) : value}
      </Typography.Text>
    );
  };
  return (
    <Card size="small" title={<h3 className="card-heading">{t('review.packageFacts.title')}</h3>} style={{ marginBottom: 12 }}>
      {items.map((item) => {
        const mismatched = new Set<string>(item.mismatches);
        return (
          <div key={item.path} data-package-facts={item.path} style={{ marginBottom: 12 }}>
            <Typography.Paragraph strong style={{ marginBottom: 6 }}>
              {item.declared.packageName ?? item.path}
              {item.read ? (
                <Typography.Text type="secondary" style={{ fontWeight: 'normal', marginLeft: 8 }}>
                  {t('review.packageFacts.readAt', { at: dayjs(item.read.readAt).format('YYYY-MM-DD HH:mm'), version: item.read.versionName ?? '—' })}
                </Typography.Text>
              ) : null}
            </Typography.Paragraph>
            {item.read ? (
              <>
                {mismatched.size ? <Alert type="error" showIcon role="alert" style={{ marginBottom: 8 }} title={t('review.packageFacts.mismatch')} /> : null}
                <DataTable
                  label={`${t('review.packageFacts.title')} ${item.declared.packageName ?? item.path}`}
                  size="small"
                  pagination={false}
                  rowKey="fact"
                  tableLayout="fixed"
                  rowClassName={(row) => (mismatched.has(row.fact) ? 'row-overdue' : '')}
                  dataSource={facts.map((fact) => ({ fact, declared: item.declared[fact], read: item.read?.[fact] }))}
                  columns={[
                    {
                      title: t('review.packageFacts.fact'),
                      key: 'fact',
                      width: 150,
                      render: (_, row) => (
                        <>
                          {t(`field.${row.fact}`)}
                          {mismatched.has(row.fact) ? <Tag style={{ ...tagTones.danger, marginLeft: 6 }}>{t('review.packageFacts.differs')}</Tag> : null}
                        </>
                      ),
                    },
                    { title: t('review.packageFacts.declared'), key: 'declared', render: (_, row) => show(row.fact, row.declared) },
                    { title: t('review.packageFacts.read'), key: 'read', render: (_, row) => show(row.fact, row.read) },
                  ]}
                />
              </>
            ) : (
              <Alert type="info" showIcon title={t('review.packageFacts.none')} />
            )}
          </div>
        );
      })}
    </Card>
  );
}
