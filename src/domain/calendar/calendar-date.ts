/**
 * A calendar date 'YYYY-MM-DD' with no time and no zone: a day of the Shanghai calendar wherever it is used here.
 * Arithmetic goes through the day number since 1970-01-01 (UTC-based, so it never depends on the process time zone).
 */
export type CalendarDate = string;

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const dayMs = 86_400_000;

/** Whether `text` is a real date written 'YYYY-MM-DD' (2025-02-29 is not). */
export function isCalendarDate(text: unknown): text is CalendarDate {
  if (typeof text !== 'string') return false;
  const match = datePattern.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && year >= 1000;
}

/** Throws a RangeError unless `text` is a real 'YYYY-MM-DD' date. */
export function assertCalendarDate(text: unknown): asserts text is CalendarDate {
  if (!isCalendarDate(text)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(text)}`);
}

export function yearOf(date: CalendarDate): number {
  return Number(date.slice(0, 4));
}

/** Days since 1970-01-01. */
export function epochDayOf(date: CalendarDate): number {
  return Date.UTC(yearOf(date), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / dayMs;
}

export function dateOfEpochDay(epochDay: number): CalendarDate {
  return new Date(epochDay * dayMs).toISOString().slice(0, 10);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return dateOfEpochDay(epochDayOf(date) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: CalendarDate): number {
  return new Date(epochDayOf(date) * dayMs).getUTCDay();
}
