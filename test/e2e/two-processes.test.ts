import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { codeInSmsText } from '../../src/flows/sms/sms-text.js';
import { openDatabase, type OpenDatabase } from '../../src/store/open-database.js';
import { sampleFirstFiling } from '../../src/store/seed/sample-filing.js';
import { isolatedDatabaseEnv } from '../support/test-database.js';

const bin = new URL('../../bin/beian', import.meta.url).pathname;
const DEMO_PASSWORD = 'beian-demo';
const APPLICATIONS = 8;

interface Server {
  child: ChildProcessWithoutNullStreams;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function startServer(env: NodeJS.ProcessEnv, port: number): Promise<Server> {
  const child = spawn(bin, ['serve'], { env: { ...env, PORT: String(port), HOST: '127.0.0.1' } });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${output}`)), 120_000);
    const check = () => {
      if (!/serving on/.test(output)) return;
      clearTimeout(timer);
      child.stdout.off('data', check);
      resolve({ child, url: `http://127.0.0.1:${port}`, output: () => output, exited });
    };
    child.stdout.on('data', check);
    void exited.then((code) => reject(new Error(`serve exited ${code}: ${output}`)));
  });
}

interface Response<T> {
  status: number;
  body: T;
}

async function call<T = Record<string, unknown>>(baseUrl: string, method: string, path: string, options: { body?: unknown; cookie?: string; key?: string } = {}): Promise<Response<T>> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(options.cookie ? { cookie: options.cookie } : {}),
      ...(options.key ? { 'idempotency-key': options.key } : {}),
    },
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
}

async function signIn(baseUrl: string, login: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login, password: DEMO_PASSWORD }) });
  assert.equal(response.status, 200, await response.text());
  return response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

