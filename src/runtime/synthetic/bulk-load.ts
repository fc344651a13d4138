import { finished } from 'node:stream/promises';
import type { PGlite, Transaction } from '@electric-sql/pglite';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/**
 * One connection inside one transaction, for a bulk load: plain queries, and COPY of lines in COPY's text format (each ending in a newline)
 * (from the client's stream on PostgreSQL, from a blob on PGlite — the same statement and data on both).
 */
export interface BulkSession {
  /** Whether the database works in another process, so the client may prepare the next batch meanwhile. */
  concurrent: boolean;
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  copy(table: string, columns: readonly string[], lines: Buffer): Promise<void>;
}

/** PostgreSQL: a connection of its own; commits when `work` resolves, rolls back when it throws. */
export async function withPostgresSession<T>(databaseUrl: string, work: (session: BulkSession) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const session: BulkSession = {
    concurrent: true,
    query: async <R,>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as R[],
    async copy(table, columns, lines) {
      if (lines.length === 0) return;
      const stream = client.query(copyFrom(`copy ${table} (${columns.join(', ')}) from stdin`));
      stream.end(lines);
      await finished(stream);
    },
  };
  try {
    await client.query('begin');
    try {
      const result = await work(session);
      await client.query('commit');
      return result;
    } catch (error) {
      await client.query('rollback');
      throw error;
    }
  } finally {
    await client.end();
  }
}

/** PGlite: its one connection, in one transaction; COPY reads the lines from a blob (`/dev/blob`). */
export async function withPgliteSession<T>(pglite: PGlite, work: (session: BulkSession) => Promise<T>): Promise<T> {
  return pglite.transaction(async (tx: Transaction) => {
    const session: BulkSession = {
      concurrent: false,
      query: async <R,>(text: string, params?: unknown[]) => (await tx.query<R>(text, params)).rows,
      async copy(table, columns, lines) {
        if (lines.length === 0) return;
        await tx.query(`copy ${table} (${columns.join(', ')}) from '/dev/blob'`, [], { blob: new Blob([lines]) });
      },
    };
    return work(session);
  });
}
