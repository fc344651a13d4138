import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../../src/config/config.js';
import { providerApprove } from '../../src/flows/provider-approve.js';
import { sampleFirstFiling } from '../../src/store/seed/sample-filing.js';
import { deliverAll } from '../support/deliver.js';
import { sentSmsCodes } from '../support/flow-harness.js';
import { createHttpHarness, type HttpHarness } from '../support/http-harness.js';
import { createAndSubmit } from '../support/lifecycle.js';

const BANNER = 'data-beian-demo-banner';

describe('demo mode by default', () => {
  it('is on with the embedded database and off with DATABASE_URL unless BEIAN_DEMO=1 is given', () => {
    const url = 'postgres://db.example/beian';
    assert.equal(loadConfig({}).demo, true);
    assert.equal(loadConfig({ BEIAN_DEMO: '0' }).demo, false);
    assert.equal(loadConfig({ DATABASE_URL: url }).demo, false);
    assert.equal(loadConfig({ DATABASE_URL: url, BEIAN_DEMO: '' }).demo, false);
    assert.equal(loadConfig({ DATABASE_URL: url, BEIAN_DEMO: '1' }).demo, true);
  });
});

describe('a server in demo mode', () => {
  let h: HttpHarness;
  before(async () => {
    h = await createHttpHarness({ demo: true });
  });
  after(async () => h.close());

  it('says so in GET /api/v1/meta', async () => {
    const meta = await h.anonymous.request('GET', '/api/v1/meta');
    assert.deepEqual([meta.status, meta.body], [200, { demo: true }]);
  });

  it('shows the demo banner on its pages: the developer inbox and the API docs', async () => {
    const inbox = await h.anonymous.request('GET', '/dev/inbox');
    assert.equal(inbox.status, 200);
    assert.equal(inbox.text.split(BANNER).length - 1, 1, 'one banner, placed by the page itself');
    assert.match(inbox.text, /演示模式/);
    const docs = await fetch(`${h.baseUrl}/api/docs/`);
    const html = await docs.text();
    assert.equal(docs.status, 200);
    assert.match(html, /swagger-ui/);
    assert.ok(html.includes(BANNER), 'the API docs carry the banner');
    const json = await h.anonymous.request('GET', '/api/docs/json');
    assert.ok(!json.text.includes(BANNER), 'JSON answers are left alone');
  });

  it('lists each verification SMS in the developer inbox with its code on its own and whom it asks to confirm', async () => {
    const body = sampleFirstFiling({ n: 611, provinceCode: '110000', channelId: h.parties.providers[0] });
    const applicationId = await createAndSubmit(h, body);
    await providerApprove(h.deps, h.actors.provider, { applicationId });
    // Read from the outbox before delivery scrubs the codes there.
    const sent = await sentSmsCodes(h);
    await deliverAll(h);
    const page = await h.anonymous.request('GET', '/dev/inbox');
    assert.equal(page.status, 200);
    assert.doesNotMatch(page.text, /http-equiv="refresh"/, 'the page does not reload under its reader');
    const people = [
      { mobile: body.subject!.mainPerson.mobile, role: '主体负责人 · Main responsible person' },
      { mobile: body.services![0]!.responsiblePerson.mobile, role: `服务负责人（${body.services![0]!.name}）· Responsible person of ${body.services![0]!.name}` },
    ];
    for (const person of people) {
      const cells = page.text
        .split('<tr>')
        .map((row) => Object.fromEntries([...row.matchAll(/<td class="(\w+)">.*?<span class="value">(.*?)<\/span><\/td>/gs)].map((m) => [m[1], m[2]])))
        .find((row) => row.to === person.mobile);
      assert.ok(cells, `a row for ${person.mobile}`);
      assert.equal(cells.code, sent.get(person.mobile));
      assert.equal(cells.for, person.role);
    }
    assert.notEqual(sent.get(people[0]!.mobile), sent.get(people[1]!.mobile));
  });
});

describe('a server outside demo mode', () => {
  let h: HttpHarness;
  before(async () => {
    h = await createHttpHarness({ demo: false });
  });
  after(async () => h.close());

  it('says so in GET /api/v1/meta and shows no banner', async () => {
    assert.deepEqual((await h.anonymous.request('GET', '/api/v1/meta')).body, { demo: false });
    const docs = await fetch(`${h.baseUrl}/api/docs/`);
    assert.equal(docs.status, 200);
    assert.ok(!(await docs.text()).includes(BANNER));
  });

  it('has no developer inbox', async () => {
    assert.equal((await h.anonymous.request('GET', '/dev/inbox')).status, 404);
    assert.equal((await h.anonymous.request('GET', '/api/v1/dev/inbox')).status, 404);
  });
});
