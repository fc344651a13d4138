import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isBeianError } from '../errors/beian-error.js';
import { addDays, dateOfEpochDay, epochDayOf } from './calendar-date.js';
import { createWorkingDayCalendar } from './working-day-calendar.js';

const unknownDate = (date: string) => (error: unknown) =>
  isBeianError(error) && error.code === 'CALENDAR_DATE_UNKNOWN' && error.status === 503 && error.details?.date === date;

describe('working days from the official schedule', () => {
  const calendar = createWorkingDayCalendar();

  it('knows the 2025 National Day / Mid-Autumn holiday (10-01…10-08) and its make-up days 09-28 (Sun) and 10-11 (Sat)', () => {
    for (let date = '2025-10-01'; date <= '2025-10-08'; date = addDays(date, 1)) assert.equal(calendar.isWorkingDay(date), false, date);
    assert.equal(calendar.isWorkingDay('2025-09-28'), true);
    assert.equal(calendar.isWorkingDay('2025-10-11'), true);
    assert.equal(calendar.isWorkingDay('2025-10-12'), false); // an ordinary Sunday
    assert.equal(calendar.day('2025-10-01').name, '国庆节');
    assert.equal(calendar.day('2025-10-01').source, 'schedule');
  });

  it('knows the 2026 Spring Festival (02-15…02-23) and its make-up Saturdays 02-14 and 02-28', () => {
    for (let date = '2026-02-15'; date <= '2026-02-23'; date = addDays(date, 1)) assert.equal(calendar.isWorkingDay(date), false, date);
    assert.equal(calendar.isWorkingDay('2026-02-14'), true);
    assert.equal(calendar.isWorkingDay('2026-02-28'), true);
    assert.equal(calendar.isWorkingDay('2026-02-24'), true);
    assert.equal(calendar.day('2026-03-04').source, 'week');
  });

  it('counts N working days from the next working day, whatever day the start is', () => {
    // Fri 2025-03-07 → Mon 10 (1), Tue 11 (2), Wed 12 (3). From Sat 08 and Sun 09 the count is the same.
    assert.equal(calendar.addWorkingDays('2025-03-07', 3), '2025-03-12');
    assert.equal(calendar.addWorkingDays('2025-03-08', 3), '2025-03-12');
    assert.equal(calendar.addWorkingDays('2025-03-09', 3), '2025-03-12');
    assert.equal(calendar.addWorkingDays('2025-03-07', 1), '2025-03-10');
    assert.equal(calendar.addWorkingDays('2025-03-08', 0), '2025-03-08');
    // Thu 2025-09-25 → Fri 26 (1), Sun 28 make-up (2), Mon 29 (3), Tue 30 (4), then 10-01…10-08 off, Thu 10-09 (5).
    assert.equal(calendar.addWorkingDays('2025-09-25', 5), '2025-10-09');
    assert.throws(() => calendar.addWorkingDays('2025-03-07', -1), RangeError);
    assert.throws(() => calendar.addWorkingDays('2025-3-7', 1), RangeError);
  });

  it('counts working days between two dates, end included and start excluded', () => {
    assert.equal(calendar.workingDaysBetween('2025-09-30', '2025-10-11'), 3); // 10-09, 10-10, 10-11
    assert.equal(calendar.workingDaysBetween('2025-10-11', '2025-09-30'), -3);
    assert.equal(calendar.workingDaysBetween('2026-02-13', '2026-02-13'), 0);
    assert.equal(calendar.workingDaysBetween('2026-02-13', '2026-02-28'), 6); // 02-14, 02-24…02-27, 02-28
  });

  it('keeps addWorkingDays and workingDaysBetween consistent over the covered years', () => {
    const start = epochDayOf('2004-01-01');
    const end = epochDayOf('2026-10-31');
    fc.assert(
      fc.property(fc.integer({ min: start, max: end }), fc.integer({ min: 0, max: 40 }), (day, n) => {
        const from = dateOfEpochDay(day);
        const to = calendar.addWorkingDays(from, n);
        assert.equal(calendar.workingDaysBetween(from, to), n);
        if (n > 0) {
          assert.equal(calendar.isWorkingDay(to), true);
          assert.equal(calendar.workingDaysBetween(from, addDays(to, -1)), n - 1);
        }
      }),
    );
  });
});

