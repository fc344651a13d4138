import type { Kysely } from 'kysely';
import { createWorkingDayCalendar, type WorkingDayCalendar } from '../domain/calendar/index.js';
import type { Database } from './schema.js';

/**
 * The working-day calendar: the built-in schedule plus the administrator's overrides and declared years; a year with
 * neither is answered provisionally from the statutory holidays until its official schedule is loaded and declared.
 */
export async function loadCalendar(db: Kysely<Database>): Promise<WorkingDayCalendar> {
  const [overrides, years] = await Promise.all([
    db.selectFrom('calendar_overrides').select(['date', 'kind', 'name']).orderBy('date').execute(),
    db.selectFrom('calendar_years').select('year').orderBy('year').execute(),
  ]);
  return createWorkingDayCalendar({
    overrides: overrides.map((o) => ({ date: o.date, kind: o.kind, ...(o.name ? { name: o.name } : {}) })),
    coveredYears: years.map((y) => y.year),
    provisional: true,
  });
}
