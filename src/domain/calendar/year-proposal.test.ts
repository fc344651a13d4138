import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readBuiltInSchedule } from './built-in-schedule.js';
import { proposeYearSchedule } from './year-proposal.js';

describe('proposeYearSchedule: the days to prefill when a year is loaded', () => {
  it('takes a year the built-in data covers from its official schedule, make-up working days included', () => {
    const builtIn = readBuiltInSchedule({
      holidays: { '2030-01-31': 'Spring Festival,春节,1', '2030-02-01': 'Spring Festival,春节,1', '2030-10-01': 'National Day,国庆节,3', '2031-01-01': "New Year's Day,元旦,1" },
      workdays: { '2030-02-09': 'Spring Festival,春节,1', '2029-12-30': "New Year's Day,元旦,1" },
    });
    assert.deepEqual(proposeYearSchedule(2030, builtIn), {
      year: 2030,
      source: 'schedule',
      days: [
        { date: '2030-01-31', kind: 'holiday', name: { zh: '春节', en: 'Spring Festival' } },
        { date: '2030-02-01', kind: 'holiday', name: { zh: '春节', en: 'Spring Festival' } },
        { date: '2030-02-09', kind: 'workday', name: { zh: '春节', en: 'Spring Festival' } },
        { date: '2030-10-01', kind: 'holiday', name: { zh: '国庆节', en: 'National Day' } },
      ],
    });
  });

  it('falls back to the statutory days off for a later year, and to nothing before the regulation', () => {
    const empty = readBuiltInSchedule({ holidays: {}, workdays: {} });
    const proposal = proposeYearSchedule(2027, empty);
    assert.equal(proposal.source, 'statutory');
    assert.ok(proposal.days.some((d) => d.date === '2027-02-09' && d.name.zh === '春节补假'));
    assert.ok(proposal.days.every((d) => d.kind === 'holiday' && d.date.startsWith('2027-')));
    assert.deepEqual(proposeYearSchedule(2001, empty), { year: 2001, source: 'none', days: [] });
  });
});
