import type { Kysely } from 'kysely';
import { logEntryHash } from './history-chain.js';
import type { Database } from './schema.js';

/**
 * Appends the rows committed since the last run to the history log, in batches, each entry's hash covering the one
 * before it. One sealer at a time: the log head is locked with SKIP LOCKED, so a process that finds another sealing
 * leaves it be. Returns how many rows were sealed.
 */
export async function sealHistory(db: Kysely<Database>, batchSize = 2000): Promise<number> {
  let total = 0;
  for (;;) {
    const sealed = await db.transaction().execute(async (trx) => {
      const head = await trx.selectFrom('history_log_head').select(['position', 'hash']).where('id', '=', 1).forUpdate().skipLocked().executeTakeFirst();
      if (!head) return 0;
      const batch = await trx.selectFrom('history_unsealed as u').innerJoin('history as h', 'h.seq', 'u.seq').select(['h.seq', 'h.hash']).orderBy('h.seq').limit(batchSize).execute();
      if (batch.length === 0) return 0;
      let { position, hash } = head;
      const entries = batch.map((row) => {
        position += 1;
        hash = logEntryHash(hash, position, row.seq, row.hash);
        return { position, history_seq: row.seq, row_hash: row.hash, hash };
      });
      await trx.insertInto('history_log').values(entries).execute();
      await trx.deleteFrom('history_unsealed').where('seq', 'in', batch.map((row) => row.seq)).execute();
      await trx.updateTable('history_log_head').set({ position, hash }).where('id', '=', 1).execute();
      return batch.length;
    });
    total += sealed;
    if (sealed < batchSize) return total;
  }
}
