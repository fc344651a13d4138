import { loadConfig } from '../../config/config.js';
import { buildApp } from '../../http/build-app.js';
import { startJobLoop } from '../../jobs/job-loop.js';
import { createGateways } from '../../runtime/create-gateways.js';
import { openRuntime } from '../../runtime/open-runtime.js';
import { DEMO_PASSWORD, seedDemo } from '../../runtime/seed-demo.js';
import type { CliIo } from '../cli-io.js';

/** beian serve — the HTTP API and background jobs; seeds the demo on an empty database unless BEIAN_DEMO=0. */
export async function serve(args: string[], io: CliIo): Promise<number> {
  if (args.length > 0 && args[0] !== '--help') {
    io.err(`beian serve: unexpected argument ${args[0]}`);
    return 2;
  }
  if (args[0] === '--help') {
    io.out('Usage: beian serve   (settings from the environment: PORT, HOST, DATABASE_URL, BEIAN_DATA_DIR, BEIAN_DEMO, …)');
    return 0;
  }
  const config = loadConfig();
  const runtime = await openRuntime(config);
  const where = runtime.store.kind === 'postgres' ? 'PostgreSQL' : `embedded PGlite in ${config.dataDir}`;
  if (config.demo) {
    const empty = (await runtime.store.db.selectFrom('parties').select('id').limit(1).execute()).length === 0;
    if (empty) {
      io.out('Loading demo data (first start)…');
      const { logins, filings } = await seedDemo(runtime.deps);
      io.out(`Demo: ${filings} approved filings. Every demo account's password is "${DEMO_PASSWORD}":`);
      for (const login of logins.filter((l) => !l.login.startsWith('bureau-') || ['bureau-110000', 'bureau-310000', 'bureau-440000'].includes(l.login))) {
        io.out(`  ${login.login.padEnd(16)} ${login.role.padEnd(10)} ${login.party}`);
      }
      io.out('  bureau-<province code> for every other provincial bureau (e.g. bureau-510000)');
    }
  }
  const app = await buildApp(runtime.deps, config);
  const gateways = createGateways(runtime.store.db, config);
  const stopJobs = startJobLoop(runtime.deps, { intervalSeconds: config.sweepIntervalSeconds, log: app.log, gateways, outboxLeaseMs: config.gateways.outboxLeaseSeconds * 1000 });
  const address = await app.listen({ port: config.port, host: config.host });
  io.out(`Beian is serving on ${address.replace('[::1]', 'localhost').replace('127.0.0.1', 'localhost')} (${where}); API docs at /api/docs${config.demo ? ', developer inbox at /dev/inbox' : ''}`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await stopJobs();
  gateways.close();
  await app.close();
  await runtime.close();
  return 0;
}
