import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { createScratchDatabase, openTestDatabase } from '../../../test/support/test-database.js';
import { verifyHistoryChain } from '../../store/history-chain.js';
import { migrateToLatest } from '../../store/migrate.js';
import { openDatabase, type OpenDatabase } from '../../store/open-database.js';
import type { Database } from '../../store/schema.js';
import { seedParties } from '../../store/seed/seed-parties.js';
import { generateFilings } from './generate-filings.js';

/** Every index and constraint of the tables a load fills, by name, with its definition. */
async function schemaOf(db: Kysely<Database>): Promise<string[]> {
  const tables = ['subjects', 'services', 'filings', 'service_features', 'service_domains', 'service_access', 'registry_filings', 'registry_packages', 'registry_domains', 'filing_events'];
  const indexes = await sql<{ d: string }>`select indexname || ': ' || indexdef as d from pg_indexes where tablename = any(${tables}::text[])`.execute(db);
  const constraints = await sql<{ d: string }>`
    select c.relname || '.' || k.conname || ': ' || pg_get_constraintdef(k.oid) as d
      from pg_constraint k join pg_class c on c.oid = k.conrelid where c.relname = any(${tables}::text[])`.execute(db);
  return [...indexes.rows, ...constraints.rows].map((r) => r.d).sort();
}

/** The registry read model's rows of the synthetic subjects, in a stable order. */
async function registryOf(db: Kysely<Database>): Promise<unknown[]> {
  const synthetic = sql`(select id from subjects where certificate_key like 'SYN:%')`;
  const filings = await sql`select f.*, array(select unnest(f.name_grams) order by 1) as grams from registry_filings f where subject_id in ${synthetic} order by filing_id`.execute(db);
  const packages = await sql`select p.* from registry_packages p join registry_filings f using (filing_id) where f.subject_id in ${synthetic} order by 1, 2, 3`.execute(db);
  const domains = await sql`select d.* from registry_domains d join registry_filings f using (filing_id) where f.subject_id in ${synthetic} order by 1, 2`.execute(db);
  return [filings.rows.map((row) => ({ ...(row as Record<string, unknown>), name_grams: undefined })), packages.rows, domains.rows];
}

describe('generateFilings: a bulk load leaves the database as flows writing row by row would', () => {
  let store: OpenDatabase;
  let databaseUrl: string | undefined;
  let drop = async () => {};
  before(async () => {
    if (process.env.DATABASE_URL) {
      const scratch = await createScratchDatabase(process.env.DATABASE_URL);
      store = await openDatabase({ databaseUrl: scratch.url, poolSize: 4 });
      await migrateToLatest(store.db as never);
      databaseUrl = scratch.url;
      drop = scratch.drop;
    } else {
      store = await openTestDatabase();
    }
    await seedParties(store.db);
  });
  after(async () => {
    await store.close();
    await drop();
  });

  it('keeps every index and key, and the registry rows, feed events and name grams match what the database derives', async () => {
    const db = store.db;
    const schemaBefore = await schemaOf(db);
    // A first load large enough to build indexes afterwards, then one written with them in place.
    const first = await generateFilings(store, { total: 300, seed: 3, databaseUrl, batchSize: 120 });
    assert.equal(first.rebuiltIndexes, true);
    const second = await generateFilings(store, { total: 200, seed: 4, databaseUrl, batchSize: 120 });
    assert.equal(second.rebuiltIndexes, false);
    assert.deepEqual(await schemaOf(db), schemaBefore, 'indexes and constraints as before the loads');

    const counts = await sql<{ subjects: number; services: number; filings: number }>`
      select (select count(*) from subjects where certificate_key like 'SYN:%')::int as subjects,
             (select count(*) from filings f join subjects s on s.id = f.subject_id where s.certificate_key like 'SYN:%' and f.kind = 'service')::int as services,
             (select count(*) from filings f join subjects s on s.id = f.subject_id where s.certificate_key like 'SYN:%')::int as filings`.execute(db);
    assert.deepEqual(counts.rows[0], { subjects: first.subjects + second.subjects, services: 500, filings: first.subjects + second.subjects + 500 });

    // The read model as the flows' refresh would write it from the filings, subjects, services, features and domains.
    const loaded = await registryOf(db);
    await sql`select registry_refresh_subjects(array(select id from subjects where certificate_key like 'SYN:%'))`.execute(db);
    assert.deepEqual(loaded, await registryOf(db));

    // One `approved` event per filing, with the snapshot the per-row trigger used to take.
    const events = await sql<{ filings: number; events: number; mismatched: number }>`
      select count(distinct f.id)::int as filings, count(e.id)::int as events,
             count(*) filter (where e.data is distinct from jsonb_build_object(
               'number', f.number, 'kind', f.kind, 'status', f.status, 'subject_name', s.name, 'nature', s.nature,
               'service_name', v.name, 'service_type', f.service_type, 'province_code', f.province_code,
               'approved_at', f.approved_at, 'shell', f.shell, 'access_limited', f.access_limited)
               or e.at <> f.approved_at or e.number <> f.number)::int as mismatched
        from filings f
        join subjects s on s.id = f.subject_id
        left join services v on v.id = f.service_id
        left join filing_events e on e.filing_id = f.id and e.type = 'approved'
       where s.certificate_key like 'SYN:%'`.execute(db);
    assert.deepEqual(events.rows[0], { filings: counts.rows[0]!.filings, events: counts.rows[0]!.filings, mismatched: 0 });

    // The inlined grams hold the same set as the sorted form, for every name.
    const grams = await sql<{ n: number }>`
      select count(*)::int as n from registry_filings
       where not (name_grams @> (registry_grams_sorted(subject_name) || registry_grams_sorted(coalesce(service_name, '')))
                  and (registry_grams_sorted(subject_name) || registry_grams_sorted(coalesce(service_name, ''))) @> name_grams)`.execute(db);
    assert.equal(grams.rows[0]!.n, 0);
    const search = await sql<{ n: number }>`select count(*)::int as n from registry_filings where name_grams @> array['有限', '有']`.execute(db);
    assert.ok(search.rows[0]!.n >= counts.rows[0]!.filings);

    const sequences = await db.selectFrom('number_sequences').select((eb) => eb.fn.sum<number>('last_value').as('n')).executeTakeFirstOrThrow();
    assert.ok(Number(sequences.n) >= first.subjects + second.subjects);
    assert.equal((await verifyHistoryChain(db)).intact, true);
  });

  it('leaves nothing behind when a load fails, the indexes it dropped included', async () => {
    const db = store.db;
    const count = async () => (await sql<{ n: number }>`select count(*)::int as n from filings`.execute(db)).rows[0]!.n;
    const schemaBefore = await schemaOf(db);
    const filingsBefore = await count();
    // With the year's sequences moved back, the load reuses filed numbers: the unique numbers refuse the batch.
    await sql`update number_sequences set last_value = 0`.execute(db);
    await assert.rejects(generateFilings(store, { total: 50, seed: 5, databaseUrl, rebuildIndexes: true }), /unique|duplicate/i);
    assert.equal(await count(), filingsBefore);
    assert.deepEqual(await schemaOf(db), schemaBefore);
  });
});
