import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { returnApplication } from '../../src/flows/return-application.js';
import { sweepOverdueReviews } from '../../src/jobs/sweep-overdue-reviews.js';
import { backfillOutcomes } from '../../src/store/migrations/0005-1-notices.js';
import { sampleFirstFiling } from '../../src/store/seed/sample-filing.js';
import { deliverAll } from '../support/deliver.js';
import { createHttpHarness, type ApiClient, type HttpHarness } from '../support/http-harness.js';
import { approve, createAndSubmit } from '../support/lifecycle.js';

interface InboxItem {
  channel: string;
  recipient: string;
  subject: string;
  body: string;
}

describe('applicants and channels learn what happened to an application', () => {
  let h: HttpHarness;
  let applicant: ApiClient;
  before(async () => {
    h = await createHttpHarness();
    applicant = await h.signIn('applicant');
  });
  after(async () => h.close());

  /** Delivers the outbox into the developer inbox and returns what arrived since the last call. */
  let seen = 0;
  async function newMessages(): Promise<InboxItem[]> {
    await deliverAll(h);
    const inbox = await h.anonymous.request<{ items: (InboxItem & { id: number })[] }>('GET', '/api/v1/dev/inbox');
    const fresh = inbox.body.items.filter((m) => m.id > seen).reverse();
    seen = Math.max(seen, ...inbox.body.items.map((m) => m.id));
    return fresh.filter((m) => !m.body.includes('验证码'));
  }
  const view = async (id: string) => (await applicant.request<{ state: string; filed: unknown }>('GET', `/api/v1/applications/${id}`)).body;

  it('shows the issued numbers with the filed subject and service ids, and sends the approval by SMS and e-mail to both', async () => {
    const body = sampleFirstFiling({ n: 801, channelId: h.parties.providers[0] });
    const result = await approve(h, body);
    const filing = await h.store.db.selectFrom('filings').select(['subject_id', 'service_id']).where('number', '=', result.serviceNumbers[0]!).executeTakeFirstOrThrow();
    const approved = await view(result.applicationId);
    assert.equal(approved.state, 'approved');
    assert.deepEqual(approved.filed, {
      subjectId: filing.subject_id,
      subjectNumber: result.subjectNumber,
      services: [{ serviceId: filing.service_id, number: result.serviceNumbers[0] }],
    });
    const person = body.subject!.mainPerson;
    const messages = await newMessages();
    assert.deepEqual(
      messages.map((m) => [m.channel, m.recipient]).sort(),
      [
        ['email', person.email],
        ['email', 'beian@cloud.example'],
        ['sms', person.mobile],
        ['sms', '4000000001'],
      ].sort(),
    );
    for (const message of messages) {
      assert.ok(message.body.includes(result.serviceNumbers[0]!), message.body);
      assert.ok(!message.body.includes(person.certificate.number));
    }
  });

  it('shows no filing before approval, and tells both of a return with the number of reasons', async () => {
    const id = await createAndSubmit(h, sampleFirstFiling({ n: 802, channelId: h.parties.providers[0] }));
    assert.equal((await view(id)).filed, null);
    await newMessages();
    await returnApplication(h.deps, h.actors.provider, { applicationId: id, by: 'provider', reasons: [{ code: 'OTHER', note: '补充材料' }, { code: 'OTHER', note: '重新上传' }] });
    const messages = await newMessages();
    assert.equal(messages.length, 4);
    assert.ok(messages.every((m) => m.body.includes('退回') && m.body.includes('2')), JSON.stringify(messages));
    assert.ok(messages.every((m) => !m.body.includes('补充材料')), 'reviewers’ notes stay behind the sign-in');
  });

  it('tells both when a review runs past its deadline', async () => {
    const id = await createAndSubmit(h, sampleFirstFiling({ n: 803, channelId: h.parties.providers[0] }));
    await newMessages();
    const start = h.clock.now;
    h.clock.now = new Date(start.getTime() + 10 * 86_400_000);
    assert.ok((await sweepOverdueReviews(h.deps)) >= 1);
    const messages = (await newMessages()).filter((m) => m.body.includes('超过期限'));
    h.clock.now = start;
    assert.deepEqual(messages.map((m) => m.channel).sort(), ['email', 'email', 'sms', 'sms']);
    const [email] = messages.filter((m) => m.channel === 'email');
    assert.ok(email!.body.includes(id));
  });

  it('fills in the numbers of applications approved before they were kept on the application', async () => {
    const result = await approve(h, sampleFirstFiling({ n: 804, channelId: h.parties.providers[0] }));
    const expected = (await view(result.applicationId)).filed;
    await h.store.db.updateTable('applications').set({ outcome: null }).where('id', '=', result.applicationId).execute();
    const cleared = await view(result.applicationId);
    assert.equal(cleared.filed, null, JSON.stringify(cleared));
    await backfillOutcomes(h.store.db);
    assert.deepEqual((await view(result.applicationId)).filed, expected);
  });
});
