import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import chineseDays from 'chinese-days';
import { addDays, yearOf } from './calendar-date.js';
import { builtInSchedule, readBuiltInSchedule } from './built-in-schedule.js';
import { createWorkingDayCalendar } from './working-day-calendar.js';

describe('built-in schedule (chinese-days)', () => {
  it('covers 2025 and 2026 and does not claim 2027, which the data lacks', () => {
    assert.ok(builtInSchedule.coveredYears.includes(2025));
    assert.ok(builtInSchedule.coveredYears.includes(2026));
    assert.ok(!builtInSchedule.coveredYears.includes(2027));
    const years = builtInSchedule.coveredYears;
    assert.deepEqual(years, [...years].sort((a, b) => a - b));
  });

  it('counts a year as covered only when its Spring Festival and National Day are both in the data', () => {
    const schedule = readBuiltInSchedule({
      holidays: {
        '2030-02-03': 'Spring Festival,春节,4',
        '2030-10-01': 'National Day,国庆节,3',
        '2031-01-01': "New Year's Day,元旦,1",
      },
      workdays: { '2030-02-09': 'Spring Festival,春节,4' },
    });
    assert.deepEqual(schedule.coveredYears, [2030]);
    assert.deepEqual(schedule.days.get('2030-02-09'), { kind: 'workday', name: { zh: '春节', en: 'Spring Festival' } });
    assert.deepEqual(schedule.days.get('2030-10-01'), { kind: 'holiday', name: { zh: '国庆节', en: 'National Day' } });
  });

  it("agrees day by day with chinese-days' own answer throughout the covered years", () => {
    const calendar = createWorkingDayCalendar();
    const first = builtInSchedule.coveredYears[0]!;
    const last = builtInSchedule.coveredYears.at(-1)!;
    let days = 0;
    for (let date = `${first}-01-01`; yearOf(date) <= last; date = addDays(date, 1)) {
      assert.equal(calendar.isWorkingDay(date), chineseDays.isWorkday(date), date);
      days += 1;
    }
    assert.ok(days > 365 * 2);
  });
});
