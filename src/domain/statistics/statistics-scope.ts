import { addDays, type CalendarDate } from '../calendar/calendar-date.js';
import { startOfShanghaiDay } from '../calendar/shanghai-time.js';
import { BeianError } from '../errors/beian-error.js';

/** What the figures cover: one province or all, and the instants of a period (either end open). */
export interface StatisticsScope {
  /** Six-digit province code, or null for the whole country. */
  provinceCode: string | null;
  /** The first instant counted (the start of the `from` day in Shanghai), or null from the beginning. */
  fromAt: Date | null;
  /** The first instant no longer counted (the start of the day after `to` in Shanghai), or null until now. */
  untilAt: Date | null;
}

/** Who asks: the ministry sees every province; a bureau its own only. */
export interface StatisticsViewer {
  role: string;
  provinceCode: string | null;
}

/**
 * The scope of a statistics request. Dates are Shanghai calendar days and both ends are included. A bureau is held to
 * its own province (naming another is refused, not silently narrowed); the ministry may name one or none.
 */
export function statisticsScope(
  viewer: StatisticsViewer,
  query: { province?: string | undefined; from?: CalendarDate | undefined; to?: CalendarDate | undefined },
): StatisticsScope {
  if (query.from !== undefined && query.to !== undefined && query.from > query.to) {
    throw new BeianError('STATISTICS_PERIOD_REVERSED', { path: 'querystring.from' });
  }
  let provinceCode = query.province ?? null;
  if (viewer.role === 'bureau') {
    if (provinceCode !== null && provinceCode !== viewer.provinceCode) throw new BeianError('STATISTICS_PROVINCE_OUTSIDE', { path: 'querystring.province' });
    provinceCode = viewer.provinceCode;
  }
  return {
    provinceCode,
    fromAt: query.from === undefined ? null : startOfShanghaiDay(query.from),
    untilAt: query.to === undefined ? null : startOfShanghaiDay(addDays(query.to, 1)),
  };
}
