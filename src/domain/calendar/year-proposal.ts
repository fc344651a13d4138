import { builtInSchedule, type BuiltInSchedule } from './built-in-schedule.js';
import type { CalendarDate } from './calendar-date.js';
import { provisionalSchedule, statutoryRulesFrom, statutoryRulesUntil } from './statutory-holidays.js';

/** One day of a year's schedule as proposed for loading: a day off or a make-up working day, with its festival. */
export interface ProposedDay {
  date: CalendarDate;
  kind: 'holiday' | 'workday';
  name: { zh: string; en: string };
}

/**
 * What loading a year starts from. `schedule`: the official schedule (holidays and make-up working days) as the
 * chinese-days package ships it; `statutory`: only the days off the holiday regulation fixes, with their in-lieu days —
 * the official schedule's make-up working days (调休) cannot be foreseen and are added by hand; `none`: no rules for
 * the year.
 */
export interface YearProposal {
  year: number;
  source: 'schedule' | 'statutory' | 'none';
  days: ProposedDay[];
}

/**
 * The days to prefill when the ministry loads a year's schedule, in date order and within the year, for it to review,
 * correct and confirm. Pure.
 */
export function proposeYearSchedule(year: number, builtIn: BuiltInSchedule = builtInSchedule): YearProposal {
  const prefix = `${year}-`;
  const inYear = (days: Iterable<[CalendarDate, { kind: 'holiday' | 'workday'; name: { zh: string; en: string } }]>) =>
    [...days]
      .filter(([date]) => date.startsWith(prefix))
      .map(([date, day]) => ({ date, kind: day.kind, name: day.name }))
      .sort((a, b) => a.date.localeCompare(b.date));
  if (builtIn.coveredYears.includes(year)) return { year, source: 'schedule', days: inYear(builtIn.days) };
  if (Number.isInteger(year) && year >= statutoryRulesFrom && year <= statutoryRulesUntil) {
    return { year, source: 'statutory', days: inYear(provisionalSchedule(year)) };
  }
  return { year, source: 'none', days: [] };
}
