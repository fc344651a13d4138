import type { Transaction } from 'kysely';
import { sql } from 'kysely';
import type { Database } from '../../store/schema.js';

/**
 * Recomputes the shell (空壳) flags of a subject's filings: a subject with no active service, or an APP or website
 * with no active access. Mini-programs and quick apps are served by their platform and need no access record.
 */
export async function refreshShellFlags(trx: Transaction<Database>, subjectId: string, now: Date): Promise<void> {
  await sql`
    update filings f set shell = not exists (
      select 1 from service_access a where a.service_id = f.service_id and a.cancelled_at is null
    ), updated_at = ${now}
    where f.subject_id = ${subjectId} and f.kind = 'service' and f.status = 'active'
      and f.service_type in ('app', 'website')
      and f.shell is distinct from not exists (
        select 1 from service_access a where a.service_id = f.service_id and a.cancelled_at is null)
  `.execute(trx);
  await sql`
    update filings f set shell = not exists (
      select 1 from filings s where s.subject_id = f.subject_id and s.kind = 'service' and s.status = 'active'
    ), updated_at = ${now}
    where f.subject_id = ${subjectId} and f.kind = 'subject' and f.status = 'active'
  `.execute(trx);
}
