import { shanghaiDateOf } from '../../domain/calendar/index.js';
import { maxSubjectSequence } from '../../domain/numbers/number-limits.js';
import { defaultRegions } from '../../domain/regions/index.js';
import type { OpenDatabase } from '../../store/open-database.js';
import { copyLoader, insertLoader, type BulkLoader } from './bulk-load.js';
import { emptyRows, seededRandom, syntheticSubject } from './synthetic-filings.js';

export class NoAccessProvider extends Error {}

/**
 * Adds `total` synthetic service filings with their subjects, in batches of about 5,000 (COPY on PostgreSQL —
 * `databaseUrl` — multi-row INSERTs on PGlite), and moves each province's number sequence past the numbers used.
 * `onProgress` gets the service filings written so far after each batch.
 */
export async function generateFilings(
  store: OpenDatabase,
  options: { total: number; seed: number; databaseUrl?: string | undefined; now?: Date; onProgress?: (done: number) => void },
): Promise<{ serviceFilings: number; subjects: number }> {
  const db = store.db;
  const provider = await db.selectFrom('parties').select('id').where('kind', '=', 'access_provider').orderBy('created_at').limit(1).executeTakeFirst();
  if (!provider) throw new NoAccessProvider('no access provider in the database');
  const now = options.now ?? new Date();
  const year = Number(shanghaiDateOf(now).slice(0, 4));
  const existing = await db.selectFrom('number_sequences').select(['province_code', 'last_value']).where('year', '=', year).execute();
  const next = new Map(defaultRegions.map((r) => [r.code, 0]));
  for (const row of existing) next.set(row.province_code, row.last_value);
  const serialBase = Number((await db.selectFrom('subjects').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  const loader: BulkLoader = store.kind === 'postgres' ? await copyLoader(options.databaseUrl!) : insertLoader(db);
  const random = seededRandom(options.seed);
  let done = 0;
  let subjects = 0;
  try {
    while (done < options.total) {
      const rows = emptyRows();
      while (rows.serviceFilings < 5000 && done + rows.serviceFilings < options.total) {
        const region = defaultRegions[subjects % defaultRegions.length]!;
        const sequence = next.get(region.code)! + 1;
        if (sequence > maxSubjectSequence) throw new Error(`the ${region.code} sequence of ${year} is full`);
        next.set(region.code, sequence);
        syntheticSubject(random, { region, year, sequence, serial: serialBase + subjects }, provider.id, now, rows, Math.min(4, options.total - done - rows.serviceFilings));
        subjects += 1;
      }
      await loader.load(rows);
      done += rows.serviceFilings;
      options.onProgress?.(done);
    }
  } finally {
    await loader.close();
  }
  for (const [provinceCode, lastValue] of next) {
    if (lastValue === 0) continue;
    await db
      .insertInto('number_sequences')
      .values({ province_code: provinceCode, year, last_value: lastValue })
      .onConflict((oc) => oc.columns(['province_code', 'year']).doUpdateSet({ last_value: lastValue }))
      .execute();
  }
  return { serviceFilings: done, subjects };
}
