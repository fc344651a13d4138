import type { Transaction } from 'kysely';
import type { Application, ApplicationOutcome, Database } from './schema.js';

/**
 * What an approval filed, read back from the registry right after it: the subject with its number, and the services
 * it created (first filing, new APP) or touched (changes and cancellations), each with its number.
 */
export async function approvalOutcome(
  trx: Transaction<Database>,
  application: Pick<Application, 'subject_id' | 'service_id'>,
  result: { subjectNumber: string | null; serviceNumbers: string[] },
): Promise<ApplicationOutcome> {
  const subject = await trx
    .selectFrom('filings')
    .select('number')
    .where('subject_id', '=', application.subject_id)
    .where('kind', '=', 'subject')
    .orderBy('approved_at', 'desc')
    .executeTakeFirst();
  let services: ApplicationOutcome['services'] = [];
  if (result.serviceNumbers.length > 0) {
    const rows = await trx.selectFrom('filings').select(['service_id', 'number']).where('kind', '=', 'service').where('number', 'in', result.serviceNumbers).execute();
    const byNumber = new Map(rows.map((r) => [r.number, r.service_id!]));
    services = result.serviceNumbers.map((number) => ({ serviceId: byNumber.get(number)!, number }));
  } else if (application.service_id) {
    const row = await trx
      .selectFrom('filings')
      .select('number')
      .where('service_id', '=', application.service_id)
      .where('kind', '=', 'service')
      .orderBy('approved_at', 'desc')
      .executeTakeFirst();
    if (row) services = [{ serviceId: application.service_id, number: row.number }];
  }
  return { subjectId: application.subject_id, subjectNumber: result.subjectNumber ?? subject?.number ?? null, services };
}
