import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database } from '../../store/schema.js';
import type { SyntheticRows } from './synthetic-filings.js';

/** The tables a batch fills, in foreign-key order, with the columns written (the registry read model's included). */
const tables: readonly { name: keyof Database; rows: keyof Omit<SyntheticRows, 'serviceFilings'>; columns: readonly string[] }[] = [
  { name: 'subjects', rows: 'subjects', columns: ['id', 'certificate_type', 'certificate_key', 'name', 'nature', 'province_code', 'status', 'data', 'next_service_index', 'created_at', 'updated_at'] },
  { name: 'services', rows: 'services', columns: ['id', 'subject_id', 'type', 'name', 'status', 'service_index', 'data', 'platform_id', 'created_at', 'updated_at'] },
  { name: 'filings', rows: 'filings', columns: ['id', 'kind', 'subject_id', 'service_id', 'number', 'province_code', 'service_type', 'status', 'approved_at', 'updated_at'] },
  { name: 'service_features', rows: 'features', columns: ['id', 'service_id', 'platform', 'package_name', 'public_key', 'signature_md5'] },
  { name: 'service_domains', rows: 'domains', columns: ['id', 'service_id', 'subject_id', 'domain', 'removed_at'] },
  { name: 'service_access', rows: 'access', columns: ['id', 'service_id', 'provider_id', 'connection_methods', 'server_locations', 'ips', 'supports_ipv6', 'created_at', 'cancelled_at'] },
  {
    name: 'registry_filings',
    rows: 'registryFilings',
    columns: ['filing_id', 'number', 'kind', 'subject_id', 'service_id', 'subject_number', 'subject_name', 'service_name', 'service_type', 'province_code', 'status', 'shell', 'access_limited', 'approved_at', 'changed_at', 'cancelled_at'],
  },
  { name: 'registry_packages', rows: 'registryPackages', columns: ['filing_id', 'platform', 'package_name', 'signature_digest', 'public_key'] },
  { name: 'registry_domains', rows: 'registryDomains', columns: ['filing_id', 'domain'] },
];

export interface BulkLoader {
  /** Writes one batch, and its rows of the registry read model, in one transaction. */
  load(rows: SyntheticRows): Promise<void>;
  close(): Promise<void>;
}

/** One value in COPY's text format. */
function copyText(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean') return value ? 't' : 'f';
  return String(value).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

/** PostgreSQL: COPY … FROM STDIN per table, the batch in one transaction on one connection. */
export async function copyLoader(databaseUrl: string): Promise<BulkLoader> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  return {
    async load(rows) {
      await client.query('begin');
      try {
        for (const table of tables) {
          const data = rows[table.rows];
          if (data.length === 0) continue;
          const lines = function* () {
            for (const row of data) yield `${table.columns.map((column) => copyText(row[column])).join('\t')}\n`;
          };
          await pipeline(Readable.from(lines()), client.query(copyFrom(`copy ${table.name} (${table.columns.join(', ')}) from stdin`)));
        }
        await client.query('commit');
      } catch (error) {
        await client.query('rollback');
        throw error;
      }
    },
    close: () => client.end(),
  };
}

/** PGlite (no COPY from a client stream): multi-row INSERTs as large as the parameter limit allows, in one transaction. */
export function insertLoader(db: Kysely<Database>): BulkLoader {
  return {
    async load(rows) {
      await db.transaction().execute(async (trx) => {
        for (const table of tables) {
          const data = rows[table.rows];
          const perStatement = Math.floor(60_000 / table.columns.length);
          for (let start = 0; start < data.length; start += perStatement) {
            await trx
              .insertInto(table.name)
              .values(data.slice(start, start + perStatement) as never)
              .execute();
          }
        }
      });
    },
    close: async () => {},
  };
}
