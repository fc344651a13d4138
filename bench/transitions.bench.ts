// State-transition throughput on PostgreSQL: `DATABASE_URL=postgres://… npm run bench:transitions`.
// Creates a scratch database on that server (dropped afterwards), then, for 1, 8 and 32 concurrent clients, each
// client moving its own application back and forth (submit → provider return → submit …) through the real flows for
// a fixed time. Measured in the same run: a bare transaction of the same shape without history (lock the row, update
// it, commit: the machine's ceiling), the same plus one history row through a single head row for the whole registry
// (the previous design, reproduced on tables of its own), and plus one row in the entity's own chain (this design).
// Then the sealer's and the verifier's throughput over the rows written. Prints a Markdown report.
import { cpus, loadavg, totalmem } from 'node:os';
import { sql, type Transaction } from 'kysely';
import { loadConfig } from '../src/config/config.js';
import { applicationBody } from '../src/domain/form/application-body.js';
import type { Actor } from '../src/flows/actor.js';
import { createApplication } from '../src/flows/create-application.js';
import { returnApplication } from '../src/flows/return-application.js';
import { submitApplication } from '../src/flows/submit-application.js';
import { createFlowDeps } from '../src/runtime/create-flow-deps.js';
import { migrateToLatest } from '../src/store/migrate.js';
import { openDatabase } from '../src/store/open-database.js';
import { appendHistory, GENESIS, historyRowHash, verifyHistoryChain, type HistoryEntry } from '../src/store/history-chain.js';
import { sealHistory } from '../src/store/history-seal.js';
import type { Database } from '../src/store/schema.js';
import { sampleFirstFiling } from '../src/store/seed/sample-filing.js';
import { seedParties } from '../src/store/seed/seed-parties.js';
import { createScratchDatabase } from '../test/support/test-database.js';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('bench:transitions needs PostgreSQL: set DATABASE_URL=postgres://…');
  process.exit(2);
}
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const LEVELS = (process.env.BENCH_CLIENTS ?? '1,8,32').split(',').map(Number);
const maxClients = Math.max(...LEVELS);

