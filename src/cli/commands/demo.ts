import { loadConfig } from '../../config/config.js';
import { buildDemoTemplate, demoTemplateDir } from '../../runtime/demo-template.js';
import { openRuntime } from '../../runtime/open-runtime.js';
import { DEMO_PASSWORD, seedDemo } from '../../runtime/seed-demo.js';
import type { CliIo } from '../cli-io.js';

/**
 * beian demo seed — loads the demo parties, accounts and filings into an empty database.
 * beian demo template — (re)builds the demo template that first starts on the embedded database copy.
 * beian demo generate --filings N — adds N synthetic filings in bulk (see demo-generate.ts).
 */
export async function demo(args: string[], io: CliIo): Promise<number> {
  if (args[0] === 'generate') return (await import('./demo-generate.js')).demoGenerate(args.slice(1), io);
  if (args[0] === 'template' && args.length === 1) {
    const dir = demoTemplateDir();
    const { filings } = await buildDemoTemplate(loadConfig(), dir, { replace: true });
    io.out(`Demo template with ${filings} approved filings in ${dir}`);
    return 0;
  }
  if (args[0] !== 'seed' || args.length > 1) {
    io.err('Usage: beian demo seed | beian demo template | beian demo generate --filings N');
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
