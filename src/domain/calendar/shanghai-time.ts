import { assertCalendarDate, type CalendarDate } from './calendar-date.js';

/**
 * Asia/Shanghai has been UTC+08:00 all year since 1991 (no daylight saving), so conversions use the fixed offset and
 * do not depend on the process time zone or on the ICU data Node was built with.
 */
const shanghaiOffsetMs = 8 * 3_600_000;

function assertInstant(instant: Date): void {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) throw new RangeError('Not a valid instant');
}

/** The Shanghai calendar date an instant falls on: 2025-09-29T16:30Z is 2025-09-30 00:30 in Shanghai → '2025-09-30'. */
export function shanghaiDateOf(instant: Date): CalendarDate {
  assertInstant(instant);
  return new Date(instant.getTime() + shanghaiOffsetMs).toISOString().slice(0, 10);
}

/** The first instant of a Shanghai day (00:00:00.000 +08:00). */
export function startOfShanghaiDay(date: CalendarDate): Date {
  assertCalendarDate(date);
  return new Date(Date.parse(`${date}T00:00:00.000Z`) - shanghaiOffsetMs);
}

/** The last instant of a Shanghai day (23:59:59.999 +08:00): a deadline on that day has passed once `now` is later. */
export function endOfShanghaiDay(date: CalendarDate): Date {
  assertCalendarDate(date);
  return new Date(Date.parse(`${date}T23:59:59.999Z`) - shanghaiOffsetMs);
}
