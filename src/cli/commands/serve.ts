import { loadConfig } from '../../config/config.js';
import { buildApp } from '../../http/build-app.js';
import { startJobLoop } from '../../jobs/job-loop.js';
import { createGateways } from '../../runtime/create-gateways.js';
import { openRuntime } from '../../runtime/open-runtime.js';
import { isEmptyDataDir, startFromDemoTemplate } from '../../runtime/demo-template.js';
import { DEMO_PASSWORD, seedDemo, type DemoLogin } from '../../runtime/seed-demo.js';
import { lockKeys, withAdvisoryLock } from '../../store/advisory-lock.js';
import type { CliIo } from '../cli-io.js';
import { leaveCluster, serveWorkers } from './serve-workers.js';

function printDemo(io: CliIo, { logins, filings }: { logins: DemoLogin[]; filings: number }): void {
  io.out(`Demo: ${filings} approved filings. Every demo account's password is "${DEMO_PASSWORD}":`);
  for (const login of logins.filter((l) => !l.login.startsWith('bureau-') || ['bureau-110000', 'bureau-310000', 'bureau-440000'].includes(l.login))) {
    io.out(`  ${login.login.padEnd(16)} ${login.role.padEnd(10)} ${login.party}`);
  }
  io.out('  bureau-<province code> for every other provincial bureau (e.g. bureau-510000)');
}

/**
 * beian serve — the HTTP API and background jobs. In demo mode (the default only with the embedded database) it seeds
 * the demo into an empty database and says so in its output and log.
 */
export async function serve(args: string[], io: CliIo): Promise<number> {
  if (args[0] === '--help') {
    io.out('Usage: beian serve [--workers N]   (settings from the environment: PORT, HOST, DATABASE_URL, BEIAN_DATA_DIR, BEIAN_DEMO, …)');
    io.out('  --workers N   N server processes sharing the port (needs DATABASE_URL)');
    return 0;
  }
  if (args[0] === '--workers' && args.length === 2) {
    const count = Number(args[1]);
    if (!Number.isInteger(count) || count < 1 || count > 256) {
      io.err(`beian serve: --workers takes a whole number from 1 to 256, not ${args[1]}`);
      return 2;
    }
    if (count > 1) return serveWorkers(count, io);
  } else if (args.length > 0) {
    io.err(`beian serve: unexpected argument ${args[0]}`);
    return 2;
  }
  const config = loadConfig();
  // A first demo start on the embedded database copies the demo template rather than building the database anew.
  const fromTemplate = config.demo && !config.databaseUrl && isEmptyDataDir(config.dataDir) ? await startFromDemoTemplate(config, new Date()) : null;
  if (fromTemplate) printDemo(io, fromTemplate);
  const runtime = await openRuntime(config);
  const where = runtime.store.kind === 'postgres' ? 'PostgreSQL' : `embedded PGlite in ${config.dataDir}`;
  // Processes starting together on one database take turns here, so the demo is loaded once.
  await withAdvisoryLock(runtime.store, lockKeys.startup, async () => {
    if (!config.demo) return;
    const empty = (await runtime.store.db.selectFrom('parties').select('id').limit(1).execute()).length === 0;
    if (empty) {
      io.out('Loading demo data (first start)…');
      printDemo(io, await seedDemo(runtime.deps));
    }
  });
  const app = await buildApp(runtime.deps, config);
  if (config.demo) {
    const notice = '演示模式：数据虚构，密码公开，短信验证码在开发收件箱中，不可用于真实备案。 DEMO MODE: invented data, published demo passwords, SMS codes in the developer inbox. Not for real filings; production runs with DATABASE_URL (demo off unless BEIAN_DEMO=1).';
    io.out(notice);
    app.log.warn(notice);
  }
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
  leaveCluster();
  return 0;
}
