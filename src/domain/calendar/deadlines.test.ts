import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createWorkingDayCalendar } from './working-day-calendar.js';
import {
  bureauReviewDeadline,
  defaultDeadlinePolicy,
  providerReviewDeadline,
  smsDeadline,
  smsWrongCodesExhausted,
  type DeadlineResult,
} from './deadlines.js';

/** An instant written in Shanghai local time. */
const shanghai = (local: string) => new Date(`${local}+08:00`);

function known(result: DeadlineResult): { at: Date; date: string } {
  assert.equal(result.unknown, false, JSON.stringify(result));
  return result as { at: Date; date: string };
}

const calendar = createWorkingDayCalendar();

describe('bureau review deadline (20 working days) across the official holidays', () => {
  // Official schedules (国务院办公厅): 2025 National Day + Mid-Autumn off 10-01…10-08, make-up work Sun 09-28 and
  // Sat 10-11; 2025 Spring Festival off 01-28…02-04, make-up Sun 01-26 and Sat 02-08; 2026 Spring Festival off
  // 02-15…02-23, make-up Sat 02-14 and Sat 02-28; 2026 Mid-Autumn off 09-25…09-27, National Day off 10-01…10-07,
  // make-up Sun 09-20 and Sat 10-10.

  it('entered on 2025-09-30: the count resumes on 10-09 and ends on 2025-11-04', () => {
    // 10-09 (1), 10-10 (2), Sat 10-11 make-up (3), 10-13…10-17 (4–8), 10-20…10-24 (9–13), 10-27…10-31 (14–18),
    // 11-03 (19), 11-04 (20).
    const result = known(bureauReviewDeadline(shanghai('2025-09-30T10:00:00'), calendar));
    assert.equal(result.date, '2025-11-04');
    assert.equal(result.at.toISOString(), '2025-11-04T15:59:59.999Z'); // 23:59:59.999 in Shanghai
  });

  it('entered on Fri 2025-09-26: the make-up Sunday 09-28 counts, ending on 2025-10-30', () => {
    // Sun 09-28 (1), 09-29 (2), 09-30 (3), 10-09 (4), 10-10 (5), Sat 10-11 (6), 10-13…10-17 (7–11),
    // 10-20…10-24 (12–16), 10-27…10-30 (17–20).
    assert.equal(known(bureauReviewDeadline(shanghai('2025-09-26T17:00:00'), calendar)).date, '2025-10-30');
  });

  it('uses the Shanghai date: 2025-09-29T16:30Z is already 09-30 in Shanghai', () => {
    // Counting from the UTC date (09-29) would give 11-03; from the Shanghai date (09-30) it is 11-04.
    assert.equal(known(bureauReviewDeadline(new Date('2025-09-29T16:30:00Z'), calendar)).date, '2025-11-04');
    assert.equal(known(bureauReviewDeadline(new Date('2025-09-29T15:30:00Z'), calendar)).date, '2025-11-03');
  });

  it('entered on Fri 2025-01-24 before the 2025 Spring Festival: ends on 2025-02-27', () => {
    // Sun 01-26 make-up (1), 01-27 (2), 02-05 (3), 02-06 (4), 02-07 (5), Sat 02-08 make-up (6), 02-10…02-14 (7–11),
    // 02-17…02-21 (12–16), 02-24…02-27 (17–20).
    assert.equal(known(bureauReviewDeadline(shanghai('2025-01-24T09:00:00'), calendar)).date, '2025-02-27');
  });

  it('entered on Thu 2026-02-12 before the 2026 Spring Festival: ends on 2026-03-18', () => {
    // 02-13 (1), Sat 02-14 make-up (2), 02-24…02-27 (3–6), Sat 02-28 make-up (7), 03-02…03-06 (8–12),
    // 03-09…03-13 (13–17), 03-16 (18), 03-17 (19), 03-18 (20).
    const result = known(bureauReviewDeadline(shanghai('2026-02-12T15:00:00'), calendar));
    assert.equal(result.date, '2026-03-18');
    assert.equal(result.at.toISOString(), '2026-03-18T15:59:59.999Z');
  });

  it('entered on Fri 2026-09-18 before Mid-Autumn and the 2026 National Day: ends on 2026-10-22', () => {
    // Sun 09-20 make-up (1), 09-21…09-24 (2–5), 09-25…09-27 off, 09-28…09-30 (6–8), 10-01…10-07 off, 10-08 (9),
    // 10-09 (10), Sat 10-10 make-up (11), 10-12…10-16 (12–16), 10-19…10-22 (17–20).
    assert.equal(known(bureauReviewDeadline(shanghai('2026-09-18T11:00:00'), calendar)).date, '2026-10-22');
  });

  it('moves when an administrator turns a day into a holiday', () => {
    const withExtraDayOff = createWorkingDayCalendar({ overrides: [{ date: '2025-10-20', kind: 'holiday' }] });
    assert.equal(known(bureauReviewDeadline(shanghai('2025-09-30T10:00:00'), withExtraDayOff)).date, '2025-11-05');
  });

  it('follows a configured number of working days', () => {
    const policy = { ...defaultDeadlinePolicy, bureauReviewWorkingDays: 5 };
    // 10-09 (1), 10-10 (2), Sat 10-11 (3), 10-13 (4), 10-14 (5).
    assert.equal(known(bureauReviewDeadline(shanghai('2025-09-30T10:00:00'), calendar, policy)).date, '2025-10-14');
  });
});

