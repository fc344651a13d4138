import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addMonths, ageOn, isRealDate } from './calendar-date.js';

describe('calendar dates', () => {
  it('knows leap days', () => {
    assert.equal(isRealDate('20240229'), true);
    assert.equal(isRealDate('20230229'), false);
    assert.equal(isRealDate('2023-13-01'), false);
  });

  it('counts whole years of age up to the birthday', () => {
    assert.equal(ageOn('2008-03-16', '2026-03-15'), 17);
    assert.equal(ageOn('2008-03-15', '2026-03-15'), 18);
  });

  it('adds months, clamping to the end of shorter months', () => {
    assert.equal(addMonths('2026-11-30', 3), '2027-02-28');
    assert.equal(addMonths('2026-01-15', 3), '2026-04-15');
  });
});