const scratch = await createScratchDatabase(url);
const store = await openDatabase({ databaseUrl: scratch.url, poolSize: maxClients + 4 });
try {
  await migrateToLatest(store.db as never);
  const parties = await seedParties(store.db);
  const deps = createFlowDeps(store.db, loadConfig({}));
  const user = async (login: string, role: Actor['role'], partyId: string | null): Promise<Actor> => {
    const row = await store.db.insertInto('users').values({ login, password_hash: 'x', role: role as never, party_id: partyId, display_name: login }).returning('id').executeTakeFirstOrThrow();
    return { userId: row.id, role, partyId, provinceCode: null };
  };
  const provider = await user('provider', 'provider', parties.providers[0]);
  const clients: Array<{ applicant: Actor; applicationId: string }> = [];
  for (let i = 0; i < maxClients; i += 1) {
    const applicant = await user(`applicant-${i}`, 'applicant', null);
    const body = applicationBody.parse(sampleFirstFiling({ n: 7000 + i, channelId: parties.providers[0] }));
    const { applicationId } = await createApplication(deps, applicant, body);
    clients.push({ applicant, applicationId });
  }
  const reasons = [{ code: 'OTHER', note: '补充材料' }];

  /** One transition of a client's application: submit when it is with the applicant, return when it is in review. */
  const flowStep = async (client: (typeof clients)[number], step: number) => {
    if (step % 2 === 0) await submitApplication(deps, client.applicant, { applicationId: client.applicationId });
    else await returnApplication(deps, provider, { applicationId: client.applicationId, by: 'provider', reasons });
  };
  /** The same row lock, update and commit as a transition, without pre-check, history or outbox. */
  const bareStep = async (client: (typeof clients)[number], step: number) => {
    await store.db.transaction().execute(async (trx) => {
      await trx.selectFrom('applications').select('id').where('id', '=', client.applicationId).forUpdate().executeTakeFirstOrThrow();
      await trx.updateTable('applications').set({ updated_at: new Date(), version: sql`version + 1` as never, return_reasons: JSON.stringify([{ step }]) }).where('id', '=', client.applicationId).execute();
    });
  };

  const benchEntry = (client: (typeof clients)[number], step: number): HistoryEntry => ({ at: new Date(), actorUserId: client.applicant.userId, actorRole: 'applicant', actorPartyId: null, entityType: 'application', entityId: client.applicationId, action: 'benchmark', fromState: null, toState: null, reason: null, data: { step } });
  const bareUpdate = async (trx: Transaction<Database>, client: (typeof clients)[number], step: number) => {
    await trx.selectFrom('applications').select('id').where('id', '=', client.applicationId).forUpdate().executeTakeFirstOrThrow();
    await trx.updateTable('applications').set({ updated_at: new Date(), version: sql`version + 1` as never, return_reasons: JSON.stringify([{ step }]) }).where('id', '=', client.applicationId).execute();
  };
  /** The bare transaction plus one history row in its entity's chain (this design). */
  const entityChainStep = (client: (typeof clients)[number], step: number) =>
    store.db.transaction().execute(async (trx) => {
      await bareUpdate(trx, client, step);
      await appendHistory(trx, benchEntry(client, step));
    });
  // The previous design, reproduced on tables of its own: one head row that every change in the registry updates.
  await sql`create table bench_single_head (id integer primary key, seq integer not null, hash text not null)`.execute(store.db);
  await sql`insert into bench_single_head values (1, 0, ${GENESIS})`.execute(store.db);
  await sql`create table bench_single_chain (like history including defaults)`.execute(store.db);
  const singleHeadStep = (client: (typeof clients)[number], step: number) =>
    store.db.transaction().execute(async (trx) => {
      await bareUpdate(trx, client, step);
      const { rows } = await sql<{ seq: number; hash: string }>`update bench_single_head set seq = seq + 1 where id = 1 returning seq, hash`.execute(trx);
      const head = rows[0]!;
      const entry = benchEntry(client, step);
      const hash = historyRowHash({ seq: head.seq }, head.hash, entry);
      await sql`insert into bench_single_chain (seq, at, actor_user_id, actor_role, entity_type, entity_id, action, data, prev_hash, hash)
                values (${head.seq}, ${entry.at}, ${entry.actorUserId}, ${entry.actorRole}, ${entry.entityType}, ${entry.entityId}, ${entry.action}, ${JSON.stringify(entry.data)}, ${head.hash}, ${hash})`.execute(trx);
      await sql`update bench_single_head set hash = ${hash} where id = 1`.execute(trx);
    });

  async function measure(name: string, n: number, step: (client: (typeof clients)[number], step: number) => Promise<void>) {
    const latencies: number[] = [];
    const counts = new Array<number>(n).fill(0);
    const until = performance.now() + SECONDS * 1000;
    await Promise.all(
      clients.slice(0, n).map(async (client, i) => {
        while (performance.now() < until) {
          const started = performance.now();
          await step(client, counts[i]! + (name === 'flows' ? flowPhase[i]! : 0));
          latencies.push(performance.now() - started);
          counts[i]! += 1;
        }
        if (name === 'flows') flowPhase[i] = (flowPhase[i]! + counts[i]!) % 2;
      }),
    );
    latencies.sort((a, b) => a - b);
    const total = counts.reduce((a, b) => a + b, 0);
    return { name, clients: n, perSecond: total / SECONDS, p50: latencies[latencies.length >> 1]!, p99: latencies[Math.floor(latencies.length * 0.99)]! };
  }
  const flowPhase = new Array<number>(maxClients).fill(0);

  const load = loadavg()[0]!.toFixed(1);
  const results = [];
  // Warm-up: connections, plans, JIT.
  await measure('bare', maxClients, bareStep);
  for (const n of LEVELS) {
    results.push(await measure('bare', n, bareStep));
    results.push(await measure('single', n, singleHeadStep));
    results.push(await measure('entity', n, entityChainStep));
    results.push(await measure('flows', n, flowStep));
  }
  const unsealed = Number((await store.db.selectFrom('history_unsealed').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const sealStarted = performance.now();
  const sealed = await sealHistory(store.db);
  const sealSeconds = (performance.now() - sealStarted) / 1000;
  const verifyStarted = performance.now();
  const chain = await verifyHistoryChain(store.db);
  const verifySeconds = (performance.now() - verifyStarted) / 1000;
  const settings = await sql<{ name: string; setting: string }>`select name, setting from pg_settings where name in ('synchronous_commit', 'fsync', 'max_connections', 'shared_buffers')`.execute(store.db);
  const version = await sql<{ v: string }>`select current_setting('server_version') as v`.execute(store.db);

  const lines = [
    `Machine: ${cpus().length} CPUs (${cpus()[0]?.model.trim()}), ${(totalmem() / 1024 ** 3).toFixed(1)} GiB; Node ${process.version}; PostgreSQL ${version.rows[0]!.v} on the same machine (${settings.rows.map((r) => `${r.name}=${r.setting}`).join(', ')}); ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; load average ${load} → ${loadavg()[0]!.toFixed(1)}; ${SECONDS} s per measurement.`,
    '',
    '| workload | clients | transitions/s | × 1 client | × bare | p50 ms | p99 ms |',
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  const labels: Record<string, string> = {
    bare: 'bare row update (ceiling)',
    single: 'bare + history row, one head for all (previous design)',
    entity: 'bare + history row, one chain per entity',
    flows: 'submit / provider return (whole flows)',
  };
  for (const r of results) {
    const one = results.find((x) => x.name === r.name && x.clients === LEVELS[0])!;
    const bare = results.find((x) => x.name === 'bare' && x.clients === r.clients)!;
    lines.push(`| ${labels[r.name]} | ${r.clients} | ${r.perSecond.toFixed(0)} | ${(r.perSecond / one.perSecond).toFixed(2)} | ${(r.perSecond / bare.perSecond).toFixed(2)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} |`);
  }
  lines.push(
    '',
    `Sealing the ${unsealed} rows written during the run into the log: ${sealed} rows in ${sealSeconds.toFixed(2)} s = ${(sealed / sealSeconds).toFixed(0)} rows/s (one process, batches of 2000).`,
    `beian audit verify over ${chain.rows} rows: ${verifySeconds.toFixed(2)} s = ${(chain.rows / verifySeconds).toFixed(0)} rows/s; ${chain.intact ? 'intact' : `BROKEN at ${chain.brokenAt}: ${chain.problem}`}.`,
  );
  console.log(lines.join('\n'));
} finally {
  await store.close();
  await scratch.drop();
}
