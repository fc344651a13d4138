import { spawn } from 'node:child_process';
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

/**
 * Starts `beian serve` with `env` and resolves once it names its address. `output()` is its standard output so far;
 * `stop()` sends SIGTERM and resolves with the exit code.
 */
export async function startServe(env: NodeJS.ProcessEnv, timeoutMs = 60_000): Promise<{ address: string; output(): string; stop(): Promise<number | null> }> {
  const child = spawn(beianBin, ['serve'], { env });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const address = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${output}`)), timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /serving on (http:\/\/[^\s]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${output}`)));
  });
  return {
    address,
    output: () => output,
    stop: async () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}
