import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addDays, dayOfWeek, isCalendarDate } from './calendar-date.js';
import { endOfShanghaiDay, shanghaiDateOf, startOfShanghaiDay } from './shanghai-time.js';

const shanghaiFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

describe('Shanghai calendar dates', () => {
  it('puts an instant on the Shanghai date, not the UTC one', () => {
    assert.equal(shanghaiDateOf(new Date('2025-09-29T15:59:59.999Z')), '2025-09-29');
    assert.equal(shanghaiDateOf(new Date('2025-09-29T16:00:00.000Z')), '2025-09-30');
    assert.equal(shanghaiDateOf(new Date('2025-12-31T16:30:00Z')), '2026-01-01');
  });

  it('gives the first and last instant of a Shanghai day', () => {
    assert.equal(startOfShanghaiDay('2025-10-01').toISOString(), '2025-09-30T16:00:00.000Z');
    assert.equal(endOfShanghaiDay('2025-10-01').toISOString(), '2025-10-01T15:59:59.999Z');
    assert.throws(() => endOfShanghaiDay('2025-02-29'), RangeError);
    assert.throws(() => shanghaiDateOf(new Date(Number.NaN)), RangeError);
  });

  it('agrees with the time-zone database for instants from 1992 to 2100', () => {
    const instants = fc.date({ min: new Date('1992-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(instants, (instant) => {
        const date = shanghaiDateOf(instant);
        assert.equal(date, shanghaiFormat.format(instant));
        assert.ok(startOfShanghaiDay(date).getTime() <= instant.getTime());
        assert.ok(instant.getTime() <= endOfShanghaiDay(date).getTime());
        assert.equal(shanghaiDateOf(endOfShanghaiDay(date)), date);
        assert.equal(shanghaiDateOf(new Date(endOfShanghaiDay(date).getTime() + 1)), addDays(date, 1));
      }),
    );
  });
});

describe('calendar dates', () => {
  it('accepts only real YYYY-MM-DD dates', () => {
    for (const good of ['2024-02-29', '2025-10-01', '2026-12-31']) assert.ok(isCalendarDate(good), good);
    for (const bad of ['2025-02-29', '2025-13-01', '2025-1-1', '20251001', '2025-10-01T00:00', '', 20251001]) {
      assert.ok(!isCalendarDate(bad), String(bad));
    }
  });

  it('adds days across month and year ends and knows the weekday', () => {
    assert.equal(addDays('2024-02-28', 1), '2024-02-29');
    assert.equal(addDays('2025-12-31', 1), '2026-01-01');
    assert.equal(addDays('2026-03-01', -1), '2026-02-28');
    assert.equal(dayOfWeek('2025-10-01'), 3); // a Wednesday
    assert.equal(dayOfWeek('2026-02-14'), 6); // a Saturday
  });
});
