import type { Transaction } from 'kysely';
import { sql } from 'kysely';
import type { Database } from './schema.js';

/**
 * The next subject sequence for a province and year. The upsert takes the row lock, so concurrent approvals
 * queue; a rolled-back approval rolls its increment back too, so numbers stay unique and gapless.
 */
export async function nextSubjectSequence(trx: Transaction<Database>, provinceCode: string, year: number): Promise<number> {
  const row = await trx
    .insertInto('number_sequences')
    .values({ province_code: provinceCode, year, last_value: 1 })
    .onConflict((oc) => oc.columns(['province_code', 'year']).doUpdateSet({ last_value: sql`number_sequences.last_value + 1` }))
    .returning('last_value')
    .executeTakeFirstOrThrow();
  return row.last_value;
}

/** The next service index of a subject: websites, apps, mini-programs and quick apps share one sequence. */
export async function nextServiceIndex(trx: Transaction<Database>, subjectId: string): Promise<number> {
  const row = await trx
    .updateTable('subjects')
    .set((eb) => ({ next_service_index: eb('next_service_index', '+', 1) }))
    .where('id', '=', subjectId)
    .returning('next_service_index')
    .executeTakeFirstOrThrow();
  return row.next_service_index - 1;
}
