import { sql, type Kysely } from 'kysely';
import type { StatisticsScope } from '../../domain/statistics/statistics-scope.js';
import type { Database } from '../schema.js';
import { inPeriod, inProvince } from './scope-conditions.js';

export interface ReviewTimeRow {
  /** The channel (initial review) or bureau (bureau review); null in the row over every party. */
  partyId: string | null;
  stage: 'provider_review' | 'bureau_review';
  decisions: number;
  p50Seconds: number;
  p90Seconds: number;
}

/**
 * How long reviews took, from the history: every decision (pass or return) taken in the scope's period on an
 * application of the scope's province, measured from the moment the application last entered that review stage to the
 * decision, in seconds; median and 90th percentile (continuous, PostgreSQL's percentile_cont) per reviewing party and
 * over all of them.
 */
export async function reviewTimes(db: Kysely<Database>, scope: StatisticsScope): Promise<ReviewTimeRow[]> {
  const result = await sql<ReviewTimeRow & { overall: number }>`
    with decisions as (
      select d.from_state as stage,
             case when d.from_state = 'provider_review' then a.channel_id else a.bureau_id end as party_id,
             extract(epoch from d.at - entered.at)::float8 as seconds
      from history d
      join applications a on a.id = d.entity_id
      join parties b on b.id = a.bureau_id
      join lateral (
        select max(e.at) as at from history e
        where e.entity_type = 'application' and e.entity_id = d.entity_id and e.seq < d.seq
          and e.to_state = d.from_state and e.from_state is distinct from e.to_state
      ) entered on true
      where d.entity_type = 'application'
        and d.action in ('providerApprove', 'providerReturn', 'bureauApprove', 'bureauReturn')
        and d.from_state in ('provider_review', 'bureau_review')
        and entered.at is not null
        and ${inPeriod(sql.ref('d.at'), scope)}
        and ${inProvince(sql.ref('b.province_code'), scope)}
    )
    select stage, party_id as "partyId", grouping(party_id) as overall, count(*)::int as decisions,
           percentile_cont(0.5) within group (order by seconds) as "p50Seconds",
           percentile_cont(0.9) within group (order by seconds) as "p90Seconds"
    from decisions
    group by grouping sets ((stage, party_id), (stage))
    order by stage, overall desc, party_id`.execute(db);
  return result.rows.map(({ overall, ...row }) => ({ ...row, partyId: overall ? null : row.partyId }));
}
