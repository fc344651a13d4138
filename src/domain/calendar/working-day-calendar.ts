import { BeianError } from '../errors/beian-error.js';
import { addDays, assertCalendarDate, dayOfWeek, epochDayOf, isCalendarDate, yearOf, type CalendarDate } from './calendar-date.js';
import { builtInSchedule, type BuiltInSchedule } from './built-in-schedule.js';

/** An administrator's correction or addition to the official schedule: this date is a day off, or a working day. */
export interface CalendarOverride {
  date: CalendarDate;
  kind: 'holiday' | 'workday';
  name?: string;
}

export interface WorkingDayCalendarOptions {
  /** Win over the built-in data, date by date. At most one override per date. */
  overrides?: readonly CalendarOverride[];
  /** Years an administrator has loaded in full (every holiday and make-up working day of the year as overrides). */
  coveredYears?: readonly number[];
  /** The built-in data; defaults to the chinese-days schedule. */
  builtIn?: BuiltInSchedule;
}

/** Why a day is or is not a working day. */
export interface CalendarDay {
  date: CalendarDate;
  working: boolean;
  /** override: an administrator's entry; schedule: the built-in official schedule; week: Monday–Friday vs weekend. */
  source: 'override' | 'schedule' | 'week';
  name?: string;
}

export interface WorkingDayCalendar {
  /** Years every date of which the calendar can answer for, ascending. */
  readonly knownYears: readonly number[];
  /** Whether the calendar can answer for this date (its year is known, or an override names the date itself). */
  isKnown(date: CalendarDate): boolean;
  /** The day and why; throws CALENDAR_DATE_UNKNOWN for a date it cannot answer for. */
  day(date: CalendarDate): CalendarDay;
  isWorkingDay(date: CalendarDate): boolean;
  /**
   * The date `n` working days after `start`: counting begins with the first working day after `start` (whether or not
   * `start` itself is a working day), which is day 1, and the result is the n-th working day counted so. So from Friday
   * 2025-03-07, 3 working days is Wednesday 2025-03-12; from Saturday 2025-03-08 it is the same Wednesday.
   * `n = 0` gives `start` itself. Throws CALENDAR_DATE_UNKNOWN if the count reaches a date the calendar cannot answer for.
   */
  addWorkingDays(start: CalendarDate, n: number): CalendarDate;
  /**
   * The number of working days d with a < d ≤ b (negative when b < a), so that
   * workingDaysBetween(a, addWorkingDays(a, n)) === n. Throws CALENDAR_DATE_UNKNOWN if a day in between is unknown.
   */
  workingDaysBetween(a: CalendarDate, b: CalendarDate): number;
}

function invalid(path: string, reason: string, value: unknown): BeianError {
  return new BeianError('VALIDATION_FAILED', { path, details: { reason, value } });
}

/**
 * A mainland China working-day calendar: the built-in official schedules, overridden date by date by an administrator's
 * entries. A date is answered only if its year is covered (by the built-in data or declared by the administrator) or an
 * override names it; any other date raises CALENDAR_DATE_UNKNOWN, never a Monday–Friday guess.
 */
export function createWorkingDayCalendar(options: WorkingDayCalendarOptions = {}): WorkingDayCalendar {
  const builtIn = options.builtIn ?? builtInSchedule;
  const overrides = new Map<CalendarDate, CalendarOverride>();
  (options.overrides ?? []).forEach((override, index) => {
    const path = `overrides[${index}]`;
    if (!isCalendarDate(override.date)) throw invalid(`${path}.date`, 'date must be YYYY-MM-DD', override.date);
    if (override.kind !== 'holiday' && override.kind !== 'workday') {
      throw invalid(`${path}.kind`, "kind must be 'holiday' or 'workday'", override.kind);
    }
    if (overrides.has(override.date)) throw invalid(`${path}.date`, 'date has more than one override', override.date);
    overrides.set(override.date, { ...override });
  });
  (options.coveredYears ?? []).forEach((year, index) => {
    if (!Number.isInteger(year) || year < 1000 || year > 9999) throw invalid(`coveredYears[${index}]`, 'not a year', year);
  });
  const knownYears = Object.freeze([...new Set([...builtIn.coveredYears, ...(options.coveredYears ?? [])])].sort((a, b) => a - b));
  const known = new Set(knownYears);

  function day(date: CalendarDate): CalendarDay {
    assertCalendarDate(date);
    const override = overrides.get(date);
    if (override) {
      const answer: CalendarDay = { date, working: override.kind === 'workday', source: 'override' };
      if (override.name !== undefined) answer.name = override.name;
      return answer;
    }
    if (!known.has(yearOf(date))) {
      throw new BeianError('CALENDAR_DATE_UNKNOWN', { details: { date, year: yearOf(date), knownYears: [...knownYears] } });
    }
    const scheduled = builtIn.days.get(date);
    if (scheduled) return { date, working: scheduled.kind === 'workday', source: 'schedule', name: scheduled.name.zh };
    const weekday = dayOfWeek(date);
    return { date, working: weekday !== 0 && weekday !== 6, source: 'week' };
  }

  function isWorkingDay(date: CalendarDate): boolean {
    return day(date).working;
  }

  return {
    knownYears,
    isKnown(date) {
      assertCalendarDate(date);
      return overrides.has(date) || known.has(yearOf(date));
    },
    day,
    isWorkingDay,
    addWorkingDays(start, n) {
      assertCalendarDate(start);
      if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`Working days must be a non-negative integer: ${n}`);
      let date = start;
      for (let counted = 0; counted < n; ) {
        date = addDays(date, 1);
        if (isWorkingDay(date)) counted += 1;
      }
      return date;
    },
    workingDaysBetween(a, b) {
      assertCalendarDate(a);
      assertCalendarDate(b);
      const [from, to, sign] = epochDayOf(a) <= epochDayOf(b) ? [a, b, 1] : [b, a, -1];
      let count = 0;
      for (let date = addDays(from, 1); epochDayOf(date) <= epochDayOf(to); date = addDays(date, 1)) {
        if (isWorkingDay(date)) count += 1;
      }
      return sign * count;
    },
  };
}
