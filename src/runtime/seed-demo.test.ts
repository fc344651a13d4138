import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openTestDatabase } from '../../test/support/test-database.js';
import { loadConfig } from '../config/config.js';
import { verifyHistoryChain } from '../store/history-chain.js';
import type { OpenDatabase } from '../store/open-database.js';
import { passwordMatches } from '../store/users.js';
import { createFlowDeps } from './create-flow-deps.js';
import { DEMO_PASSWORD, seedDemo, type DemoLogin } from './seed-demo.js';

describe('the demo data', () => {
  let store: OpenDatabase;
  let logins: DemoLogin[];
  let filings: number;
  before(async () => {
    store = await openTestDatabase();
    ({ logins, filings } = await seedDemo(createFlowDeps(store.db, loadConfig({}))));
  });
  after(async () => store.close());

  it('has the ministry, the 31 bureaus, two access providers, a mini-program platform, an app store and a terminal maker', async () => {
    const parties = await store.db.selectFrom('parties').select(['kind', 'platform_kind']).execute();
    const count = (kind: string, platform: string | null = null) => parties.filter((p) => p.kind === kind && (platform === null || p.platform_kind === platform)).length;
    assert.equal(count('ministry'), 1);
    assert.equal(count('bureau'), 31);
    assert.equal(count('access_provider'), 2);
    assert.equal(count('distribution_platform', 'mini_program'), 1);
    assert.equal(count('distribution_platform', 'app_store'), 1);
    assert.equal(count('terminal_maker'), 1);
  });

  it('has a login for every role, each with the demo password', async () => {
    assert.deepEqual([...new Set(logins.map((l) => l.role))].sort(), ['applicant', 'bureau', 'checker', 'ministry', 'provider']);
    const ministry = await store.db.selectFrom('users').select('password_hash').where('login', '=', 'ministry').executeTakeFirstOrThrow();
    assert.equal(await passwordMatches(ministry.password_hash, DEMO_PASSWORD), true);
  });

  it('has a few dozen approved filings, made through the flows and recorded in an intact history', async () => {
    assert.ok(filings >= 24, `${filings} filings`);
    const services = await store.db.selectFrom('filings').select(['number', 'service_type']).where('kind', '=', 'service').where('status', '=', 'active').execute();
    assert.equal(services.length, filings);
    assert.ok(services.some((f) => f.service_type === 'app' && f.number.endsWith('A')));
    assert.ok(services.some((f) => f.service_type === 'mini_program' && f.number.endsWith('X')));
    const approved = await store.db.selectFrom('applications').select('id').where('state', '=', 'approved').execute();
    assert.equal(approved.length, filings);
    assert.equal((await verifyHistoryChain(store.db)).intact, true);
    const challenges = await store.db.selectFrom('sms_challenges').select(['code_hash', 'certificate_tail_hash', 'verified_at']).execute();
    assert.ok(challenges.length >= filings && challenges.every((c) => c.verified_at !== null), "the seed confirmed every one of its own codes");
    assert.ok(challenges.every((c) => c.code_hash.startsWith('demo-sha256$')), 'with the quick hash kept for the seed (real codes get argon2id)');
    const undelivered = await store.db.selectFrom('outbox').select('id').where('topic', '=', 'sms').where('delivered_at', 'is', null).execute();
    assert.equal(undelivered.length, 0, "the seed's own codes never reach anyone's inbox");
  });
});
