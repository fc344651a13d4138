import type { BulkSession } from './bulk-load.js';

interface Definition {
  table: string;
  name: string;
  def: string;
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/**
 * Drops the secondary indexes (those that back no primary-key, unique or exclusion constraint) and the foreign keys of
 * `tables`, in the session's transaction, and returns how to put them back as they were: each index built once over
 * all rows (a sort, instead of one insertion per row) and each foreign key checked once (one join, instead of one
 * lookup per row). Both fail — and the transaction with them — if the loaded rows break a unique index or a key.
 */
export async function deferIndexes(session: BulkSession, tables: readonly string[]): Promise<{ count: number; restore(): Promise<void> }> {
  const indexes = await session.query<Definition>(
    `select c.relname as table, i.relname as name, pg_get_indexdef(x.indexrelid) as def
       from pg_index x
       join pg_class i on i.oid = x.indexrelid
       join pg_class c on c.oid = x.indrelid
      where c.relnamespace = current_schema()::regnamespace and c.relname = any($1::text[])
        and not exists (select 1 from pg_constraint k where k.conindid = x.indexrelid and k.conrelid = x.indrelid and k.contype in ('p', 'u', 'x'))
      order by c.relname, i.relname`,
    [tables],
  );
  const keys = await session.query<Definition>(
    `select c.relname as table, k.conname as name, pg_get_constraintdef(k.oid) as def
       from pg_constraint k
       join pg_class c on c.oid = k.conrelid
      where c.relnamespace = current_schema()::regnamespace and c.relname = any($1::text[]) and k.contype = 'f'
      order by c.relname, k.conname`,
    [tables],
  );
  for (const key of keys) await session.query(`alter table ${quote(key.table)} drop constraint ${quote(key.name)}`);
  for (const index of indexes) await session.query(`drop index ${quote(index.name)}`);
  return {
    count: indexes.length + keys.length,
    async restore() {
      for (const index of indexes) await session.query(index.def);
      for (const key of keys) await session.query(`alter table ${quote(key.table)} add constraint ${quote(key.name)} ${key.def}`);
    },
  };
}
