import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';
import { PGliteDialect } from './pglite-dialect.js';

export type DatabaseKind = 'pglite' | 'postgres';

export interface OpenDatabase {
  db: Kysely<Database>;
  kind: DatabaseKind;
  close(): Promise<void>;
  /** The embedded PGlite instance, when kind is 'pglite' (used to dump test snapshots). */
  pglite?: PGlite;
}

const INT8_OID = 20;

/** Opens PostgreSQL when a URL is given, otherwise embedded PGlite in `dataDir` (or in memory for ':memory:'). */
export async function openDatabase(options: {
  databaseUrl?: string | undefined;
  dataDir?: string;
  pgliteSnapshot?: Blob;
  poolSize?: number;
}): Promise<OpenDatabase> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      // int8 counts come back as numbers, as PGlite returns them.
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
          oid === INT8_OID ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
      },
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', close: () => db.destroy() };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  let dataDir: string | undefined;
  if (options.dataDir && options.dataDir !== ':memory:') {
    mkdirSync(resolve(options.dataDir), { recursive: true });
    dataDir = join(resolve(options.dataDir), 'pglite');
  }
  const pglite = new PGlite({
    ...(dataDir ? { dataDir } : {}),
    ...(options.pgliteSnapshot ? { loadDataDir: options.pgliteSnapshot } : {}),
  });
  await pglite.waitReady;
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return { db, kind: 'pglite', close: () => db.destroy(), pglite };
}
