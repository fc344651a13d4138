import { loadConfig } from '../../config/config.js';
import { openRuntime } from '../../runtime/open-runtime.js';
import { migrateToLatest } from '../../store/migrate.js';
import type { CliIo } from '../cli-io.js';

/** beian db migrate — applies pending migrations to the configured database. */
export async function db(args: string[], io: CliIo): Promise<number> {
  if (args[0] !== 'migrate' || args.length > 1) {
    io.err('Usage: beian db migrate');
    return 2;
  }
  const runtime = await openRuntime(loadConfig(), { migrate: false });
  try {
    const applied = await migrateToLatest(runtime.store.db as never);
    io.out(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : 'The database is up to date.');
    return 0;
  } finally {
    await runtime.close();
  }
}
