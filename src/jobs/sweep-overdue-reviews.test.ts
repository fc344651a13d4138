import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createFlowHarness, type FlowHarness } from '../../test/support/flow-harness.js';
import { applicationHistory, createAndSubmit, toBureauReview } from '../../test/support/lifecycle.js';
import { bureauApprove } from '../flows/bureau-approve.js';
import { returnApplication } from '../flows/return-application.js';
import { submitApplication } from '../flows/submit-application.js';
import { withdrawApplication } from '../flows/withdraw-application.js';
import { sampleFirstFiling } from '../store/seed/sample-filing.js';
import { sweepOverdueReviews } from './sweep-overdue-reviews.js';

/** An instant written in Shanghai local time. */
const shanghai = (local: string) => new Date(`${local}+08:00`);

describe('sweepOverdueReviews', () => {
  let h: FlowHarness;
  before(async () => {
    h = await createFlowHarness(shanghai('2025-09-26T10:00:00'));
  });
  after(async () => h.close());

  const sample = (n: number) => sampleFirstFiling({ n, channelId: h.parties.providers[0] });
  const sweepAt = (local: string) => {
    h.clock.now = shanghai(local);
    return sweepOverdueReviews(h.deps);
  };
  const notices = (applicationId: string) =>
    h.store.db
      .selectFrom('outbox')
      .select(['topic', 'recipient', 'payload'])
      .where('topic', 'in', ['application.overdue', 'calendar.deadline_unknown'])
      .orderBy('id')
      .execute()
      .then((rows) => rows.filter((r) => (r.payload as { applicationId?: string }).applicationId === applicationId));

  it('counts the bureau’s 20 working days across the 2025 National Day holiday', async () => {
    // 2025 National Day and Mid-Autumn: off 10-01…10-08, make-up working days Sun 09-28 and Sat 10-11.
    // Entered Fri 09-26: Sun 09-28 (1), 09-29 (2), 09-30 (3), 10-09 (4), 10-10 (5), Sat 10-11 (6), 10-13…10-17 (7–11),
    // 10-20…10-24 (12–16), 10-27…10-30 (17–20): due by the end of Thu 10-30.
    // Entered Tue 09-30: 10-09 (1), 10-10 (2), Sat 10-11 (3), 10-13…10-17 (4–8), 10-20…10-24 (9–13), 10-27…10-31 (14–18),
    // 11-03 (19), 11-04 (20): due by the end of Tue 11-04.
    // Counting weekdays only (ignoring the holiday and make-up days) would make the first due on Fri 10-24; counting
    // calendar days, on 10-16.
    h.clock.now = shanghai('2025-09-26T10:00:00');
    const early = await toBureauReview(h, sample(501));
    h.clock.now = shanghai('2025-09-30T10:00:00');
    const late = await toBureauReview(h, sample(502));

    assert.equal(await sweepAt('2025-10-17T09:00:00'), 0);
    assert.equal(await sweepAt('2025-10-25T09:00:00'), 0, 'the holiday week does not count');
    assert.equal(await sweepAt('2025-10-30T23:59:59'), 0, 'the last day runs to midnight in Shanghai');
    assert.equal(await sweepAt('2025-10-31T00:00:00'), 1);
    assert.deepEqual(await notices(early), [
      { topic: 'application.overdue', recipient: h.parties.bureaus['110000']!, payload: { applicationId: early, state: 'bureau_review', deadline: '2025-10-30T15:59:59.999Z', provisional: false } },
    ]);
    assert.deepEqual(await notices(late), []);
    assert.equal(await sweepAt('2025-10-31T09:00:00'), 0, 'flagged once');

    assert.equal(await sweepAt('2025-11-04T23:00:00'), 0);
    assert.equal(await sweepAt('2025-11-05T00:00:00'), 1);
    assert.deepEqual((await notices(late)).map((n) => (n.payload as { deadline: string }).deadline), ['2025-11-04T15:59:59.999Z']);
    assert.equal(await sweepAt('2025-11-06T09:00:00'), 0);
    assert.equal((await notices(early)).length, 1);

    const overdue = (await applicationHistory(h, early)).filter((r) => r.action === 'overdue');
    assert.deepEqual(overdue.map((r) => [r.actor_role, r.from_state, r.to_state]), [['system', 'bureau_review', 'bureau_review']]);
    for (const applicationId of [early, late]) await bureauApprove(h.deps, h.actors.beijingBureau, { applicationId });
  });

  it('flags a provider review past its 3 working days once per stay in review', async () => {
    // Submitted Mon 2026-03-02: due by the end of Thu 03-05.
    h.clock.now = shanghai('2026-03-02T10:00:00');
    const id = await createAndSubmit(h, sample(503));
    assert.equal(await sweepAt('2026-03-05T23:59:00'), 0);
    assert.equal(await sweepAt('2026-03-06T00:00:00'), 1);
    assert.deepEqual(await notices(id), [
      { topic: 'application.overdue', recipient: h.parties.providers[0], payload: { applicationId: id, state: 'provider_review', deadline: '2026-03-05T15:59:59.999Z', provisional: false } },
    ]);
    assert.equal(await sweepAt('2026-03-09T09:00:00'), 0, 'a second sweep flags nothing');

    // Returned and resubmitted on Mon 03-09: a new stay, due by the end of Thu 03-12, flagged again after that.
    await returnApplication(h.deps, h.actors.provider, { applicationId: id, by: 'provider', reasons: [{ code: 'OTHER', note: '补充材料' }] });
    await submitApplication(h.deps, h.actors.applicant, { applicationId: id });
    assert.equal(await sweepAt('2026-03-12T20:00:00'), 0);
    assert.equal(await sweepAt('2026-03-13T00:00:00'), 1);
    assert.equal(await sweepAt('2026-03-13T01:00:00'), 0);
    assert.equal((await notices(id)).length, 2);
    await withdrawApplication(h.deps, h.actors.applicant, { applicationId: id });
  });

  it('flags a review overdue from the provisional calendar once the official data ends, and says the deadline is provisional', async () => {
    h.clock.now = shanghai('2026-12-10T10:00:00');
    const id = await toBureauReview(h, sample(504));
    // Entered Thu 12-10: 12-11 (1), 12-14…12-18 (6), 12-21…12-25 (11), 12-28…12-31 (15), 2027-01-01 is New Year's Day
    // (statutory), 01-04…01-08 (20): due by the end of Fri 2027-01-08.
    assert.equal(await sweepAt('2026-12-20T10:00:00'), 0, 'not yet 20 days: not even looked at');
    assert.equal(await sweepAt('2027-01-08T10:00:00'), 0, 'due today, not late');
    assert.equal(await sweepAt('2027-01-09T00:00:00'), 1);
    const [notice, ...rest] = await notices(id);
    assert.deepEqual(rest, []);
    assert.equal(notice!.topic, 'application.overdue');
    assert.equal(notice!.recipient, h.parties.bureaus['110000']);
    assert.deepEqual(notice!.payload, { applicationId: id, state: 'bureau_review', deadline: '2027-01-08T15:59:59.999Z', provisional: true });
    assert.equal(await sweepAt('2027-01-09T10:00:00'), 0, 'noticed once');
    const rows = (await applicationHistory(h, id)).filter((r) => r.action === 'deadlineUnknown' || r.action === 'overdue');
    assert.deepEqual(rows.map((r) => r.action), ['overdue']);
  });

  it('oldest first: applications not yet due do not hold back overdue ones', async () => {
    // Created first (so first on disk) but entered review later: its count runs to Mon 2027-01-11 (provisional).
    h.clock.now = shanghai('2026-12-11T10:00:00');
    const notDue = await toBureauReview(h, sample(505));
    // Entered Tue 12-01: 12-02…12-04 (1–3), 12-07…12-11 (4–8), 12-14…12-18 (9–13), 12-21…12-25 (14–18), 12-28 (19),
    // 12-29 (20): due by the end of Tue 12-29.
    h.clock.now = shanghai('2026-12-01T10:00:00');
    const known = await toBureauReview(h, sample(506));
    // In pages of one, behind the previous test's application, already noticed.
    h.clock.now = shanghai('2027-01-09T10:00:00');
    assert.equal(await sweepOverdueReviews(h.deps, 1), 1);
    assert.deepEqual((await notices(known)).map((n) => [n.topic, (n.payload as { deadline?: string }).deadline]), [['application.overdue', '2026-12-29T15:59:59.999Z']]);
    assert.deepEqual(await notices(notDue), []);
    assert.equal(await sweepOverdueReviews(h.deps, 1), 0);
  });

  it('two sweepers running at once flag each overdue review exactly once', async (t) => {
    if (!process.env.DATABASE_URL) {
      t.skip('needs PostgreSQL: PGlite has one connection, so the two sweepers could not overlap');
      return;
    }
    // Entered provider review on Mon 2026-03-02 (due by the end of Thu 03-05), swept together on Mon 03-09.
    h.clock.now = shanghai('2026-03-02T10:00:00');
    const ids: string[] = [];
    for (let n = 520; n < 536; n += 1) ids.push(await createAndSubmit(h, sample(n)));
    h.clock.now = shanghai('2026-03-09T10:00:00');
    const [a, b] = await Promise.all([sweepOverdueReviews(h.deps, 3), sweepOverdueReviews(h.deps, 3)]);
    assert.equal(a + b, ids.length, `the sweepers flagged ${a} and ${b}`);
    for (const id of ids) {
      assert.deepEqual((await notices(id)).map((n) => n.topic), ['application.overdue'], `one notice for ${id}`);
      assert.equal((await applicationHistory(h, id)).filter((r) => r.action === 'overdue').length, 1, `one overdue row for ${id}`);
    }
    assert.equal(await sweepOverdueReviews(h.deps), 0);
    for (const id of ids) await withdrawApplication(h.deps, h.actors.applicant, { applicationId: id });
  });
});
