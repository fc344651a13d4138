import { Skeleton } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { echarts as Echarts } from './echarts-setup';

export interface BarSeries {
  name: string;
  values: number[];
  color?: string;
  /** Series sharing a stack name are drawn on top of each other. */
  stack?: string;
}

interface BarChartProps {
  /** What the chart shows, for screen readers (the table beside it carries the exact figures). */
  label: string;
  categories: string[];
  series: BarSeries[];
  language: 'zh-CN' | 'en';
  /** Formats a value in tooltips and labels. */
  format?: (value: number) => string;
}

type Chart = ReturnType<typeof Echarts.init>;

/**
 * Horizontal bars, one row per category (party, province, state…), drawn with ECharts. ECharts is fetched only when
 * a chart is first shown, so no page without a chart (the public ones above all) ever loads it.
 */
export function BarChart({ label, categories, series, language, format }: BarChartProps) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<Chart | null>(null);
  const [loaded, setLoaded] = useState<typeof Echarts | null>(null);

  useEffect(() => {
    let cancelled = false;
    void import('./echarts-setup').then(({ echarts }) => {
      if (!cancelled) setLoaded(echarts);
    });
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(() => {
    if (!loaded || !element.current) return;
    const instance = loaded.init(element.current, null, { renderer: 'svg', locale: language === 'en' ? 'EN' : 'ZH' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [loaded, language]);

  useEffect(() => {
    const instance = chart.current;
    if (!instance) return;
    const formatter = format ?? ((value: number) => String(value));
    // Categories read top to bottom in the order given.
    const reversed = [...categories].reverse();
    instance.setOption(
      {
        aria: { enabled: true, label: { description: label } },
        animation: false,
        grid: { left: 8, right: 48, top: series.length > 1 ? 32 : 8, bottom: 8, containLabel: true },
        legend: series.length > 1 ? { top: 0, left: 0 } : { show: false },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (value: unknown) => (typeof value === 'number' ? formatter(value) : '—') },
        xAxis: { type: 'value', splitNumber: 4, minInterval: 1, axisLabel: { hideOverlap: true, formatter: (value: number) => String(Math.round(value * 10) / 10) } },
        yAxis: { type: 'category', data: reversed, axisLabel: { width: 150, overflow: 'truncate', color: '#3a3a3a' } },
        series: series.map((s) => ({
          type: 'bar',
          name: s.name,
          data: [...s.values].reverse(),
          ...(s.stack ? { stack: s.stack } : {}),
          ...(s.color ? { itemStyle: { color: s.color } } : {}),
          barMaxWidth: 18,
          label: s.stack ? undefined : { show: true, position: 'right', fontSize: 11, formatter: ({ value }: { value: unknown }) => (typeof value === 'number' && value > 0 ? formatter(value) : '') },
        })),
      },
      { notMerge: true },
    );
  }, [loaded, language, categories, series, label, format]);

  const height = Math.max(120, categories.length * (series.length > 1 && !series[0]?.stack ? 34 : 26) + (series.length > 1 ? 40 : 16));
  return (
    <div style={{ position: 'relative', width: '100%', height }}>
      {loaded ? null : <Skeleton active paragraph={{ rows: 3 }} />}
      <div ref={element} role="img" aria-label={label} style={{ position: 'absolute', inset: 0 }} />
    </div>
  );
}
