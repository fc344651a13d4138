import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { builtInSchedule } from './built-in-schedule.js';
import { dayOfWeek } from './calendar-date.js';
import { provisionalSchedule } from './statutory-holidays.js';

const listed = (year: number) => [...provisionalSchedule(year)].map(([date, day]) => `${date} ${day.name.zh}`).sort();

describe('provisionalSchedule: the statutory days off of a year without its official schedule', () => {
  it('gives 2027 its 13 statutory days, lunar festivals converted, and weekday make-ups for those on weekends', () => {
    assert.deepEqual(listed(2027), [
      '2027-01-01 元旦',
      // Lunar New Year's Day is Sat 02-06: eve Fri 02-05, 02-06…02-08; Sat and Sun are made up on Tue and Wed.
      '2027-02-05 春节',
      '2027-02-06 春节',
      '2027-02-07 春节',
      '2027-02-08 春节',
      '2027-02-09 春节补假',
      '2027-02-10 春节补假',
      '2027-04-05 清明节',
      // Sat 05-01 and Sun 05-02: made up on Mon and Tue.
      '2027-05-01 劳动节',
      '2027-05-02 劳动节',
      '2027-05-03 劳动节补假',
      '2027-05-04 劳动节补假',
      '2027-06-09 端午节',
      '2027-09-15 中秋节',
      // Fri 10-01 … Sun 10-03.
      '2027-10-01 国庆节',
      '2027-10-02 国庆节',
      '2027-10-03 国庆节',
      '2027-10-04 国庆节补假',
      '2027-10-05 国庆节补假',
    ]);
  });

  it('makes up a festival day that coincides with another festival (Mid-Autumn on 3 October 2028)', () => {
    const october = listed(2028).filter((d) => d.startsWith('2028-10'));
    assert.deepEqual(october, ['2028-10-01 国庆节', '2028-10-02 国庆节', '2028-10-03 中秋节', '2028-10-04 国庆节补假', '2028-10-05 国庆节补假']);
  });

  for (const year of [2025, 2026]) {
    it(`agrees with the official ${year} schedule: every weekday it gives off is off there too`, () => {
      for (const [date] of provisionalSchedule(year)) {
        if (dayOfWeek(date) === 0 || dayOfWeek(date) === 6) continue;
        assert.equal(builtInSchedule.days.get(date)?.kind, 'holiday', date);
      }
    });
  }

  it('has no rules before the 2024 amendment took force or beyond the lunar tables', () => {
    assert.throws(() => provisionalSchedule(2024), RangeError);
    assert.throws(() => provisionalSchedule(2101), RangeError);
  });
});
