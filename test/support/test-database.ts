import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { migrateToLatest } from '../../src/store/migrate.js';
import { openDatabase, type OpenDatabase } from '../../src/store/open-database.js';

const migrationsDir = new URL('../../src/store/migrations/', import.meta.url);

function migrationsFingerprint(): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(migrationsDir).sort()) hash.update(name).update(readFileSync(new URL(name, migrationsDir)));
  return hash.digest('hex').slice(0, 16);
}

/**
 * A fresh, migrated, empty database for one test file: a new database on the PostgreSQL server named by
 * DATABASE_URL (dropped on close), or an in-memory PGlite loaded from a cached migrated snapshot.
 */
export async function openTestDatabase(): Promise<OpenDatabase> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const scratch = await createScratchDatabase(url);
    const opened = await openDatabase({ databaseUrl: scratch.url, poolSize: 20 });
    await migrateToLatest(opened.db as never);
    return {
      ...opened,
      close: async () => {
        await opened.close();
        await scratch.drop();
      },
    };
  }
  const snapshotPath = join(tmpdir(), `beian-pglite-${migrationsFingerprint()}.tar`);
  if (!existsSync(snapshotPath)) {
    const builder = await openDatabase({ dataDir: ':memory:' });
    await migrateToLatest(builder.db as never);
    const dump = await builder.pglite!.dumpDataDir('none');
    await builder.close();
    const partial = `${snapshotPath}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, snapshotPath);
  }
  return openDatabase({ dataDir: ':memory:', pgliteSnapshot: new Blob([readFileSync(snapshotPath)]) });
}

/**
 * Environment for a child process (bin/beian) with a database of its own: a new PostgreSQL database when
 * DATABASE_URL is set, otherwise a fresh PGlite data directory. `cleanup` removes it.
 */
export async function isolatedDatabaseEnv(dataDir: string): Promise<{ env: Record<string, string>; cleanup(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) return { env: { BEIAN_DATA_DIR: dataDir }, cleanup: async () => {} };
  const scratch = await createScratchDatabase(url);
  return { env: { DATABASE_URL: scratch.url, BEIAN_DATA_DIR: dataDir }, cleanup: scratch.drop };
}

/** A new, empty database on the server of `url`, and a way to drop it. */
export async function createScratchDatabase(url: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `beian_test_${randomBytes(6).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const drop = async () => {
    // A pool's end() returns before the server has closed its backends; a forced drop would terminate them under
    // their closing clients, which then raise an uncaught error in the test process. Let them go first.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      for (let i = 0; i < 50; i += 1) {
        const { rows } = await client.query<{ n: number }>('select count(*)::int as n from pg_stat_activity where datname = $1', [name]);
        if (rows[0]!.n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await client.query(`drop database if exists ${name} with (force)`);
    } finally {
      await client.end();
    }
  };
  return { url: target.toString(), drop };
}
