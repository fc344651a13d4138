import assert from 'node:assert/strict';
import type { z } from 'zod';
import { after, before, describe, it } from 'node:test';
import type { ApplicationBodyInput } from '../../src/domain/form/application-body.js';
import type { Actor } from '../../src/flows/actor.js';
import { bureauApprove } from '../../src/flows/bureau-approve.js';
import { createApplication } from '../../src/flows/create-application.js';
import { providerApprove } from '../../src/flows/provider-approve.js';
import { returnApplication } from '../../src/flows/return-application.js';
import { submitApplication } from '../../src/flows/submit-application.js';
import type { backlogView, countsView, reviewTimesView } from '../../src/http/presenters/statistics-views.js';
import { sampleFirstFiling } from '../../src/store/seed/sample-filing.js';
import { confirmAllSms } from '../support/drive.js';
import { parseBody } from '../support/flow-harness.js';
import { createHttpHarness, type ApiClient, type HttpHarness } from '../support/http-harness.js';

/** An instant written in Shanghai local time. */
const shanghai = (local: string) => new Date(`${local}+08:00`);
const hours = (n: number) => n * 3600;

type Counts = z.infer<typeof countsView>;
type Backlog = z.infer<typeof backlogView>;
type ReviewTimes = z.infer<typeof reviewTimesView>;
type Error = { error: { code: string; path?: string } };

/**
 * Known applications, each step at a set time, then the figures the ministry and the Beijing bureau get for them.
 *
 *  A  Beijing app via provider 1: submitted Mon 03-02 10:00, passed 12:00 (2 h), bureau approved Wed 03-04 10:00 (46 h)
 *  B  Beijing app via provider 1: submitted 03-02 10:00, returned Tue 03-03 10:00 (24 h), resubmitted 11:00,
 *     passed 15:00 (4 h), waiting at the bureau since
 *  C  Shanghai mini-program via the platform: submitted 03-02 10:00, passed 20:00 (10 h), returned by the Shanghai
 *     bureau Thu 03-05 10:00 (62 h)
 *  D  Beijing app via provider 2: submitted 03-02 10:00, waiting for the initial review (overdue by 03-10)
 *  E  Beijing app via provider 1: submitted Mon 03-09 09:00, waiting for the initial review (due 03-12)
 *  F  Beijing app via provider 1: submitted Mon 01-05 10:00, passed 11:00 (1 h, in January), waiting at the bureau
 *     (overdue since February)
 *  G  a draft never submitted: counted nowhere
 *  Figures asked for on Tue 03-10 10:00.
 */
