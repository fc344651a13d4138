import type { Kysely } from 'kysely';
import type { WorkingDayCalendar } from '../domain/calendar/index.js';
import type { Database } from './schema.js';
import { loadCalendar } from './load-calendar.js';

/** The working-day calendar as readers need it: loaded at most once per `ttlMs`, reloaded at once after a local change. */
export interface CalendarSource {
  get(): Promise<WorkingDayCalendar>;
  /** Forget the cached calendar (after this process changed an override). */
  invalidate(): void;
}

/**
 * Application reads and deadline sweeps need the calendar on every call; the overrides change rarely. Another process's
 * change is seen within `ttlMs`.
 */
export function calendarSource(db: Kysely<Database>, ttlMs: number, now: () => number = Date.now): CalendarSource {
  let cached: { at: number; calendar: Promise<WorkingDayCalendar> } | undefined;
  return {
    get() {
      if (!cached || now() - cached.at >= ttlMs) {
        const calendar = loadCalendar(db);
        cached = { at: now(), calendar };
        calendar.catch(() => (cached = undefined));
      }
      return cached.calendar;
    },
    invalidate() {
      cached = undefined;
    },
  };
}
