import { BeianError } from '../errors/beian-error.js';
import { addDays, assertCalendarDate, dayOfWeek, epochDayOf, isCalendarDate, yearOf, type CalendarDate } from './calendar-date.js';
import { builtInSchedule, type BuiltInSchedule, type ScheduledDay } from './built-in-schedule.js';
import { provisionalSchedule, statutoryRulesFrom, statutoryRulesUntil } from './statutory-holidays.js';

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
  /**
   * Answer a year without an official schedule (not built in, not declared) provisionally, from the statutory holidays
   * and weekends (see provisionalSchedule), instead of raising CALENDAR_DATE_UNKNOWN. Off by default.
   */
  provisional?: boolean;
}

/** Why a day is or is not a working day. */
export interface CalendarDay {
  date: CalendarDate;
  working: boolean;
  /**
   * override: an administrator's entry; schedule: the built-in official schedule; week: Monday–Friday vs weekend;
   * provisional: a year without its official schedule, answered from the statutory holidays and weekends.
   */
  source: 'override' | 'schedule' | 'week' | 'provisional';
  name?: string;
}

export interface WorkingDayCalendar {
  /** Years every date of which the calendar can answer for, ascending. */
  readonly knownYears: readonly number[];
  /** The range of years answered provisionally when their official schedule is missing; null unless provisional. */
  readonly provisionalYears: { from: number; until: number } | null;
  /** Whether the calendar can answer for this date (its year is known or provisional, or an override names the date). */
  isKnown(date: CalendarDate): boolean;
  /** Whether the answer for this date comes from the provisional calendar rather than an official schedule or override. */
  isProvisional(date: CalendarDate): boolean;
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
 * override names it; with `provisional`, a year without an official schedule is answered from the statutory holidays
 * (marked so: source 'provisional', isProvisional); any other date raises CALENDAR_DATE_UNKNOWN, never a Monday–Friday
 * guess.
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
  const provisionalYears = options.provisional ? { from: statutoryRulesFrom, until: statutoryRulesUntil } : null;
  const provisionalDays = new Map<number, Map<CalendarDate, ScheduledDay>>();
  const inProvisionalYear = (date: CalendarDate) =>
    provisionalYears !== null && !known.has(yearOf(date)) && yearOf(date) >= provisionalYears.from && yearOf(date) <= provisionalYears.until;
  function provisionalDay(date: CalendarDate): ScheduledDay | undefined {
    // A make-up day may fall in the year after its festival's: look in both.
    for (const year of [yearOf(date), yearOf(date) - 1]) {
      if (year < statutoryRulesFrom) continue;
      if (!provisionalDays.has(year)) provisionalDays.set(year, provisionalSchedule(year));
      const found = provisionalDays.get(year)!.get(date);
      if (found) return found;
    }
    return undefined;
  }

  function day(date: CalendarDate): CalendarDay {
    assertCalendarDate(date);
    const override = overrides.get(date);
    if (override) {
      const answer: CalendarDay = { date, working: override.kind === 'workday', source: 'override' };
      if (override.name !== undefined) answer.name = override.name;
      return answer;
    }
    if (inProvisionalYear(date)) {
      const statutory = provisionalDay(date);
      if (statutory) return { date, working: false, source: 'provisional', name: statutory.name.zh };
      const weekday = dayOfWeek(date);
      return { date, working: weekday !== 0 && weekday !== 6, source: 'provisional' };
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
    provisionalYears,
    isKnown(date) {
      assertCalendarDate(date);
      return overrides.has(date) || known.has(yearOf(date)) || inProvisionalYear(date);
    },
    isProvisional(date) {
      assertCalendarDate(date);
      return !overrides.has(date) && inProvisionalYear(date);
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
