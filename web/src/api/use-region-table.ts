import { useQuery } from '@tanstack/react-query';
import { unwrap } from './api-error';
import { api } from './client';

const provinceCode = /^[1-9]\d0000$/;

/**
 * One province's cities and districts (GET /api/v1/code-tables/regions/{province}), loaded when a province is known and
 * kept for the session: the picker and the review pages ask for the same province once.
 */
export function useProvinceRegions(province: string | undefined) {
  const code = province && provinceCode.test(province) ? province : undefined;
  return useQuery({
    queryKey: ['code-tables', 'regions', code],
    enabled: code !== undefined,
    staleTime: Infinity,
    queryFn: async () => unwrap(api.GET('/api/v1/code-tables/regions/{province}', { params: { path: { province: code! } } })),
  });
}

export type ProvinceRegions = NonNullable<ReturnType<typeof useProvinceRegions>['data']>;
export type RegionCity = ProvinceRegions['cities'][number];

/** The city or district with this code in a province's table, if the table has it. */
export function findRegion(table: ProvinceRegions | undefined, code: string): { zh: string; en: string } | undefined {
  const city = table?.cities.find((c) => c.code === code || c.code.slice(0, 4) === code.slice(0, 4));
  if (!city) return undefined;
  return city.code === code ? city : city.districts.find((d) => d.code === code);
}
