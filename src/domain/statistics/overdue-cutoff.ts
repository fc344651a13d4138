import { addDays, type CalendarDate } from '../calendar/calendar-date.js';
import type { DeadlineResult } from '../calendar/deadlines.js';
import { shanghaiDateOf, startOfShanghaiDay } from '../calendar/shanghai-time.js';

/** How far back the search goes: longer than any run of days off the calendar could push a deadline. */
const searchDays = 400;

/**
 * The instant before which entering a review stage makes it overdue at `now`: a review is overdue when its deadline
 * (computed by `deadlineOf` from the moment it entered the stage, exactly as the application view and the overdue sweep
 * compute it) has passed, i.e. `deadline.at <= now`. A deadline depends only on the Shanghai date the stage was
 * entered and never moves earlier for a later date, so one instant divides overdue from not yet: the start of the
 * Shanghai day after the latest overdue entry date. A database query can then count overdue reviews with
 * `entered_at < cutoff`. Days whose deadline the calendar cannot compute are not overdue (the sweep flags them instead).
 * Null when nothing entered in the searched range is overdue.
 */
export function overdueCutoff(now: Date, deadlineOf: (enteredAt: Date) => DeadlineResult): Date | null {
  let date: CalendarDate = shanghaiDateOf(now);
  for (let i = 0; i < searchDays; i += 1, date = addDays(date, -1)) {
    const deadline = deadlineOf(startOfShanghaiDay(date));
    if (!deadline.unknown && deadline.at.getTime() <= now.getTime()) return startOfShanghaiDay(addDays(date, 1));
  }
  return null;
}