async function eventually<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('two `beian serve` processes on one PostgreSQL database', () => {
  const url = process.env.DATABASE_URL;
  const dataDir = mkdtempSync(join(tmpdir(), 'beian-two-'));
  let env: NodeJS.ProcessEnv;
  let cleanup: () => Promise<void> = async () => {};
  let db: OpenDatabase | undefined;
  const servers: Server[] = [];

  before(async () => {
    if (!url) return;
    const isolated = await isolatedDatabaseEnv(dataDir);
    cleanup = isolated.cleanup;
    env = {
      ...process.env,
      ...isolated.env,
      BEIAN_DEMO: '1',
      BEIAN_LOG_LEVEL: 'silent',
      BEIAN_SWEEP_INTERVAL_SECONDS: '1',
      // Every request comes from 127.0.0.1 here; the limits are tested elsewhere.
      BEIAN_SMS_VERIFY_ATTEMPTS_PER_MINUTE: '1000',
      BEIAN_SMS_VERIFY_FREE_ATTEMPTS_PER_ADDRESS: '1000',
      BEIAN_LOGIN_ATTEMPTS_PER_MINUTE: '1000',
    };
    db = await openDatabase({ databaseUrl: isolated.env.DATABASE_URL! });
  });
  after(async () => {
    for (const server of servers) {
      if (server.child.exitCode === null && server.child.signalCode === null) {
        server.child.kill('SIGTERM');
        await server.exited;
      }
    }
    await db?.close();
    await cleanup();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('share one lifecycle with concurrent requests to both, and lose or repeat nothing when one is killed -9 mid-flow', { timeout: 600_000 }, async (t) => {
    if (!url || !db) {
      t.skip('needs PostgreSQL: embedded PGlite is a single process');
      return;
    }
    const store = db.db;
    // Both start at once on the empty database: the demo is loaded by one of them, once.
    const [a, b] = await Promise.all([startServer(env, await freePort()), startServer(env, await freePort())]);
    servers.push(a, b);
    assert.equal([a, b].filter((s) => /Loading demo data/.test(s.output())).length, 1, 'exactly one process loads the demo');
    const demoFilings = (await store.selectFrom('filings').select('id').execute()).length;

    // A session made on one process is good on the other: sessions live in the database.
    const applicant = await signIn(a.url, 'applicant');
    const provider = await signIn(b.url, 'provider');
    const bureau = await signIn(a.url, 'bureau-110000');
    const channelId = (await store.selectFrom('users').select('party_id').where('login', '=', 'provider').executeTakeFirstOrThrow()).party_id!;
    const on = (i: number, step: number) => ((i + step) % 2 === 0 ? a : b).url;

    const bodies = Array.from({ length: APPLICATIONS }, (_, i) => sampleFirstFiling({ n: 9100 + i, provinceCode: '110000', channelId }));
    const ids = await Promise.all(
      bodies.map(async (body, i) => {
        const created = await call<{ id: string }>(on(i, 0), 'POST', '/api/v1/applications', { body, cookie: applicant, key: `create-${i}` });
        assert.equal(created.status, 201, JSON.stringify(created.body));
        const submitted = await call<{ state: string }>(on(i, 1), 'POST', `/api/v1/applications/${created.body.id}/submit`, { body: {}, cookie: applicant, key: `submit-${i}` });
        assert.equal(submitted.body.state, 'provider_review', JSON.stringify(submitted.body));
        const approved = await call<{ state: string }>(on(i, 2), 'POST', `/api/v1/applications/${created.body.id}/provider-approve`, { body: {}, cookie: provider, key: `provider-${i}` });
        assert.equal(approved.body.state, 'sms_pending', JSON.stringify(approved.body));
        return created.body.id;
      }),
    );

    // The codes reach the developer inbox through either process's outbox delivery.
    const people = bodies.map((body) => [body.subject!.mainPerson, ...body.services!.map((s) => s.responsiblePerson)]);
    const phones = new Set(people.flat().map((p) => p.mobile));
    const codes = await eventually('every SMS code delivered', async () => {
      const inbox = await call<{ items: Array<{ recipient: string; body: string }> }>(b.url, 'GET', '/api/v1/dev/inbox');
      const found = new Map<string, string>();
      for (const message of [...inbox.body.items].reverse()) {
        const code = codeInSmsText(message.body);
        if (code && phones.has(message.recipient)) found.set(message.recipient, code);
      }
      return found.size === phones.size ? found : undefined;
    });
    await Promise.all(
      ids.map(async (id, i) => {
        const seen = new Set<string>();
        for (const [k, person] of people[i]!.entries()) {
          if (seen.has(person.mobile)) continue;
          seen.add(person.mobile);
          const verified = await call(on(i, k), 'POST', '/api/v1/sms-verifications', {
            body: { applicationId: id, phone: person.mobile, code: codes.get(person.mobile), certificateTail: person.certificate.number.slice(-6) },
          });
          assert.equal(verified.status, 200, JSON.stringify(verified.body));
        }
      }),
    );
    for (const id of ids) {
      const state = await eventually('SMS complete', async () => {
        const row = await store.selectFrom('applications').select('state').where('id', '=', id).executeTakeFirstOrThrow();
        return row.state === 'bureau_review' ? row.state : undefined;
      });
      assert.equal(state, 'bureau_review');
    }

    // The bureau approves them all at once, half through each process; one process is killed -9 while its
    // approvals are in flight. Every approval that failed is retried on the survivor with the same idempotency key.
    const attempts = ids.map((id, i) =>
      call<{ state: string }>(on(i, 0), 'POST', `/api/v1/applications/${id}/bureau-approve`, { body: {}, cookie: bureau, key: `bureau-${i}` }).then(
        (response) => ({ ok: true as const, response }),
        (error: unknown) => ({ ok: false as const, error }),
      ),
    );
    const victim = a;
    const survivor = b;
    await new Promise((resolve) => setTimeout(resolve, 30));
    victim.child.kill('SIGKILL');
    const outcomes = await Promise.all(attempts);
    assert.equal(await victim.exited, null, 'killed by the signal');
    const lost = outcomes.filter((o) => !o.ok).length;
    const lostIds = ids.filter((_, i) => !outcomes[i]!.ok);
    const committed = lostIds.length ? (await store.selectFrom('applications').select('id').where('id', 'in', lostIds).where('state', '=', 'approved').execute()).length : 0;
    t.diagnostic(`${lost} of ${ids.length} approvals lost their answer to the kill; ${committed} of those had committed`);
    await Promise.all(
      ids.map(async (id, i) => {
        if (outcomes[i]!.ok && outcomes[i]!.response.status === 200) return;
        const retried = await call<{ state: string }>(survivor.url, 'POST', `/api/v1/applications/${id}/bureau-approve`, { body: {}, cookie: bureau, key: `bureau-${i}` });
        assert.equal(retried.status, 200, JSON.stringify(retried.body));
        assert.equal(retried.body.state, 'approved');
      }),
    );

    // A new process takes the killed one's place on the same database and serves the same data.
    const restarted = await startServer(env, await freePort());
    servers.push(restarted);
    assert.doesNotMatch(restarted.output(), /Loading demo data/);

    // Every effect exactly once: one approval and one number per application, the history as the lifecycle says.
    const newFilings = await store.selectFrom('filings').select(['number', 'kind']).execute();
    assert.equal(newFilings.length - demoFilings, APPLICATIONS * 2, 'one subject and one service number each');
    assert.equal(new Set(newFilings.map((f) => f.number)).size, newFilings.length, 'numbers are unique');
    for (const [i, id] of ids.entries()) {
      const application = await store.selectFrom('applications').select(['state']).where('id', '=', id).executeTakeFirstOrThrow();
      assert.equal(application.state, 'approved');
      const actions = (await store.selectFrom('history').select('action').where('entity_id', '=', id).orderBy('seq').execute()).map((r) => r.action);
      const confirms = new Set(people[i]!.map((p) => p.mobile)).size;
      assert.deepEqual(actions, ['create', 'submit', 'providerApprove', ...Array<string>(confirms).fill('smsConfirm'), 'smsComplete', 'bureauApprove'], `history of application ${i}`);
      const lookup = await call<{ number: string }>(restarted.url, 'GET', `/api/v1/applications/${id}`, { cookie: applicant });
      assert.equal(lookup.status, 200);
    }

    // Every notification delivered once: each delivered message reached the inbox exactly once, none is left.
    await eventually('the outbox drained', async () => {
      const pending = await store.selectFrom('outbox').select('id').where('delivered_at', 'is', null).execute();
      return pending.length === 0 ? true : undefined;
    });
    // (The demo's own messages were settled when it was loaded: only this lifecycle's recipients are compared.)
    const delivered = await store.selectFrom('outbox').select(['recipient']).where('topic', 'in', ['sms', 'email']).where('recipient', 'in', [...phones]).execute();
    const inbox = await store.selectFrom('dev_inbox').select(['recipient']).where('recipient', 'in', [...phones]).execute();
    assert.ok(delivered.length >= phones.size, 'a code for every phone, and the notices');
    const tally = (rows: Array<{ recipient: string }>) => rows.reduce((m, r) => m.set(r.recipient, (m.get(r.recipient) ?? 0) + 1), new Map<string, number>());
    assert.deepEqual(tally(inbox), tally(delivered));

    // The history is intact, checked by the command an auditor runs.
    const verify = spawnSync(bin, ['audit', 'verify', '--json'], { env, encoding: 'utf8', timeout: 120_000 });
    assert.equal(verify.status, 0, verify.stdout + verify.stderr);
    assert.equal(JSON.parse(verify.stdout).intact, true);
  });
});