describe('dates beyond the data', () => {
  it('refuses a date in 2027 with CALENDAR_DATE_UNKNOWN rather than guessing Monday–Friday', () => {
    const calendar = createWorkingDayCalendar();
    assert.equal(calendar.isKnown('2027-01-04'), false);
    assert.throws(() => calendar.isWorkingDay('2027-01-04'), unknownDate('2027-01-04'));
    // 2026-12-15 + 20 working days runs past 2026-12-31 into 2027.
    assert.throws(() => calendar.addWorkingDays('2026-12-15', 20), unknownDate('2027-01-01'));
    assert.throws(() => calendar.workingDaysBetween('2026-12-30', '2027-01-05'), unknownDate('2027-01-01'));
    assert.equal(calendar.addWorkingDays('2026-12-15', 12), '2026-12-31');
  });

  it('answers for 2027 once an administrator declares the year loaded, with its holidays as overrides', () => {
    const calendar = createWorkingDayCalendar({
      coveredYears: [2027],
      overrides: [{ date: '2027-01-01', kind: 'holiday', name: '元旦' }],
    });
    assert.equal(calendar.isKnown('2027-06-01'), true);
    assert.equal(calendar.isWorkingDay('2027-01-01'), false);
    assert.equal(calendar.isWorkingDay('2027-01-04'), true);
    assert.equal(calendar.isWorkingDay('2027-01-09'), false); // a Saturday
    assert.ok(calendar.knownYears.includes(2027));
    assert.throws(() => calendar.isWorkingDay('2028-01-03'), unknownDate('2028-01-03'));
  });

  it('answers for a single overridden date of an undeclared year but not for its neighbours', () => {
    const calendar = createWorkingDayCalendar({ overrides: [{ date: '2027-01-01', kind: 'holiday' }] });
    assert.equal(calendar.isKnown('2027-01-01'), true);
    assert.equal(calendar.isWorkingDay('2027-01-01'), false);
    assert.throws(() => calendar.isWorkingDay('2027-01-04'), unknownDate('2027-01-04'));
  });
});

describe('the provisional calendar of years without an official schedule', () => {
  it('answers 2027 from the statutory holidays and weekends, and says so', () => {
    const calendar = createWorkingDayCalendar({ provisional: true });
    assert.equal(calendar.isKnown('2027-01-04'), true);
    assert.deepEqual(calendar.day('2027-01-01'), { date: '2027-01-01', working: false, source: 'provisional', name: '元旦' });
    assert.deepEqual(calendar.day('2027-02-09'), { date: '2027-02-09', working: false, source: 'provisional', name: '春节补假' });
    assert.deepEqual(calendar.day('2027-01-04'), { date: '2027-01-04', working: true, source: 'provisional' });
    assert.equal(calendar.isWorkingDay('2027-01-09'), false); // a Saturday
    assert.equal(calendar.isProvisional('2027-01-04'), true);
    assert.equal(calendar.isProvisional('2026-12-31'), false, 'the official 2026 schedule is not provisional');
    assert.deepEqual(calendar.knownYears.includes(2027), false, 'known years are those with an official schedule');
    // 2026-12-15 + 20 working days: 12 in December, then 01-04…01-08 (17), 01-11…01-13 (20).
    assert.equal(calendar.addWorkingDays('2026-12-15', 20), '2027-01-13');
  });

  it('gives way to the official schedule once the year is declared, and to an override date by date', () => {
    const overrides = [
      { date: '2027-01-04', kind: 'holiday' as const, name: '元旦' },
      { date: '2027-01-01', kind: 'holiday' as const, name: '元旦' },
    ];
    const partial = createWorkingDayCalendar({ provisional: true, overrides });
    assert.equal(partial.isProvisional('2027-01-04'), false);
    assert.equal(partial.isWorkingDay('2027-01-04'), false);
    assert.equal(partial.isProvisional('2027-01-05'), true);

    const declared = createWorkingDayCalendar({ provisional: true, overrides, coveredYears: [2027] });
    assert.equal(declared.isProvisional('2027-02-09'), false);
    assert.deepEqual(declared.day('2027-02-09'), { date: '2027-02-09', working: true, source: 'week' }, 'no provisional make-up day once declared');
  });

  it('still refuses years beyond the lunar tables', () => {
    const calendar = createWorkingDayCalendar({ provisional: true });
    assert.throws(() => calendar.isWorkingDay('2101-01-04'), unknownDate('2101-01-04'));
  });
});

describe('overrides', () => {
  it('win over the built-in data in both directions', () => {
    const calendar = createWorkingDayCalendar({
      overrides: [
        { date: '2025-10-09', kind: 'holiday', name: 'extra day off' },
        { date: '2025-10-04', kind: 'workday' },
      ],
    });
    assert.equal(calendar.isWorkingDay('2025-10-09'), false);
    assert.deepEqual(calendar.day('2025-10-09'), { date: '2025-10-09', working: false, source: 'override', name: 'extra day off' });
    assert.equal(calendar.isWorkingDay('2025-10-04'), true);
    assert.equal(createWorkingDayCalendar().isWorkingDay('2025-10-09'), true);
  });

  it('are refused when malformed or repeated, naming the entry', () => {
    const refuses = (options: Parameters<typeof createWorkingDayCalendar>[0], path: string) =>
      assert.throws(
        () => createWorkingDayCalendar(options),
        (error) => isBeianError(error) && error.code === 'VALIDATION_FAILED' && error.path === path,
      );
    refuses({ overrides: [{ date: '2025-02-29', kind: 'holiday' }] }, 'overrides[0].date');
    refuses({ overrides: [{ date: '2025-10-09', kind: 'weekend' as never }] }, 'overrides[0].kind');
    refuses(
      { overrides: [{ date: '2025-10-09', kind: 'holiday' }, { date: '2025-10-09', kind: 'workday' }] },
      'overrides[1].date',
    );
    refuses({ coveredYears: [2027.5] }, 'coveredYears[0]');
  });
});
