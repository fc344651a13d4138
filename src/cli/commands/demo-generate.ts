import { parseArgs } from 'node:util';
import { loadConfig } from '../../config/config.js';
import { openRuntime } from '../../runtime/open-runtime.js';
import { generateFilings, NoAccessProvider } from '../../runtime/synthetic/generate-filings.js';
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
    /** A line of its own for a step without a count (building indexes). */
    note(text: string) {
      if (stream.isTTY) stream.write(`\n${text}`);
    },
    finish() {
      if (stream.isTTY) stream.write('\n');
    },
  };
}

/**
 * beian demo generate --filings N — fills the database with N synthetic service filings (and their subjects: Chinese
 * company names from syllable tables, 1–4 services each, app packages with signature MD5s, domains, access through the
 * first access provider), loaded in bulk in one transaction — COPY from the client on PostgreSQL, from a blob on PGlite —
 * with their rows of the registry read model and their change-feed events. Numbers continue each province's sequence
 * of the current year, which is moved past them.
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
  try {
    const bar = progressBar(total);
    const started = performance.now();
    const { serviceFilings, subjects, rebuiltIndexes } = await generateFilings(runtime.store, {
      total,
      seed,
      databaseUrl: config.databaseUrl,
      onProgress: (done) => bar.update(done),
      onPhase: (phase) => phase === 'indexing' && bar.note('building indexes and checking keys…'),
    });
    bar.finish();
    const seconds = (performance.now() - started) / 1000;
    io.out(`Generated ${serviceFilings} service filings of ${subjects} subjects in ${seconds.toFixed(1)} s (${Math.round(serviceFilings / seconds)} filings/s, COPY in one transaction${rebuiltIndexes ? ', indexes and keys built after loading' : ''}).`);
    return 0;
  } catch (error) {
    if (!(error instanceof NoAccessProvider)) throw error;
    io.err('beian demo generate: no access provider in the database; run `beian demo seed` first (or start once in demo mode)');
    return 1;
  } finally {
    await runtime.close();
  }
}