describe('statistics for the ministry and the bureaus, from known applications', () => {
  let h: HttpHarness;
  let ministry: ApiClient;
  let beijing: ApiClient;
  const ids: Record<string, string> = {};

  const at = (local: string) => (h.clock.now = shanghai(local));
  const open = async (name: string, body: ApplicationBodyInput, applicant?: Actor) => {
    ids[name] = (await createApplication(h.deps, applicant ?? h.actors.applicant, parseBody(body))).applicationId;
  };
  const submit = (name: string) => submitApplication(h.deps, h.actors.applicant, { applicationId: ids[name]! });
  const pass = async (name: string, provider: Actor) => {
    await providerApprove(h.deps, provider, { applicationId: ids[name]! });
    await confirmAllSms(h, ids[name]!);
  };

  before(async () => {
    h = await createHttpHarness();
    const { providers, miniProgramPlatform } = h.parties;
    const beijingApp = (n: number, channelId: string) => sampleFirstFiling({ n, provinceCode: '110000', channelId });

    at('2026-01-05T10:00:00');
    await open('F', beijingApp(306, providers[0]));
    await submit('F');
    at('2026-01-05T11:00:00');
    await pass('F', h.actors.provider);

    at('2026-03-02T10:00:00');
    await open('A', beijingApp(301, providers[0]));
    await open('B', beijingApp(302, providers[0]));
    await open('C', sampleFirstFiling({ n: 303, provinceCode: '310000', channelId: miniProgramPlatform, serviceType: 'mini_program' }));
    await open('D', beijingApp(304, providers[1]));
    await open('G', beijingApp(307, providers[0]));
    for (const name of ['A', 'B', 'C', 'D']) await submit(name);
    at('2026-03-02T12:00:00');
    await pass('A', h.actors.provider);
    at('2026-03-02T20:00:00');
    await pass('C', h.actors.miniProgramPlatform);
    at('2026-03-03T10:00:00');
    await returnApplication(h.deps, h.actors.provider, { applicationId: ids.B!, by: 'provider', reasons: [{ code: 'OTHER', note: '补充材料' }] });
    at('2026-03-03T11:00:00');
    await submit('B');
    at('2026-03-03T15:00:00');
    await pass('B', h.actors.provider);
    at('2026-03-04T10:00:00');
    await bureauApprove(h.deps, h.actors.beijingBureau, { applicationId: ids.A! });
    at('2026-03-05T10:00:00');
    await returnApplication(h.deps, h.actors.shanghaiBureau, { applicationId: ids.C!, by: 'bureau', reasons: [{ code: 'OTHER', note: '名称不符' }] });
    at('2026-03-09T09:00:00');
    await open('E', beijingApp(305, providers[0]));
    await submit('E');
    at('2026-03-10T10:00:00');

    ministry = await h.signIn('ministry');
    beijing = await h.signIn('bureau-bj');
  });
  after(async () => h.close());

  const row = <T extends { party: { id: string } }>(rows: T[], id: string): T => {
    const found = rows.find((r) => r.party.id === id);
    assert.ok(found, `no row for ${id}`);
    return found;
  };

  it('counts filings and applications by province, service type, channel and state', async () => {
    const { providers, miniProgramPlatform } = h.parties;
    const res = await ministry.request<Counts>('GET', '/api/v1/statistics/counts');
    assert.equal(res.status, 200, res.text);
    const { filings, applications } = res.body;
    assert.deepEqual([filings.subjects, filings.services], [1, 1]);
    assert.equal(filings.byProvince.length, 31, 'every province, with zeros');
    assert.deepEqual(filings.byProvince.find((p) => p.province.code === '110000'), { province: { code: '110000', name: { zh: '北京市', en: 'Beijing' } }, subjects: 1, services: 1 });
    assert.deepEqual(filings.byStatus, [
      { status: 'active', subjects: 1, services: 1 },
      { status: 'cancelled', subjects: 0, services: 0 },
      { status: 'revoked', subjects: 0, services: 0 },
    ]);
    assert.deepEqual(filings.byServiceType.find((t) => t.serviceType === 'app'), { serviceType: 'app', services: 1 });
    assert.equal(filings.byChannel.find((c) => c.channel?.id === providers[0])?.services, 1);
    assert.equal(filings.byChannel.find((c) => c.channel?.id === miniProgramPlatform)?.services, 0);

    assert.equal(applications.total, 6, 'A–F; the draft G was never submitted');
    const byProvince = Object.fromEntries(applications.byProvince.filter((p) => p.applications > 0).map((p) => [p.province.code, p.applications]));
    assert.deepEqual(byProvince, { '110000': 5, '310000': 1 });
    assert.deepEqual(Object.fromEntries(applications.byState.map((s) => [s.state, s.applications])), {
      provider_review: 2,
      provider_returned: 0,
      sms_pending: 0,
      bureau_review: 2,
      bureau_returned: 1,
      approved: 1,
      withdrawn: 0,
    });
    const byChannel = Object.fromEntries(applications.byChannel.map((c) => [c.channel.id, c.applications]));
    assert.equal(byChannel[providers[0]], 4);
    assert.equal(byChannel[providers[1]], 1);
    assert.equal(byChannel[miniProgramPlatform], 1);
    assert.deepEqual(Object.fromEntries(applications.byServiceType.map((t) => [t.serviceType ?? 'none', t.applications])), {
      app: 5,
      mini_program: 1,
      quick_app: 0,
      website: 0,
      none: 0,
    });
  });

  it('counts only what fell in the period: applications by their first submission, filings by their approval', async () => {
    const march = await ministry.request<Counts>('GET', '/api/v1/statistics/counts?from=2026-03-01&to=2026-03-31');
    assert.equal(march.body.applications.total, 5, 'F was submitted in January');
    assert.equal(march.body.filings.services, 1);
    // B was resubmitted on 03-03 but first submitted on 03-02: it is not counted again in a period starting 03-03.
    const later = await ministry.request<Counts>('GET', '/api/v1/statistics/counts?from=2026-03-03&to=2026-03-31');
    assert.equal(later.body.applications.total, 1, 'only E');
    assert.equal(later.body.filings.services, 1, 'A was approved on 03-04');
    const afterApproval = await ministry.request<Counts>('GET', '/api/v1/statistics/counts?from=2026-03-05');
    assert.equal(afterApproval.body.filings.services, 0);
    assert.deepEqual(afterApproval.body.period, { from: '2026-03-05', to: null });
  });

  it('shows the reviews waiting now and those past their working-day deadline, by channel and by bureau', async () => {
    const { providers, bureaus } = h.parties;
    const res = await ministry.request<Backlog>('GET', '/api/v1/statistics/backlog');
    assert.equal(res.status, 200, res.text);
    const { providerReview, bureauReview } = res.body;
    assert.deepEqual([providerReview.waiting, providerReview.overdue], [2, 1]);
    assert.deepEqual(row(providerReview.rows, providers[0]), {
      party: row(providerReview.rows, providers[0]).party,
      waiting: 1,
      overdue: 0,
      oldestEnteredAt: '2026-03-09T01:00:00.000Z',
    });
    assert.deepEqual([row(providerReview.rows, providers[1]).waiting, row(providerReview.rows, providers[1]).overdue], [1, 1]);
    assert.deepEqual([bureauReview.waiting, bureauReview.overdue], [2, 1]);
    const bj = row(bureauReview.rows, bureaus['110000']!);
    assert.deepEqual([bj.waiting, bj.overdue, bj.oldestEnteredAt], [2, 1, '2026-01-05T03:00:00.000Z']);
    assert.deepEqual(bj.party.provinceName, { zh: '北京市', en: 'Beijing' });
    assert.equal(bureauReview.rows.length, 31);
    assert.deepEqual([row(bureauReview.rows, bureaus['310000']!).waiting, row(bureauReview.rows, bureaus['310000']!).oldestEnteredAt], [0, null]);
  });

  it('computes the median and 90th percentile of review time per channel and per bureau from the history', async () => {
    const { providers, miniProgramPlatform, bureaus } = h.parties;
    const res = await ministry.request<ReviewTimes>('GET', '/api/v1/statistics/review-times?from=2026-03-01&to=2026-03-31');
    assert.equal(res.status, 200, res.text);
    const { providerReview, bureauReview } = res.body;
    // Initial reviews decided in March: A 2 h, B 24 h (returned) and 4 h, C 10 h. F's (January) is outside.
    assert.deepEqual(providerReview.overall, { decisions: 4, p50Seconds: hours(7), p90Seconds: hours(19.8) });
    const first = row(providerReview.rows, providers[0]);
    assert.deepEqual([first.decisions, first.p50Seconds, first.p90Seconds], [3, hours(4), hours(20)]);
    const platform = row(providerReview.rows, miniProgramPlatform);
    assert.deepEqual([platform.decisions, platform.p50Seconds, platform.p90Seconds], [1, hours(10), hours(10)]);
    const idle = row(providerReview.rows, providers[1]);
    assert.deepEqual([idle.decisions, idle.p50Seconds, idle.p90Seconds], [0, null, null]);
    // Bureau decisions: Beijing approved A after 46 h, Shanghai returned C after 62 h.
    assert.deepEqual(bureauReview.overall, { decisions: 2, p50Seconds: hours(54), p90Seconds: hours(60.4) });
    assert.equal(row(bureauReview.rows, bureaus['110000']!).p50Seconds, hours(46));
    assert.equal(row(bureauReview.rows, bureaus['310000']!).p90Seconds, hours(62));

    const ever = await ministry.request<ReviewTimes>('GET', '/api/v1/statistics/review-times');
    assert.deepEqual([row(ever.body.providerReview.rows, providers[0]).decisions, row(ever.body.providerReview.rows, providers[0]).p50Seconds], [4, hours(3)]);
  });

  it('holds a bureau to its own province', async () => {
    const { providers, bureaus } = h.parties;
    const counts = await beijing.request<Counts>('GET', '/api/v1/statistics/counts');
    assert.equal(counts.status, 200, counts.text);
    assert.equal(counts.body.provinceCode, '110000');
    assert.deepEqual(counts.body.applications.byProvince.map((p) => [p.province.code, p.applications]), [['110000', 5]]);
    assert.equal(counts.body.applications.total, 5);
    const times = await beijing.request<ReviewTimes>('GET', '/api/v1/statistics/review-times?from=2026-03-01&to=2026-03-31');
    assert.deepEqual(times.body.bureauReview.rows.map((r) => r.party.id), [bureaus['110000']]);
    assert.deepEqual(times.body.bureauReview.overall, { decisions: 1, p50Seconds: hours(46), p90Seconds: hours(46) });
    assert.equal(row(times.body.providerReview.rows, providers[0]).decisions, 3, 'the Shanghai mini-program is not counted');
    assert.equal(times.body.providerReview.overall.decisions, 3);
    const backlog = await beijing.request<Backlog>('GET', '/api/v1/statistics/backlog?province=110000');
    assert.deepEqual([backlog.body.bureauReview.waiting, backlog.body.providerReview.waiting], [2, 2]);

    const other = await beijing.request<Error>('GET', '/api/v1/statistics/counts?province=310000');
    assert.deepEqual([other.status, other.body.error.code, other.body.error.path], [403, 'STATISTICS_PROVINCE_OUTSIDE', 'querystring.province']);
  });

  it('lets the ministry narrow the figures to one province', async () => {
    const res = await ministry.request<ReviewTimes>('GET', '/api/v1/statistics/review-times?province=310000');
    assert.deepEqual(res.body.bureauReview.overall, { decisions: 1, p50Seconds: hours(62), p90Seconds: hours(62) });
    assert.equal(res.body.bureauReview.rows.length, 1);
  });

  it('refuses callers other than the ministry and the bureaus', async () => {
    for (const login of ['applicant', 'provider']) {
      const res = await (await h.signIn(login)).request<Error>('GET', '/api/v1/statistics/counts');
      assert.deepEqual([res.status, res.body.error.code], [403, 'FORBIDDEN'], login);
    }
    const anonymous = await h.anonymous.request<Error>('GET', '/api/v1/statistics/backlog');
    assert.deepEqual([anonymous.status, anonymous.body.error.code], [401, 'UNAUTHENTICATED']);
  });

  it('refuses a malformed or reversed period and an unknown province, naming the parameter', async () => {
    const cases: Array<[string, number, string, string]> = [
      ['/api/v1/statistics/counts?from=2026-02-30', 400, 'VALIDATION_FAILED', 'querystring.from'],
      ['/api/v1/statistics/review-times?to=March', 400, 'VALIDATION_FAILED', 'querystring.to'],
      ['/api/v1/statistics/review-times?from=2026-04-01&to=2026-03-01', 400, 'STATISTICS_PERIOD_REVERSED', 'querystring.from'],
      ['/api/v1/statistics/backlog?province=11', 400, 'VALIDATION_FAILED', 'querystring.province'],
      ['/api/v1/statistics/counts?province=990000', 400, 'VALIDATION_FAILED', 'querystring.province'],
    ];
    for (const [path, status, code, field] of cases) {
      const res = await ministry.request<Error>('GET', path);
      assert.deepEqual([res.status, res.body.error.code, res.body.error.path], [status, code, field], path);
    }
  });
});
