import { Card, Col, Row, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { ComparisonView, type ComparisonRow } from './comparison-view';
import { partyLabel } from './statistics-format';
import type { Counts } from './use-statistics';

const filingColor = '#1677ff';
const applicationColor = '#13a8a8';

/** Filings approved and applications received in the period, by province, service type, channel and status or state. */
export function CountsSection({ counts, loading }: { counts: Counts | undefined; loading: boolean }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const measures = [
    { key: 'filings', title: t('statistics.counts.filings'), color: filingColor },
    { key: 'applications', title: t('statistics.counts.applications'), color: applicationColor },
  ];
  const merge = (entries: { key: string; label: string; filings?: number; applications?: number }[]): ComparisonRow[] => {
    const rows = new Map<string, ComparisonRow>();
    for (const entry of entries) {
      const row = rows.get(entry.key) ?? { key: entry.key, label: entry.label, values: { filings: 0, applications: 0 } };
      if (entry.filings !== undefined) row.values.filings = entry.filings;
      if (entry.applications !== undefined) row.values.applications = entry.applications;
      rows.set(entry.key, row);
    }
    return [...rows.values()].map((row) => ({ ...row, values: { ...row.values, total: (row.values.filings ?? 0) + (row.values.applications ?? 0) } }));
  };
  const filings = counts?.filings;
  const applications = counts?.applications;
  const provinceName = (name: { zh: string; en: string }) => (language === 'en' ? name.en : name.zh);
  const byProvince = merge([
    ...(filings?.byProvince ?? []).map((r) => ({ key: r.province.code, label: provinceName(r.province.name), filings: r.services })),
    ...(applications?.byProvince ?? []).map((r) => ({ key: r.province.code, label: provinceName(r.province.name), applications: r.applications })),
  ]);
  const byType = merge([
    ...(filings?.byServiceType ?? []).map((r) => ({ key: r.serviceType, label: t(`serviceType.${r.serviceType}`), filings: r.services })),
    ...(applications?.byServiceType ?? []).map((r) => ({
      key: r.serviceType ?? 'none',
      label: r.serviceType ? t(`serviceType.${r.serviceType}`) : t('statistics.counts.noService'),
      applications: r.applications,
    })),
  ]);
  const byChannel = merge([
    ...(filings?.byChannel ?? []).map((r) => ({ key: r.channel?.id ?? 'imported', label: r.channel ? partyLabel(r.channel, language) : t('statistics.counts.imported'), filings: r.services })),
    ...(applications?.byChannel ?? []).map((r) => ({ key: r.channel.id, label: partyLabel(r.channel, language), applications: r.applications })),
  ]);
  const statusRows: ComparisonRow[] = (filings?.byStatus ?? []).map((r) => ({ key: r.status, label: t(`filingStatus.${r.status}`), values: { services: r.services, subjects: r.subjects } }));
  const stateRows: ComparisonRow[] = (applications?.byState ?? []).map((r) => ({ key: r.state, label: t(`state.${r.state}`), values: { applications: r.applications } }));
  const total = { key: 'total', title: t('statistics.counts.total'), charted: false };
  return (
    <Card title={<h2 className="card-heading">{t('statistics.counts.title')}</h2>} loading={loading && !counts}>
      <p className="statistics-note">{t('statistics.counts.note')}</p>
      <Tabs
        items={[
          {
            key: 'province',
            label: t('statistics.byProvince'),
            children: <ComparisonView label={t('statistics.counts.chartProvinces')} subject={t('statistics.province')} rows={byProvince} measures={[...measures, total]} orderBy="total" chartLimit={15} />,
          },
          {
            key: 'type',
            label: t('statistics.byServiceType'),
            children: <ComparisonView label={t('statistics.counts.chartTypes')} subject={t('statistics.serviceType')} rows={byType} measures={[...measures, total]} orderBy="total" />,
          },
          {
            key: 'channel',
            label: t('statistics.byChannel'),
            children: <ComparisonView label={t('statistics.counts.chartChannels')} subject={t('statistics.channel')} rows={byChannel} measures={[...measures, total]} orderBy="total" />,
          },
          {
            key: 'state',
            label: t('statistics.byState'),
            children: (
              <Row gutter={[24, 16]}>
                <Col xs={24} xl={12}>
                  <h3 className="statistics-subheading">{t('statistics.counts.filingStatus')}</h3>
                  <ComparisonView
                    label={t('statistics.counts.chartStatus')}
                    subject={t('statistics.status')}
                    rows={statusRows}
                    measures={[
                      { key: 'services', title: t('statistics.counts.services'), color: filingColor },
                      { key: 'subjects', title: t('statistics.counts.subjects'), color: '#722ed1' },
                    ]}
                    orderBy="services"
                  />
                </Col>
                <Col xs={24} xl={12}>
                  <h3 className="statistics-subheading">{t('statistics.counts.applicationState')}</h3>
                  <ComparisonView
                    label={t('statistics.counts.chartStates')}
                    subject={t('statistics.state')}
                    rows={stateRows}
                    measures={[{ key: 'applications', title: t('statistics.counts.applications'), color: applicationColor }]}
                    orderBy="applications"
                  />
                </Col>
              </Row>
            ),
          },
        ]}
      />
    </Card>
  );
}
