import { sql, type Kysely } from 'kysely';
import type { StatisticsScope } from '../../domain/statistics/statistics-scope.js';
import type { Database } from '../schema.js';
import { inPeriod, inProvince } from './scope-conditions.js';

export interface ApplicationCounts {
  total: number;
  byProvince: { provinceCode: string; applications: number }[];
  byState: { state: string; applications: number }[];
  byChannel: { channelId: string; applications: number }[];
  /** An application counts once under each service type it names; null for those that name none (subject changes). */
  byServiceType: { serviceType: string | null; applications: number }[];
}

/**
 * Applications first submitted within the scope's period (ever, for an open period), routed to the scope's
 * province's bureau, by their current state. Drafts never submitted are not counted. The first submission is read
 * from the history (an application's `submitted_at` is its latest).
 */
export async function applicationCounts(db: Kysely<Database>, scope: StatisticsScope): Promise<ApplicationCounts> {
  const received = sql`
    received as (
      select a.id, a.state, a.channel_id, a.service_id, a.payload, b.province_code
      from applications a
      join parties b on b.id = a.bureau_id
      join lateral (
        select min(h.at) as at from history h
        where h.entity_type = 'application' and h.entity_id = a.id and h.action = 'submit'
      ) first_submit on true
      where first_submit.at is not null
        and ${inProvince(sql.ref('b.province_code'), scope)}
        and ${inPeriod(sql.ref('first_submit.at'), scope)}
    )`;
  const grouped = async <K extends string>(column: string, alias: K) =>
    (
      await sql<Record<K, string> & { applications: number }>`
        with ${received}
        select ${sql.ref(column)} as ${sql.id(alias)}, count(*)::int as applications
        from received group by ${sql.ref(column)} order by applications desc, ${sql.ref(column)}`.execute(db)
    ).rows;
  const byProvince = await grouped('province_code', 'provinceCode');
  const byState = await grouped('state', 'state');
  const byChannel = await grouped('channel_id', 'channelId');
  const byServiceType = await sql<{ serviceType: string | null; applications: number }>`
    with ${received}
    select t.type as "serviceType", count(distinct r.id)::int as applications
    from received r
    left join lateral (
      select s.value ->> 'type' as type from jsonb_array_elements(coalesce(r.payload -> 'services', '[]'::jsonb)) s
      union
      select sv.type from services sv where sv.id = r.service_id
    ) t on true
    group by t.type order by applications desc, t.type`.execute(db);
  return {
    total: byState.reduce((sum, row) => sum + row.applications, 0),
    byProvince,
    byState,
    byChannel,
    byServiceType: byServiceType.rows,
  };
}
