import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../../src/config/config.js';
import { createHttpHarness, type HttpHarness } from '../support/http-harness.js';

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
