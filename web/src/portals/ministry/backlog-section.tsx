import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { ComparisonView, type ComparisonRow } from './comparison-view';
import { partyLabel, shanghaiDateTime } from './statistics-format';
import type { Backlog } from './use-statistics';

type Stage = Backlog['providerReview'];

/** Reviews waiting now and those past their working-day deadline, by bureau and by channel. */
export function BacklogSection({ backlog, loading }: { backlog: Backlog | undefined; loading: boolean }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const rowsOf = (stage: Stage | undefined): ComparisonRow[] =>
    (stage?.rows ?? []).map((row) => ({
      key: row.party.id,
      label: partyLabel(row.party, language),
      values: { onTime: row.waiting - row.overdue, overdue: row.overdue, waiting: row.waiting },
      extra: { oldest: row.oldestEnteredAt ? shanghaiDateTime(row.oldestEnteredAt) : '—' },
    }));
  const view = (stage: Stage | undefined, subject: string, label: string) => (
    <ComparisonView
      label={label}
      subject={subject}
      rows={rowsOf(stage)}
      orderBy="waiting"
      measures={[
        { key: 'onTime', title: t('statistics.backlog.onTime'), color: '#1677ff', stack: 'waiting', charted: true },
        { key: 'overdue', title: t('statistics.backlog.overdue'), color: '#cf1322', stack: 'waiting', charted: true },
        { key: 'waiting', title: t('statistics.backlog.waiting'), charted: false },
      ]}
      extraColumns={[{ key: 'oldest', title: t('statistics.backlog.oldest') }]}
    />
  );
  return (
    <Card title={<h2 className="card-heading">{t('statistics.backlog.title')}</h2>} loading={loading && !backlog}>
      <p className="statistics-note">{t('statistics.backlog.note', { at: backlog ? shanghaiDateTime(backlog.asOf) : '' })}</p>
      <Tabs
        items={[
          { key: 'bureaus', label: t('statistics.byBureau'), children: view(backlog?.bureauReview, t('statistics.bureau'), t('statistics.backlog.chartBureaus')) },
          { key: 'channels', label: t('statistics.byChannel'), children: view(backlog?.providerReview, t('statistics.channel'), t('statistics.backlog.chartChannels')) },
        ]}
      />
    </Card>
  );
}
