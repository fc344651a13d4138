import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { ComparisonView, type ComparisonRow } from './comparison-view';
import { hoursOf, partyLabel } from './statistics-format';
import type { ReviewTimes } from './use-statistics';

type Stage = ReviewTimes['providerReview'];

/** Median and 90th percentile of review time in the period, by bureau and by channel. */
export function ReviewTimeSection({ times, loading }: { times: ReviewTimes | undefined; loading: boolean }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const hours = (value: number) => t('statistics.hours', { value: value.toFixed(1) });
  const rowsOf = (stage: Stage | undefined): ComparisonRow[] =>
    (stage?.rows ?? []).map((row) => ({
      key: row.party.id,
      label: partyLabel(row.party, language),
      values: { p50: hoursOf(row.p50Seconds), p90: hoursOf(row.p90Seconds), decisions: row.decisions },
    }));
  const view = (stage: Stage | undefined, subject: string, label: string) => (
    <ComparisonView
      label={label}
      subject={subject}
      rows={rowsOf(stage)}
      orderBy="p90"
      measures={[
        { key: 'p50', title: t('statistics.times.p50'), color: '#1677ff', format: hours },
        { key: 'p90', title: t('statistics.times.p90'), color: '#d46b08', format: hours },
        { key: 'decisions', title: t('statistics.times.decisions'), charted: false },
      ]}
    />
  );
  return (
    <Card title={<h2 className="card-heading">{t('statistics.times.title')}</h2>} loading={loading && !times}>
      <p className="statistics-note">{t('statistics.times.note')}</p>
      <Tabs
        items={[
          { key: 'bureaus', label: t('statistics.byBureau'), children: view(times?.bureauReview, t('statistics.bureau'), t('statistics.times.chartBureaus')) },
          { key: 'channels', label: t('statistics.byChannel'), children: view(times?.providerReview, t('statistics.channel'), t('statistics.times.chartChannels')) },
        ]}
      />
    </Card>
  );
}
