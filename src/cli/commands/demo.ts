import { loadConfig } from '../../config/config.js';
import { openRuntime } from '../../runtime/open-runtime.js';
import { DEMO_PASSWORD, seedDemo } from '../../runtime/seed-demo.js';
import type { CliIo } from '../cli-io.js';

/** beian demo seed — loads the demo parties, accounts and filings into an empty database. */
export async function demo(args: string[], io: CliIo): Promise<number> {
  if (args[0] !== 'seed' || args.length > 1) {
    io.err('Usage: beian demo seed');
    return 2;
  }
  const runtime = await openRuntime(loadConfig());
  try {
    const existing = await runtime.store.db.selectFrom('parties').select('id').limit(1).execute();
    if (existing.length > 0) {
      io.err('beian demo seed: the database already has data; demo data goes only into an empty database');
      return 1;
    }
    const { logins, filings } = await seedDemo(runtime.deps);
    io.out(`Seeded ${filings} approved filings and ${logins.length} accounts (password "${DEMO_PASSWORD}").`);
    return 0;
  } finally {
    await runtime.close();
  }
}
