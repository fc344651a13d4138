import { sql, type Kysely } from 'kysely';
import type { StatisticsScope } from '../../domain/statistics/statistics-scope.js';
import type { Database } from '../schema.js';
import { inPeriod, inProvince } from './scope-conditions.js';

export interface FilingCounts {
  byProvince: { provinceCode: string; subjects: number; services: number }[];
  byStatus: { status: string; subjects: number; services: number }[];
  byServiceType: { serviceType: string; services: number }[];
  /** Service filings by the channel whose application filed them; null for filings imported without one. */
  byChannel: { channelId: string | null; services: number }[];
}

/**
 * The registry's filings approved within the scope's period (all of them for an open period), in the scope's
 * province, by their current status. Subject and service filings are counted apart.
 */
export async function filingCounts(db: Kysely<Database>, scope: StatisticsScope): Promise<FilingCounts> {
  const where = sql`${inProvince(sql.ref('f.province_code'), scope)} and ${inPeriod(sql.ref('f.approved_at'), scope)}`;
  const byProvince = await sql<{ provinceCode: string; subjects: number; services: number }>`
    select f.province_code as "provinceCode",
           (count(*) filter (where f.kind = 'subject'))::int as subjects,
           (count(*) filter (where f.kind = 'service'))::int as services
    from filings f where ${where}
    group by f.province_code order by f.province_code`.execute(db);
  const byStatus = await sql<{ status: string; subjects: number; services: number }>`
    select f.status,
           (count(*) filter (where f.kind = 'subject'))::int as subjects,
           (count(*) filter (where f.kind = 'service'))::int as services
    from filings f where ${where}
    group by f.status order by f.status`.execute(db);
  const byServiceType = await sql<{ serviceType: string; services: number }>`
    select f.service_type as "serviceType", count(*)::int as services
    from filings f where f.kind = 'service' and ${where}
    group by f.service_type order by f.service_type`.execute(db);
  // A service is filed by a first filing or a new-service application; its channel is that application's.
  const byChannel = await sql<{ channelId: string | null; services: number }>`
    with origin as (
      select distinct on (s.value ->> 'serviceId') s.value ->> 'serviceId' as service_id, a.channel_id
      from applications a cross join lateral jsonb_array_elements(coalesce(a.outcome -> 'services', '[]'::jsonb)) s
      where a.state = 'approved' and a.kind in ('first_filing', 'add_service')
      order by s.value ->> 'serviceId', a.decided_at, a.id
    )
    select o.channel_id as "channelId", count(*)::int as services
    from filings f left join origin o on o.service_id = f.service_id
    where f.kind = 'service' and ${where}
    group by o.channel_id order by services desc, o.channel_id`.execute(db);
  return { byProvince: byProvince.rows, byStatus: byStatus.rows, byServiceType: byServiceType.rows, byChannel: byChannel.rows };
}
