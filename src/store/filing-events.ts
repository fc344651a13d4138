import { sql, type Kysely } from 'kysely';
import type { PublicFilingRow } from './public-filings.js';
import type { Database } from './schema.js';

export const filingEventTypes = ['approved', 'changed', 'cancelled', 'revoked', 'access_limited', 'access_restored', 'shell_flagged', 'shell_cleared'] as const;
export type FilingEventType = (typeof filingEventTypes)[number];

export interface FilingEventRow {
  position: number;
  type: FilingEventType;
  at: Date;
  /** The filing's public fields as they were after the change. */
  filing: PublicFilingRow;
}

/**
 * Gives feed positions to committed events that have none, in the order they were written, one batch per call. One
 * numbering step at a time: the head is locked with SKIP LOCKED, and a caller that finds it taken leaves the work to
 * the step that holds it. A transaction still open when a step runs is numbered by a later step, after every event
 * numbered before it — readers that have passed a position never miss it. Returns how many events were numbered.
 */
export async function numberFilingEvents(db: Kysely<Database>, batchSize = 5000): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const head = await trx.selectFrom('filing_event_head').select('position').where('id', '=', 1).forUpdate().skipLocked().executeTakeFirst();
    if (!head) return 0;
    const numbered = await sql<{ position: number }>`
      update filing_events e set position = ${head.position}::bigint + b.n
      from (select id, row_number() over (order by id) as n from filing_events where position is null order by id limit ${batchSize}) b
      where e.id = b.id
      returning e.position
    `.execute(trx);
    const count = numbered.rows.length;
    if (count > 0) await trx.updateTable('filing_event_head').set({ position: head.position + count }).where('id', '=', 1).execute();
    return count;
  });
}

/** Numbers every committed event (as rounds of the job loop would), batch after batch. */
export async function numberAllFilingEvents(db: Kysely<Database>): Promise<number> {
  let total = 0;
  for (;;) {
    const numbered = await numberFilingEvents(db);
    total += numbered;
    if (numbered === 0) return total;
  }
}

/** Numbered events after `after`, in feed order; `types` keeps only those. */
export async function filingEventsAfter(db: Kysely<Database>, options: { after: number; limit: number; types?: readonly FilingEventType[] }): Promise<FilingEventRow[]> {
  let query = db
    .selectFrom('filing_events')
    .select(['position', 'filing_id', 'type', 'at', 'data'])
    .where('position', 'is not', null)
    .where('position', '>', options.after);
  if (options.types && options.types.length > 0) query = query.where('type', 'in', [...options.types]);
  const rows = await query.orderBy('position').limit(options.limit).execute();
  return rows.map((row) => {
    const data = row.data as Omit<PublicFilingRow, 'id' | 'approved_at'> & { approved_at: string };
    return { position: row.position!, type: row.type as FilingEventType, at: row.at, filing: { ...data, id: row.filing_id, approved_at: new Date(data.approved_at) } };
  });
}

/** The id of the latest event written (committed or not), 0 when there is none. */
export async function latestFilingEventId(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('filing_events').select((eb) => eb.fn.max('id').as('id')).executeTakeFirst();
  return Number(row?.id ?? 0);
}

/** The numbers of filings with committed events whose id is above `afterId`, in id order, with each event's id. */
export async function filingEventNumbersAfter(db: Kysely<Database>, afterId: number, limit: number): Promise<Array<{ id: number; number: string }>> {
  const rows = await db.selectFrom('filing_events').select(['id', 'number']).where('id', '>', afterId).orderBy('id').limit(limit).execute();
  return rows.map((row) => ({ id: Number(row.id), number: row.number }));
}