describe('provider review deadline (3 working days)', () => {
  it('runs across a plain weekend', () => {
    // Fri 2025-03-07 → Mon 03-10 (1), Tue 03-11 (2), Wed 03-12 (3).
    assert.equal(known(providerReviewDeadline(shanghai('2025-03-07T16:00:00'), calendar)).date, '2025-03-12');
  });

  it('counts a make-up Saturday as a working day', () => {
    // Thu 2025-02-06 → Fri 02-07 (1), Sat 02-08 make-up (2), Mon 02-10 (3).
    const result = known(providerReviewDeadline(shanghai('2025-02-06T09:30:00'), calendar));
    assert.equal(result.date, '2025-02-10');
    assert.equal(result.at.toISOString(), '2025-02-10T15:59:59.999Z');
  });

  it('moves a day later when an override makes one of the days a holiday', () => {
    const withOverride = createWorkingDayCalendar({ overrides: [{ date: '2025-02-10', kind: 'holiday' }] });
    assert.equal(known(providerReviewDeadline(shanghai('2025-02-06T09:30:00'), withOverride)).date, '2025-02-11');
  });

  it('follows a configured number of working days', () => {
    const policy = { ...defaultDeadlinePolicy, providerReviewWorkingDays: 1 };
    assert.equal(known(providerReviewDeadline(shanghai('2025-02-07T09:30:00'), calendar, policy)).date, '2025-02-08');
    assert.throws(() => providerReviewDeadline(shanghai('2025-02-07T09:30:00'), calendar, { providerReviewWorkingDays: 0 }), RangeError);
  });
});

describe('deadlines the calendar cannot compute', () => {
  it('are flagged, with the reason, when the count runs into 2027', () => {
    const result = bureauReviewDeadline(shanghai('2026-12-15T10:00:00'), calendar);
    assert.equal(result.unknown, true);
    assert.ok(result.unknown);
    assert.equal(result.reason.code, 'CALENDAR_DATE_UNKNOWN');
    assert.equal(result.reason.date, '2027-01-01');
    assert.ok(result.reason.zh && result.reason.en);
    assert.equal(providerReviewDeadline(shanghai('2027-03-01T10:00:00'), calendar).unknown, true);
  });

  it('are computed once 2027 is declared covered', () => {
    const with2027 = createWorkingDayCalendar({
      coveredYears: [2027],
      overrides: [{ date: '2027-01-01', kind: 'holiday', name: '元旦' }],
    });
    // 12-16…12-18 (1–3), 12-21…12-25 (4–8), 12-28…12-31 (9–12), 2027-01-01 off, 01-04…01-08 (13–17), 01-11…01-13 (18–20).
    assert.equal(known(bureauReviewDeadline(shanghai('2026-12-15T10:00:00'), with2027)).date, '2027-01-13');
  });
});

describe('SMS verification', () => {
  it('expires 24 hours of wall-clock time after sending, holidays or not', () => {
    // Sent on the eve of National Day 2025: the deadline is the next afternoon, a holiday.
    assert.equal(smsDeadline(shanghai('2025-09-30T14:00:00')).toISOString(), shanghai('2025-10-01T14:00:00').toISOString());
    // Sent on the eve of the 2026 Spring Festival.
    assert.equal(smsDeadline(new Date('2026-02-14T15:30:00Z')).toISOString(), '2026-02-15T15:30:00.000Z');
    assert.equal(smsDeadline(new Date('2026-02-14T15:30:00Z'), { smsHours: 48 }).toISOString(), '2026-02-16T15:30:00.000Z');
    // Sent on the last working day before the 2025 Spring Festival (make-up Sunday 01-26): due on New Year's Eve.
    assert.equal(smsDeadline(shanghai('2025-01-26T18:00:00')).toISOString(), shanghai('2025-01-27T18:00:00').toISOString());
    assert.equal(smsDeadline(shanghai('2025-01-27T18:00:00')).toISOString(), shanghai('2025-01-28T18:00:00').toISOString());
    // Sent on the eve of National Day 2026: due on 10-01, a holiday.
    assert.equal(smsDeadline(shanghai('2026-09-30T09:15:00')).toISOString(), shanghai('2026-10-01T09:15:00').toISOString());
  });

  it('tolerates five wrong codes; the sixth returns the application', () => {
    assert.equal(smsWrongCodesExhausted(5), false);
    assert.equal(smsWrongCodesExhausted(6), true);
    assert.equal(smsWrongCodesExhausted(3, { smsMaxWrongCodes: 2 }), true);
  });
});

describe('deadlines from the provisional calendar', () => {
  const provisional = createWorkingDayCalendar({ provisional: true });

  it('are computed past the official data and marked provisional', () => {
    const result = bureauReviewDeadline(shanghai('2026-12-15T10:00:00'), provisional);
    assert.deepEqual(known(result).date, '2027-01-13');
    assert.equal(result.unknown === false && result.provisional, true);
  });

  it('are not marked provisional when the count stays inside an official schedule', () => {
    const result = bureauReviewDeadline(shanghai('2026-11-02T10:00:00'), provisional);
    assert.equal(result.unknown === false && result.provisional, false);
    assert.equal(known(result).date, '2026-11-30');
  });

  it('lose the mark once the year is declared with its official schedule', () => {
    const declared = createWorkingDayCalendar({ provisional: true, coveredYears: [2027], overrides: [{ date: '2027-01-01', kind: 'holiday' }] });
    const result = bureauReviewDeadline(shanghai('2026-12-15T10:00:00'), declared);
    assert.equal(result.unknown === false && result.provisional, false);
  });
});
