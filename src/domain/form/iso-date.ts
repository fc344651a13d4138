import { z } from 'zod';
import { isCalendarDate } from '../calendar/calendar-date.js';

/** A real YYYY-MM-DD calendar date: 2026-02-31, month 13, year 0000 and +275760 are refused. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(isCalendarDate, 'not a date of the calendar');

/** A real YYYY-MM month. */
export const isoMonth = z
  .string()
  .regex(/^\d{4}-\d{2}$/, 'expected a month as YYYY-MM')
  .refine((month) => isCalendarDate(`${month}-01`), 'not a month of the calendar');
