import { shanghaiDateOf } from '../../domain/calendar/index.js';
import { maxSubjectSequence } from '../../domain/numbers/number-limits.js';
import { defaultRegions } from '../../domain/regions/index.js';
import type { OpenDatabase } from '../../store/open-database.js';
import { withPgliteSession, withPostgresSession, type BulkSession } from './bulk-load.js';
import { deferIndexes } from './deferred-indexes.js';
import { emptyBatch, seededRandom, syntheticSubject, syntheticTables, timeOrderedIds, type SyntheticBatch, type SyntheticTable } from './synthetic-filings.js';

export class NoAccessProvider extends Error {}

/** What the load is doing, for a progress display: writing rows, then (on a large load) rebuilding indexes and keys. */
export type GeneratePhase = 'loading' | 'indexing' | 'done';

export interface GenerateOptions {
  total: number;
  seed: number;
  /** PostgreSQL's URL (the load runs on a connection of its own); absent on PGlite. */
  databaseUrl?: string | undefined;
  now?: Date;
  /** Service filings per COPY batch (default 5,000). */
  batchSize?: number;
  /**
   * Drop the secondary indexes and foreign keys of the tables filled, and build them again after the load: by default
   * when the load more than doubles the filings in the database.
   */
  rebuildIndexes?: boolean;
  onProgress?: (done: number) => void;
  onPhase?: (phase: GeneratePhase) => void;
}

/** The tables a load writes into (the change feed's events come from the trigger on `filings`). */
const filledTables = [...Object.keys(syntheticTables), 'filing_events'];

/**
 * Adds `total` synthetic service filings with their subjects, in one transaction: COPY per table in batches of about
 * 5,000 service filings (from the client on PostgreSQL, from a blob on PGlite), with the registry read model's rows;
 * the change feed's `approved` events are written by the insert trigger on `filings`, once per batch. Moves each
 * province's number sequence past the numbers used. `onProgress` gets the service filings written after each batch.
 */
export async function generateFilings(store: OpenDatabase, options: GenerateOptions): Promise<{ serviceFilings: number; subjects: number; rebuiltIndexes: boolean }> {
  const work = (session: BulkSession) => load(session, options);
  if (store.kind === 'postgres') {
    if (!options.databaseUrl) throw new Error('generateFilings on PostgreSQL needs the database URL');
    return withPostgresSession(options.databaseUrl, work);
  }
  return withPgliteSession(store.pglite!, work);
}

async function load(session: BulkSession, options: GenerateOptions): Promise<{ serviceFilings: number; subjects: number; rebuiltIndexes: boolean }> {
  const provider = (await session.query<{ id: string }>(`select id from parties where kind = 'access_provider' order by created_at limit 1`))[0];
  if (!provider) throw new NoAccessProvider('no access provider in the database');
  const now = options.now ?? new Date();
  const year = Number(shanghaiDateOf(now).slice(0, 4));
  // Numbers continue each province's sequence of the year; the rows stay locked until the load commits.
  const existing = await session.query<{ province_code: string; last_value: number }>(
    'select province_code, last_value from number_sequences where year = $1 for update',
    [year],
  );
  const next = new Map(defaultRegions.map((r) => [r.code, 0]));
  for (const row of existing) next.set(row.province_code, Number(row.last_value));
  const counts = (await session.query<{ subjects: string; filings: string }>('select (select count(*) from subjects) as subjects, (select count(*) from filings) as filings'))[0]!;
  const serialBase = Number(counts.subjects);

  await session.query(`set local maintenance_work_mem = '256MB'`);
  const rebuild = options.rebuildIndexes ?? options.total > Number(counts.filings);
  const deferred = rebuild ? await deferIndexes(session, filledTables) : undefined;

  const nextId = timeOrderedIds(now);
  const random = seededRandom(options.seed);
  const batchSize = options.batchSize ?? 5000;
  const tables = Object.entries(syntheticTables) as [SyntheticTable, readonly string[]][];
  let built = 0;
  let subjects = 0;
  /** The next batch; on PostgreSQL it yields now and then, so the batch before it streams to the server meanwhile. */
  const buildBatch = async () => {
    const batch = emptyBatch();
    while (batch.serviceFilings < batchSize && built + batch.serviceFilings < options.total) {
      const region = defaultRegions[subjects % defaultRegions.length]!;
      const sequence = next.get(region.code)! + 1;
      if (sequence > maxSubjectSequence) throw new Error(`the ${region.code} sequence of ${year} is full`);
      next.set(region.code, sequence);
      const slot = { region, year, sequence, serial: serialBase + subjects };
      syntheticSubject(random, nextId, slot, provider.id, now, batch, Math.min(4, options.total - built - batch.serviceFilings));
      subjects += 1;
      if (session.concurrent && subjects % 200 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    built += batch.serviceFilings;
    return batch;
  };
  const write = async (batch: SyntheticBatch) => {
    for (const [table, columns] of tables) await session.copy(table, columns, batch.lines[table].bytes());
    done += batch.serviceFilings;
    options.onProgress?.(done);
  };
  let done = 0;
  options.onPhase?.('loading');
  let writing: Promise<void> | undefined;
  try {
    while (built < options.total) {
      const batch = await buildBatch();
      await writing;
      writing = write(batch);
      writing.catch(() => {}); // awaited before the next batch, or in finally
    }
  } finally {
    await writing;
  }
  if (deferred) {
    options.onPhase?.('indexing');
    await deferred.restore();
  }
  for (const [provinceCode, lastValue] of next) {
    if (lastValue === 0) continue;
    await session.query(
      `insert into number_sequences (province_code, year, last_value) values ($1, $2, $3)
       on conflict (province_code, year) do update set last_value = excluded.last_value`,
      [provinceCode, year, lastValue],
    );
  }
  options.onPhase?.('done');
  return { serviceFilings: done, subjects, rebuiltIndexes: rebuild };
}
