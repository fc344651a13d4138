import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sampleFirstFiling } from '../../src/store/seed/sample-filing.js';
import { createHttpHarness, type ApiClient, type HttpHarness } from '../support/http-harness.js';
import { toBureauReview } from '../support/lifecycle.js';

interface Day {
  date: string;
  working: boolean | null;
  source: string;
}

describe('the working-day calendar, corrected at runtime by the ministry', () => {
  let h: HttpHarness;
  let ministry: ApiClient;
  let applicant: ApiClient;
  before(async () => {
    h = await createHttpHarness();
    ministry = await h.signIn('ministry');
    applicant = await h.signIn('applicant');
  });
  after(async () => h.close());

  const day = async (date: string) => {
    const month = await h.anonymous.request<{ days: Day[]; knownYears: number[] }>('GET', `/api/v1/calendar?month=${date.slice(0, 7)}`);
    return month.body.days.find((d) => d.date === date)!;
  };

  it('turns a working day into a holiday, and the initial-review deadline moves a day later', async () => {
    // Submitted Mon 2026-03-02: three working days end on Thu 03-05.
    const created = await applicant.request<{ id: string }>('POST', '/api/v1/applications', sampleFirstFiling({ n: 61, channelId: h.parties.providers[0] }));
    const submitted = await applicant.request<{ deadline: { stage: string; at: string } }>('POST', `/api/v1/applications/${created.body.id}/submit`, {});
    // Tue, Wed and Thu are left.
    assert.deepEqual(submitted.body.deadline, { stage: 'provider_review', at: '2026-03-05T15:59:59.999Z', unknown: false, provisional: false, overdue: false, workingDaysLeft: 3 });

    assert.equal((await applicant.request('PUT', '/api/v1/calendar/overrides/2026-03-04', { kind: 'holiday', name: '临时调休' })).status, 403, 'only the ministry edits the calendar');
    assert.equal((await ministry.request('PUT', '/api/v1/calendar/overrides/2026-03-04', { kind: 'holiday', name: '临时调休' })).status, 204);
    assert.deepEqual(await day('2026-03-04'), { date: '2026-03-04', working: false, source: 'override', name: '临时调休' });

    const after = await applicant.request<{ deadline: { at: string } }>('GET', `/api/v1/applications/${created.body.id}`);
    assert.equal(after.body.deadline.at, '2026-03-06T15:59:59.999Z');

    assert.equal((await ministry.request('DELETE', '/api/v1/calendar/overrides/2026-03-04')).status, 204);
    assert.equal((await day('2026-03-04')).working, true);
    assert.equal((await ministry.request('DELETE', '/api/v1/calendar/overrides/2026-03-04')).status, 404);
  });

  it('answers a year without its official schedule provisionally, and officially once the ministry declares it loaded', async () => {
    const start = h.clock.now;
    h.clock.now = new Date('2026-12-10T02:00:00Z');
    const id = await toBureauReview(h, sampleFirstFiling({ n: 62, channelId: h.parties.providers[0] }));
    h.clock.now = start;
    const deadline = async () => {
      const { workingDaysLeft, overdue: _overdue, ...rest } = (await applicant.request<{ deadline: { workingDaysLeft?: number; overdue?: boolean } }>('GET', `/api/v1/applications/${id}`)).body.deadline;
      assert.ok(typeof workingDaysLeft === 'number' && workingDaysLeft > 200, 'counted from the clock’s March 2026');
      return rest;
    };
    // 12-11 … 12-31 (15 working days), 2027-01-01 New Year's Day by statute, 01-04 … 01-08 (20).
    assert.deepEqual(await deadline(), { stage: 'bureau_review', at: '2027-01-08T15:59:59.999Z', unknown: false, provisional: true });
    assert.deepEqual(await day('2027-03-03'), { date: '2027-03-03', working: true, source: 'provisional' });
    assert.deepEqual(await day('2027-02-09'), { date: '2027-02-09', working: false, source: 'provisional', name: '春节补假' });
    const before = await h.anonymous.request<{ knownYears: number[]; provisionalYears: unknown }>('GET', '/api/v1/calendar');
    assert.ok(!before.body.knownYears.includes(2027));
    assert.deepEqual(before.body.provisionalYears, { from: 2025, until: 2100 });

    assert.equal((await ministry.request('PUT', '/api/v1/calendar/overrides/2027-01-01', { kind: 'holiday', name: '元旦' })).status, 204);
    assert.equal((await ministry.request('PUT', '/api/v1/calendar/years/2027')).status, 204);
    const calendar = await h.anonymous.request<{ knownYears: number[] }>('GET', '/api/v1/calendar');
    assert.ok(calendar.body.knownYears.includes(2027));
    assert.deepEqual(await day('2027-03-03'), { date: '2027-03-03', working: true, source: 'week' });
    assert.equal((await day('2027-01-01')).working, false);
    assert.equal((await day('2027-02-09')).working, true, 'the provisional make-up day is gone');
    assert.deepEqual(await deadline(), { stage: 'bureau_review', at: '2027-01-08T15:59:59.999Z', unknown: false, provisional: false });
  });

  it('prefills a year to load with its holidays and make-up working days, and loads the reviewed list with the year in one step', async () => {
    interface Proposal {
      year: number;
      loaded: boolean;
      source: string;
      days: Array<{ date: string; kind: 'holiday' | 'workday'; name: { zh: string; en: string } }>;
    }
    assert.equal((await applicant.request('GET', '/api/v1/calendar/years/2028')).status, 403, 'the ministry loads years');

    // A year the built-in data has: the official schedule, make-up working days (调休上班) included.
    const official = (await ministry.request<Proposal>('GET', '/api/v1/calendar/years/2026')).body;
    assert.equal(official.source, 'schedule');
    assert.equal(official.loaded, true);
    assert.deepEqual(official.days.find((d) => d.date === '2026-02-14'), { date: '2026-02-14', kind: 'workday', name: { zh: '春节', en: 'Spring Festival' } });
    assert.ok(official.days.filter((d) => d.kind === 'holiday').length >= 28);

    // A year it does not have: the statutory days off and their in-lieu days, in order, all of that year.
    const proposal = await ministry.request<Proposal>('GET', '/api/v1/calendar/years/2028');
    assert.equal(proposal.status, 200, proposal.text);
    assert.equal(proposal.body.source, 'statutory');
    assert.equal(proposal.body.loaded, false);
    assert.ok(proposal.body.days.every((d) => d.date.startsWith('2028-') && d.kind === 'holiday'));
    assert.deepEqual(proposal.body.days.map((d) => d.date), [...proposal.body.days.map((d) => d.date)].sort());
    // National Day 10-01…10-03 (Mid-Autumn falls on 10-03 in 2028), Sunday 10-01 made up on Wednesday 10-04.
    assert.deepEqual(
      proposal.body.days.filter((d) => d.date >= '2028-10-01' && d.date <= '2028-10-07').map((d) => [d.date, d.name.zh]),
      [['2028-10-01', '国庆节'], ['2028-10-02', '国庆节'], ['2028-10-03', '中秋节'], ['2028-10-04', '国庆节补假'], ['2028-10-05', '国庆节补假']],
    );
    assert.ok(proposal.body.days.some((d) => d.date === '2028-01-01' && d.name.en === "New Year's Day"));

    // The ministry adds the make-up working day the State Council's notice sets, and confirms.
    const days = [...proposal.body.days.map((d) => ({ date: d.date, kind: d.kind, name: d.name.zh })), { date: '2028-09-30', kind: 'workday' as const, name: '国庆节调休' }];
    const outside = await ministry.request<{ error: { code: string; path: string } }>('PUT', '/api/v1/calendar/years/2028', { days: [...days, { date: '2029-01-01', kind: 'holiday' }] });
    assert.deepEqual([outside.status, outside.body.error.code, outside.body.error.path], [400, 'VALIDATION_FAILED', `days.${days.length}.date`]);
    assert.deepEqual(await day('2028-10-02'), { date: '2028-10-02', working: false, source: 'provisional', name: '国庆节' }, 'a refused load writes nothing');
    assert.ok(!(await h.anonymous.request<{ knownYears: number[] }>('GET', '/api/v1/calendar')).body.knownYears.includes(2028));

    assert.equal((await ministry.request('PUT', '/api/v1/calendar/years/2028', { days })).status, 204);
    assert.ok((await h.anonymous.request<{ knownYears: number[] }>('GET', '/api/v1/calendar')).body.knownYears.includes(2028));
    assert.deepEqual(await day('2028-10-02'), { date: '2028-10-02', working: false, source: 'override', name: '国庆节' });
    assert.deepEqual(await day('2028-09-30'), { date: '2028-09-30', working: true, source: 'override', name: '国庆节调休' });
    assert.equal((await ministry.request<Proposal>('GET', '/api/v1/calendar/years/2028')).body.loaded, true);
  });

  it('refuses a malformed override with the field named', async () => {
    const bad = await ministry.request<{ error: { code: string; path: string } }>('PUT', '/api/v1/calendar/overrides/2026-03-04', { kind: 'vacation' });
    assert.deepEqual([bad.status, bad.body.error.code, bad.body.error.path], [400, 'VALIDATION_FAILED', 'body.kind']);
  });
});
