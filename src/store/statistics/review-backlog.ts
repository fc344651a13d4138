import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { inProvince } from './scope-conditions.js';

export interface BacklogRow {
  partyId: string;
  /** Applications waiting in the stage now. */
  waiting: number;
  /** Of those, the ones whose working-day deadline has passed. */
  overdue: number;
  /** When the longest-waiting one entered the stage. */
  oldestEnteredAt: Date;
}

/**
 * Applications waiting in a review stage now, by the party that owes the review (the channel for the initial review,
 * the bureau for the bureau's), in the scope's province. A review is overdue when it entered the stage before
 * `overdueBefore` (see overdueCutoff: the deadlines the application view and the overdue sweep compute).
 */
export async function reviewBacklog(
  db: Kysely<Database>,
  stage: 'provider_review' | 'bureau_review',
  scope: { provinceCode: string | null },
  overdueBefore: Date | null,
): Promise<BacklogRow[]> {
  const party = sql.ref(stage === 'provider_review' ? 'a.channel_id' : 'a.bureau_id');
  const overdue = overdueBefore === null ? sql`false` : sql`a.state_entered_at < ${overdueBefore}`;
  const result = await sql<BacklogRow>`
    select ${party} as "partyId", count(*)::int as waiting, (count(*) filter (where ${overdue}))::int as overdue,
           min(a.state_entered_at) as "oldestEnteredAt"
    from applications a join parties b on b.id = a.bureau_id
    where a.state = ${stage} and ${inProvince(sql.ref('b.province_code'), scope)}
    group by ${party}`.execute(db);
  return result.rows;
}
