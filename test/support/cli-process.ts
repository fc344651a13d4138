import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { isolatedDatabaseEnv } from './test-database.js';

export const beianBin = new URL('../../bin/beian', import.meta.url).pathname;

/**
 * Inside a describe: a database and data directory of their own for bin/beian child processes, made before the
 * suite's tests and removed after them. `env()` is the environment to run them with.
 */
export function isolatedCliEnv(prefix: string): { dataDir: string; env(): NodeJS.ProcessEnv } {
  const dataDir = mkdtempSync(join(tmpdir(), prefix));
  let env: NodeJS.ProcessEnv | undefined;
  let cleanup: () => Promise<void> = async () => {};
  before(async () => {
    const isolated = await isolatedDatabaseEnv(dataDir);
    cleanup = isolated.cleanup;
    const { DATABASE_URL: _omit, ...rest } = process.env;
    env = { ...rest, ...isolated.env, BEIAN_LOG_LEVEL: 'silent' };
  });
  after(async () => {
    await cleanup();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return { dataDir, env: () => env! };
}
