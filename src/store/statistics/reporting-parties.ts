import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export interface ReportingParty {
  id: string;
  code: string | null;
  kind: 'bureau' | 'access_provider' | 'distribution_platform';
  name: string;
  nameEn: string | null;
  provinceCode: string | null;
}

/** The parties figures are reported for: the bureaus (one province's, or all) and every channel (providers and platforms). */
export async function reportingParties(db: Kysely<Database>, scope: { provinceCode: string | null }): Promise<{ bureaus: ReportingParty[]; channels: ReportingParty[] }> {
  const rows = await db
    .selectFrom('parties')
    .select(['id', 'code', 'kind', 'name', 'name_en', 'province_code'])
    .where((eb) =>
      eb.or([
        eb('kind', 'in', ['access_provider', 'distribution_platform']),
        scope.provinceCode === null ? eb('kind', '=', 'bureau') : eb.and([eb('kind', '=', 'bureau'), eb('province_code', '=', scope.provinceCode)]),
      ]),
    )
    .orderBy('province_code')
    .orderBy('name')
    .execute();
  const parties = rows.map((p) => ({ id: p.id, code: p.code, kind: p.kind as ReportingParty['kind'], name: p.name, nameEn: p.name_en, provinceCode: p.province_code }));
  return { bureaus: parties.filter((p) => p.kind === 'bureau'), channels: parties.filter((p) => p.kind !== 'bureau') };
}
