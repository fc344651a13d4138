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
    const name = `beian_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const target = new URL(url);
    target.pathname = `/${name}`;
    const opened = await openDatabase({ databaseUrl: target.toString(), poolSize: 20 });
    await migrateToLatest(opened.db as never);
    return {
      ...opened,
      close: async () => {
        await opened.close();
        const cleanup = new pg.Client({ connectionString: url });
        await cleanup.connect();
        await cleanup.query(`drop database if exists ${name} with (force)`);
        await cleanup.end();
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
  const name = `beian_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: target.toString(), BEIAN_DATA_DIR: dataDir },
    cleanup: async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}
