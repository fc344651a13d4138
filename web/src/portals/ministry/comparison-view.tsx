import { Empty } from 'antd';
import { DataTable } from '../../components/data-table';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { BarChart } from './bar-chart';

export interface ComparisonRow {
  key: string;
  label: string;
  values: Record<string, number | null>;
  /** Shown in the table only (e.g. since when the oldest application waits). */
  extra?: Record<string, ReactNode>;
}

export interface ComparisonMeasure {
  key: string;
  title: string;
  color?: string;
  stack?: string;
  /** Drawn in the chart (otherwise a table column only). */
  charted?: boolean;
  format?: (value: number) => string;
}

interface ComparisonViewProps {
  /** What is compared, for the chart's description and the table's caption. */
  label: string;
  /** Heading of the first column (bureau, channel, province…). */
  subject: string;
  rows: ComparisonRow[];
  measures: ComparisonMeasure[];
  extraColumns?: { key: string; title: string }[];
  /** The measure rows are ordered by in the chart (largest first); rows where it is zero or empty are left out of the chart. */
  orderBy: string;
  /** At most this many rows in the chart; the table has every row. */
  chartLimit?: number;
}

/** One comparison: a bar chart of the rows that have something to show, and the table of every row with sorting. */
export function ComparisonView({ label, subject, rows, measures, extraColumns = [], orderBy, chartLimit = 12 }: ComparisonViewProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const charted = useMemo(
    () =>
      rows
        .filter((row) => (row.values[orderBy] ?? 0) > 0)
        .sort((a, b) => (b.values[orderBy] ?? 0) - (a.values[orderBy] ?? 0))
        .slice(0, chartLimit),
    [rows, orderBy, chartLimit],
  );
  const chartMeasures = measures.filter((m) => m.charted !== false);
  const categories = useMemo(() => charted.map((row) => row.label), [charted]);
  const series = useMemo(
    () => chartMeasures.map((m) => ({ name: m.title, values: charted.map((row) => row.values[m.key] ?? 0), ...(m.color ? { color: m.color } : {}), ...(m.stack ? { stack: m.stack } : {}) })),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [charted, measures],
  );
  const format = chartMeasures[0]?.format;
  const columns: ColumnsType<ComparisonRow> = [
    { title: subject, dataIndex: 'label', key: 'label', sorter: (a, b) => a.label.localeCompare(b.label, language) },
    ...measures.map((m) => ({
      title: m.title,
      key: m.key,
      align: 'right' as const,
      ...(m.key === orderBy ? { defaultSortOrder: 'descend' as const } : {}),
      sorter: (a: ComparisonRow, b: ComparisonRow) => (a.values[m.key] ?? -1) - (b.values[m.key] ?? -1),
      render: (_: unknown, row: ComparisonRow) => {
        const value = row.values[m.key];
        return value === null || value === undefined ? '—' : m.format ? m.format(value) : value;
      },
    })),
    ...extraColumns.map((c) => ({ title: c.title, key: c.key, render: (_: unknown, row: ComparisonRow) => row.extra?.[c.key] ?? '—' })),
  ];
  return (
    <div className="comparison">
      {charted.length > 0 ? (
        <BarChart label={label} categories={categories} series={series} language={language} {...(format ? { format } : {})} />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('statistics.nothingToCompare')} />
      )}
      <DataTable<ComparisonRow>
        label={label}
        size="small"
        rowKey="key"
        columns={columns}
        dataSource={rows}
        pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 'max-content' }}
        aria-label={label}
        style={{ marginTop: 12 }}
      />
    </div>
  );
}
