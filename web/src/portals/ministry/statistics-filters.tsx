import { DatePicker, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useBureaus } from '../../api/use-bureaus';
import { useLanguage } from '../../i18n/use-language';
import type { StatisticsFilter } from './use-statistics';

const dateFormat = 'YYYY-MM-DD';

/** The filter kept in the address (`?from=…&to=…&province=…`); the current year until someone picks another period. */
export function useStatisticsFilter(): [StatisticsFilter, (next: StatisticsFilter) => void] {
  const [params, setParams] = useSearchParams();
  const all = params.get('period') === 'all';
  const filter: StatisticsFilter = all
    ? {}
    : { from: params.get('from') ?? dayjs().startOf('year').format(dateFormat), to: params.get('to') ?? dayjs().format(dateFormat) };
  const province = params.get('province');
  if (province) filter.province = province;
  const set = (next: StatisticsFilter) => {
    const entries: Record<string, string> = {};
    if (next.from && next.to) Object.assign(entries, { from: next.from, to: next.to });
    else entries.period = 'all';
    if (next.province) entries.province = next.province;
    setParams(entries, { replace: true });
  };
  return [filter, set];
}

/** The period picker (with the usual presets) and, for the ministry, the province. */
export function StatisticsFilters({ filter, onChange, provinces }: { filter: StatisticsFilter; onChange(next: StatisticsFilter): void; provinces: boolean }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const bureaus = useBureaus();
  const today = dayjs();
  const presets: { label: string; value: [Dayjs, Dayjs] }[] = [
    { label: t('statistics.period.last30'), value: [today.subtract(29, 'day'), today] },
    { label: t('statistics.period.thisMonth'), value: [today.startOf('month'), today] },
    { label: t('statistics.period.thisQuarter'), value: [today.startOf('month').subtract(today.month() % 3, 'month'), today] },
    { label: t('statistics.period.thisYear'), value: [today.startOf('year'), today] },
    { label: t('statistics.period.lastYear'), value: [today.subtract(1, 'year').startOf('year'), today.subtract(1, 'year').endOf('year')] },
  ];
  const range: [Dayjs, Dayjs] | null = filter.from && filter.to ? [dayjs(filter.from), dayjs(filter.to)] : null;
  return (
    <Space wrap size={12} align="end" className="statistics-filters">
      <div>
        <label className="filter-label" htmlFor="statistics-period">
          {t('statistics.period.label')}
        </label>
        <DatePicker.RangePicker
          id={{ start: 'statistics-period' }}
          value={range}
          presets={presets}
          allowClear
          placeholder={[t('statistics.period.from'), t('statistics.period.to')]}
          aria-label={t('statistics.period.label')}
          onChange={(dates) => {
            const [from, to] = dates ?? [];
            onChange({ ...(from && to ? { from: from.format(dateFormat), to: to.format(dateFormat) } : {}), ...(filter.province ? { province: filter.province } : {}) });
          }}
        />
        {range ? null : <div className="statistics-all-time">{t('statistics.period.all')}</div>}
      </div>
      {provinces ? (
        <div>
          <label className="filter-label" htmlFor="statistics-province">
            {t('statistics.province')}
          </label>
          <Select
            id="statistics-province"
            style={{ width: 200 }}
            value={filter.province ?? ''}
            loading={bureaus.isPending}
            showSearch={{ optionFilterProp: 'label' }}
            options={[
              { value: '', label: t('statistics.allProvinces') },
              ...(bureaus.data ?? []).map((bureau) => ({ value: bureau.province ?? '', label: language === 'en' ? (bureau.nameEn ?? bureau.name) : bureau.name })),
            ]}
            onChange={(province: string) => onChange({ ...(filter.from && filter.to ? { from: filter.from, to: filter.to } : {}), ...(province ? { province } : {}) })}
          />
        </div>
      ) : null}
    </Space>
  );
}
