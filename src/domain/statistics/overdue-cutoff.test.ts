import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bureauReviewDeadline, providerReviewDeadline } from '../calendar/deadlines.js';
import { createWorkingDayCalendar } from '../calendar/working-day-calendar.js';
import { overdueCutoff } from './overdue-cutoff.js';

const shanghai = (local: string) => new Date(`${local}+08:00`);
const calendar = createWorkingDayCalendar({ provisional: true });
const provider = (at: Date) => providerReviewDeadline(at, calendar, { providerReviewWorkingDays: 3 });
const bureau = (at: Date) => bureauReviewDeadline(at, calendar, { bureauReviewWorkingDays: 20 });

describe('the instant that divides overdue reviews from the others', () => {
  it('puts entries of Monday 2026-03-02 past a three-working-day deadline on Friday, and Tuesday not yet', () => {
    // Entered Mon 03-02: due at the end of Thu 03-05. Entered Tue 03-03: due at the end of Fri 03-06.
    assert.deepEqual(overdueCutoff(shanghai('2026-03-06T10:00:00'), provider), shanghai('2026-03-03T00:00:00'));
  });

  it('moves over the Spring Festival: nothing entered after the holiday began is overdue on the first day back', () => {
    // 2026 Spring Festival: off 02-15…02-23, make-up working days Sat 02-14 and Sat 02-28. On Tue 02-24 at noon,
    // entries of Wed 02-11 are due at the end of Sat 02-14 (12, 13, 14): overdue; entries of Thu 02-12 are due 02-24.
    assert.deepEqual(overdueCutoff(shanghai('2026-02-24T12:00:00'), provider), shanghai('2026-02-12T00:00:00'));
  });

  it('agrees with the deadline of every hour of entry over the preceding months, for both review stages', () => {
    for (const [deadlineOf, nowText] of [
      [provider, '2026-10-09T09:30:00'],
      [bureau, '2026-10-09T09:30:00'],
      [bureau, '2027-01-20T18:00:00'],
      [provider, '2026-05-06T00:00:00'],
    ] as const) {
      const now = shanghai(nowText);
      const cutoff = overdueCutoff(now, deadlineOf);
      assert.ok(cutoff, nowText);
      for (let t = now.getTime() - 90 * 86_400_000; t <= now.getTime(); t += 3_600_000) {
        const entered = new Date(t);
        const deadline = deadlineOf(entered);
        assert.equal(deadline.unknown, false);
        const overdue = !deadline.unknown && deadline.at.getTime() <= now.getTime();
        assert.equal(entered < cutoff, overdue, `entered ${entered.toISOString()}, now ${nowText}`);
      }
    }
  });

  it('is null when the deadline of nothing in the searched range has passed', () => {
    const never = () => ({ unknown: true as const, reason: { code: 'CALENDAR_DATE_UNKNOWN' as const, zh: '', en: '', date: undefined } });
    assert.equal(overdueCutoff(shanghai('2026-03-06T10:00:00'), never), null);
  });
});
