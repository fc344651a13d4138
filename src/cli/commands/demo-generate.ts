import { parseArgs } from 'node:util';
import { shanghaiDateOf } from '../../domain/calendar/index.js';
import { maxSubjectSequence } from '../../domain/numbers/number-limits.js';
import { defaultRegions } from '../../domain/regions/index.js';
import { loadConfig } from '../../config/config.js';
import { openRuntime } from '../../runtime/open-runtime.js';
import { copyLoader, insertLoader, type BulkLoader } from '../../runtime/synthetic/bulk-load.js';
import { emptyRows, seededRandom, syntheticSubject } from '../../runtime/synthetic/synthetic-filings.js';
import type { CliIo } from '../cli-io.js';

const usage = 'Usage: beian demo generate --filings N [--seed S]   (N service filings, 1 to 10,000,000)';

/** A progress bar on standard error, redrawn in place, when standard error is a terminal. */
function progressBar(total: number, stream: NodeJS.WriteStream = process.stderr) {
  const started = performance.now();
  return {
    update(done: number) {
      if (!stream.isTTY) return;
      const seconds = (performance.now() - started) / 1000;
      const rate = done / Math.max(seconds, 0.001);
      const width = 30;
      const filled = Math.round((done / total) * width);
      const eta = rate > 0 ? Math.ceil((total - done) / rate) : 0;
      stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${Math.floor((done / total) * 100)}% ${done.toLocaleString('en')}/${total.toLocaleString('en')} filings · ${Math.round(rate).toLocaleString('en')}/s · ETA ${eta} s  `);
    },
    finish() {
      if (stream.isTTY) stream.write('\n');
    },
  };
}

/**
 * beian demo generate --filings N — fills the database with N synthetic service filings (and their subjects: Chinese
 * company names from syllable tables, 1–4 services each, app packages with signature MD5s, domains, access through the
 * first access provider), loaded in bulk: COPY on PostgreSQL, multi-row INSERTs on PGlite, with their rows of the registry
 * read model. Numbers continue each
 * province's sequence of the current year, which is moved past them.
 */
export async function demoGenerate(args: string[], io: CliIo): Promise<number> {
  let values;
  try {
    values = parseArgs({ args, options: { filings: { type: 'string' }, seed: { type: 'string' } }, strict: true, allowPositionals: false }).values;
  } catch (error) {
    io.err(`beian demo generate: ${(error as Error).message}`);
    io.err(usage);
    return 2;
  }
  const total = Number(values.filings);
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (!values.filings || !/^\d+$/.test(values.filings) || total < 1 || total > 10_000_000 || !Number.isSafeInteger(seed)) {
    io.err(usage);
    return 2;
  }
  const config = loadConfig();
  const runtime = await openRuntime(config);
  let loader: BulkLoader | undefined;
  try {
    const db = runtime.store.db;
    const provider = await db.selectFrom('parties').select('id').where('kind', '=', 'access_provider').orderBy('created_at').limit(1).executeTakeFirst();
    if (!provider) {
      io.err('beian demo generate: no access provider in the database; run `beian demo seed` first (or start once in demo mode)');
      return 1;
    }
    const now = new Date();
    const year = Number(shanghaiDateOf(now).slice(0, 4));
    const existing = await db.selectFrom('number_sequences').select(['province_code', 'last_value']).where('year', '=', year).execute();
    const next = new Map(defaultRegions.map((r) => [r.code, 0]));
    for (const row of existing) next.set(row.province_code, row.last_value);
    const serialBase = (await db.selectFrom('subjects').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;

    loader = runtime.store.kind === 'postgres' ? await copyLoader(config.databaseUrl!) : insertLoader(db);
    const random = seededRandom(seed);
    const bar = progressBar(total);
    const started = performance.now();
    let done = 0;
    let subjects = 0;
    while (done < total) {
      const rows = emptyRows();
      while (rows.serviceFilings < 5000 && done + rows.serviceFilings < total) {
        const region = defaultRegions[subjects % defaultRegions.length]!;
        const sequence = next.get(region.code)! + 1;
        if (sequence > maxSubjectSequence) throw new Error(`the ${region.code} sequence of ${year} is full`);
        next.set(region.code, sequence);
        syntheticSubject(random, { region, year, sequence, serial: Number(serialBase) + subjects }, provider.id, now, rows, Math.min(4, total - done - rows.serviceFilings));
        subjects += 1;
      }
      await loader.load(rows);
      done += rows.serviceFilings;
      bar.update(done);
    }
    bar.finish();
    for (const [provinceCode, lastValue] of next) {
      if (lastValue === 0) continue;
      await db
        .insertInto('number_sequences')
        .values({ province_code: provinceCode, year, last_value: lastValue })
        .onConflict((oc) => oc.columns(['province_code', 'year']).doUpdateSet({ last_value: lastValue }))
        .execute();
    }
    const seconds = (performance.now() - started) / 1000;
    io.out(`Generated ${done} service filings of ${subjects} subjects in ${seconds.toFixed(1)} s (${Math.round(done / seconds)} filings/s, ${runtime.store.kind === 'postgres' ? 'COPY' : 'multi-row INSERT'}).`);
    return 0;
  } finally {
    await loader?.close();
    await runtime.close();
  }
}
