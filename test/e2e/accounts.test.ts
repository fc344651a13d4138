import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { openDatabase } from '../../src/store/open-database.js';
import { passwordMatches } from '../../src/store/users.js';
import { createHttpHarness, type HttpHarness } from '../support/http-harness.js';
import { beianBin, isolatedCliEnv } from '../support/cli-process.js';

interface ErrorAnswer {
  error: { code: string; path?: string };
}

describe('parties and accounts created by the ministry through the API', () => {
  let h: HttpHarness;
  before(async () => {
    h = await createHttpHarness({ demo: false });
  });
  after(async () => h.close());

  it('adds a provider and an account for it whose generated password is shown once and signs in', async () => {
    const ministry = await h.signIn('ministry');
    const party = await ministry.request<{ id: string }>('POST', '/api/v1/parties', { kind: 'access_provider', name: '闽江云计算有限公司', nameEn: 'Minjiang Cloud', code: 'provider-minjiang' });
    assert.equal(party.status, 201, party.text);
    const listed = await h.anonymous.request<{ items: Array<{ id: string; code: string | null }> }>('GET', '/api/v1/parties?kind=access_provider');
    assert.ok(listed.body.items.some((p) => p.id === party.body.id && p.code === 'provider-minjiang'));

    const account = await ministry.request<{ login: string; role: string; password: string }>('POST', '/api/v1/accounts', { login: 'minjiang-ops', displayName: '闽江云备案专员', partyId: party.body.id });
    assert.equal(account.status, 201, account.text);
    assert.equal(account.body.role, 'provider');
    assert.ok(account.body.password.length >= 20);
    const staff = await h.signIn('minjiang-ops', account.body.password);
    const me = await staff.request<{ role: string; partyId: string }>('GET', '/api/v1/me');
    assert.deepEqual([me.body.role, me.body.partyId], ['provider', party.body.id]);
    const stored = await h.store.db.selectFrom('users').select('password_hash').where('login', '=', 'minjiang-ops').executeTakeFirstOrThrow();
    assert.ok(!stored.password_hash.includes(account.body.password), 'only a hash is kept');

    const again = await ministry.request<ErrorAnswer>('POST', '/api/v1/accounts', { login: 'minjiang-ops', displayName: 'x', partyId: party.body.id });
    assert.deepEqual([again.status, again.body.error.code], [409, 'LOGIN_TAKEN']);
  });

  it('gives bureau accounts the bureau role and keeps one bureau per province', async () => {
    const ministry = await h.signIn('ministry');
    const twice = await ministry.request<ErrorAnswer>('POST', '/api/v1/parties', { kind: 'bureau', name: '北京市通信管理局', province: '110000' });
    assert.deepEqual([twice.status, twice.body.error.code], [409, 'PARTY_ALREADY_EXISTS']);
    const account = await ministry.request<{ role: string }>('POST', '/api/v1/accounts', { login: 'bj-reviewer', displayName: '北京审核员', partyId: h.parties.bureaus['110000'] });
    assert.deepEqual([account.status, account.body.role], [201, 'bureau']);
  });

  it('lets no one but the ministry add parties or accounts', async () => {
    for (const login of ['provider', 'bureau-bj', 'applicant']) {
      const client = await h.signIn(login);
      const party = await client.request('POST', '/api/v1/parties', { kind: 'access_provider', name: '某某云' });
      const account = await client.request('POST', '/api/v1/accounts', { login: `x-${login}`, displayName: 'x', partyId: h.parties.providers[0] });
      assert.deepEqual([party.status, account.status], [403, 403], login);
    }
    assert.equal((await h.anonymous.request('POST', '/api/v1/accounts', { login: 'anon', displayName: 'x', partyId: h.parties.providers[0] })).status, 401);
  });
});

describe('beian admin create-user', () => {
  const { dataDir, env: cliEnv } = isolatedCliEnv('beian-admin-');
  const run = (args: string[], input?: string) => spawnSync(beianBin, ['admin', 'create-user', ...args], { env: cliEnv(), input: input ?? '', encoding: 'utf8', timeout: 120_000 });

  it('creates the first ministry account with a generated password shown once, or with one read from stdin', async () => {
    const generated = run(['--role', 'ministry', '--login', 'root']);
    assert.equal(generated.status, 0, generated.stderr);
    const password = /Password \(shown once[^)]*\): (\S+)/.exec(generated.stdout)?.[1];
    assert.ok(password && password.length >= 20, generated.stdout);
    const chosen = run(['--role', 'ministry', '--login', 'deputy', '--password-stdin'], 'a long chosen passphrase\n');
    assert.equal(chosen.status, 0, chosen.stderr);
    assert.doesNotMatch(chosen.stdout, /passphrase|Password/);
    assert.equal(run(['--role', 'ministry', '--login', 'root']).status, 1, 'a login is taken once');
    assert.equal(run(['--role', 'ministry', '--login', 'short', '--password-stdin'], 'short\n').status, 2);
    assert.equal(run(['--role', 'bureau', '--login', 'b']).status, 2, 'other accounts come from the ministry through the API');

    const store = await openDatabase(cliEnv().DATABASE_URL ? { databaseUrl: cliEnv().DATABASE_URL } : { dataDir });
    try {
      const users = await store.db.selectFrom('users').innerJoin('parties', 'parties.id', 'users.party_id').select(['login', 'role', 'password_hash', 'parties.kind']).orderBy('login').execute();
      assert.deepEqual(users.map((u) => [u.login, u.role, u.kind]), [['deputy', 'ministry', 'ministry'], ['root', 'ministry', 'ministry']]);
      assert.equal(await passwordMatches(users[1]!.password_hash, password), true);
      assert.equal(await passwordMatches(users[0]!.password_hash, 'a long chosen passphrase'), true);
      const parties = await store.db.selectFrom('parties').select('kind').execute();
      assert.deepEqual(parties.map((p) => p.kind), ['ministry'], 'one ministry party, no demo data');
    } finally {
      await store.close();
    }
  });
});
