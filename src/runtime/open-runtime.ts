import type { Config } from '../config/config.js';
import { loadFilingTlds } from '../domain/codes/filing-tlds.js';
import type { FlowDeps } from '../flows/flow-deps.js';
import { outboxNotifier } from '../flows/notifier.js';
import { migrateToLatest } from '../store/migrate.js';
import { openDatabase, type OpenDatabase } from '../store/open-database.js';
import { loadRegionTable } from './load-region-table.js';

export interface Runtime {
  config: Config;
  store: OpenDatabase;
  deps: FlowDeps;
  close(): Promise<void>;
}

/** Opens the configured database (PostgreSQL or embedded PGlite), applies pending migrations, and builds the flows' deps. */
export async function openRuntime(config: Config, options: { migrate?: boolean } = {}): Promise<Runtime> {
  const regions = loadRegionTable(config.regionsFile);
  const store = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  if (options.migrate !== false) await migrateToLatest(store.db as never);
  const deps: FlowDeps = {
    db: store.db,
    policy: config.policy,
    regions,
    notifier: outboxNotifier,
    filingTlds: loadFilingTlds(),
    publicUrl: config.publicUrl,
    now: () => new Date(),
  };
  return { config, store, deps, close: () => store.close() };
}
