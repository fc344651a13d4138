import type { CliIo } from './cli-io.js';
import { guardClosedPipes, processIo } from './cli-io.js';

/** A subcommand: receives its own arguments, returns the process exit code. Loaded lazily so each stays fast. */
export type Command = (args: string[], io: CliIo) => Promise<number>;

const commands: Record<string, { summary: string; load: () => Promise<Command> }> = {
  serve: { summary: 'serve the HTTP API and portals', load: async () => (await import('./commands/serve.js')).serve },
  db: { summary: 'db migrate — apply pending migrations', load: async () => (await import('./commands/db.js')).db },
  demo: { summary: 'demo seed — load demo parties, accounts and filings; demo generate --filings N — N synthetic filings in bulk', load: async () => (await import('./commands/demo.js')).demo },
  admin: {
    summary: 'admin create-user --role ministry --login LOGIN [--password-stdin] — the first ministry account',
    load: async () => (await import('./commands/admin.js')).admin,
  },
  audit: { summary: 'audit verify — prove the history hash chain intact', load: async () => (await import('./commands/audit.js')).audit },
  subjects: {
    summary: 'subjects duplicates [--json] — subjects filed twice under one certificate number',
    load: async () => (await import('./commands/subjects.js')).subjects,
  },
  import: {
    summary: 'import FILE [--bureau CODE] [--json] — import existing subjects and website filings with their numbers (CSV or NDJSON)',
    load: async () => (await import('./commands/import.js')).importCommand,
  },
  'app-info': {
    summary: 'app-info FILE [--json] [--verify] — read package name and signing certificates from an APK, IPA or HAP',
    load: async () => (await import('./commands/app-info.js')).appInfo,
  },
  validate: {
    summary: 'validate KIND VALUE [--json] — check one identity, contact, network or app value',
    load: async () => (await import('./commands/validate.js')).validate,
  },
  precheck: {
    summary: 'precheck FILE.json [--json] — run every pre-check rule on an application body',
    load: async () => (await import('./commands/precheck.js')).precheck,
  },
  'verify-credential': {
    summary: 'verify-credential FILE --jwks FILE|URL [--json] — check a filing credential offline (exit 0 valid, 1 invalid or expired, 2 unusable)',
    load: async () => (await import('./commands/verify-credential.js')).verifyCredential,
  },
  keys: {
    summary: 'keys rotate|list — the keys that sign filing credentials; rotating keeps the old ones published',
    load: async () => (await import('./commands/keys.js')).keys,
  },
};

function usage(io: CliIo): void {
  io.out('Usage: beian <command> [options]\n\nCommands:');
  for (const [name, { summary }] of Object.entries(commands)) io.out(`  ${name.padEnd(10)} ${summary}`);
}

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  if (io === processIo) guardClosedPipes();
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    usage(io);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    io.err(`beian: unknown command "${name}"`);
    usage(io);
    return 2;
  }
  let run: Command;
  try {
    run = await command.load();
  } catch (error) {
    io.err(`beian: command "${name}" is not available: ${(error as Error).message}`);
    return 2;
  }
  return run(rest, io);
}
