import type { Config } from '../config/config.js';
import type { FlowDeps } from '../flows/flow-deps.js';
import { migrateToLatest } from '../store/migrate.js';
import { openDatabase, type OpenDatabase } from '../store/open-database.js';
import { createFlowDeps } from './create-flow-deps.js';

export interface Runtime {
  config: Config;
  store: OpenDatabase;
  deps: FlowDeps;
  close(): Promise<void>;
}

/** Opens the configured database (PostgreSQL or embedded PGlite), applies pending migrations, and builds the flows' deps. */
export async function openRuntime(config: Config, options: { migrate?: boolean } = {}): Promise<Runtime> {
  const store = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  if (options.migrate !== false) await migrateToLatest(store.db as never);
  const deps = createFlowDeps(store.db, config);
  return { config, store, deps, close: () => store.close() };
}
