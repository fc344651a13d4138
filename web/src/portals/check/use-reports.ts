import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { unwrap } from '../../api/api-error';
import { api } from '../../api/client';
import type { paths } from '../../api/schema';

/** A report of the caller's party as the API answers it. */
export type ReportSummary = paths['/api/v1/distribution-reports/{id}']['get']['responses'][200]['content']['application/json'];

/** One row of a report with its verdict. */
export type ReportRow = paths['/api/v1/distribution-reports/{id}/rows']['get']['responses'][200]['content']['application/json']['items'][number];

/** At most this many rows not filed are read for one view. */
const maxUnfiled = 5000;

export const reportsKey = ['distribution-reports'] as const;

/** The party's reports, newest first, a page at a time. */
export function useReportList() {
  return useInfiniteQuery({
    queryKey: [...reportsKey, 'list'],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/distribution-reports', { params: { query: { limit: 20, ...(pageParam ? { cursor: pageParam } : {}) } } })),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** One report with its count of rows by verdict. */
export function useReport(id: string | null) {
  return useQuery({
    queryKey: [...reportsKey, id],
    enabled: id !== null,
    queryFn: () => unwrap(api.GET('/api/v1/distribution-reports/{id}', { params: { path: { id: id! } } })),
  });
}

/** A report's rows that are not filed as they should be (every verdict but `filed` and `invalid`), in row order. */
export function useUnfiledRows(id: string | null) {
  return useQuery({
    queryKey: [...reportsKey, id, 'unfiled'],
    enabled: id !== null,
    queryFn: async () => {
      const rows: ReportRow[] = [];
      let after: number | null = null;
      do {
        const page: { items: ReportRow[]; nextAfter: number | null } = await unwrap(api.GET('/api/v1/distribution-reports/{id}/rows', { params: { path: { id: id! }, query: { limit: 1000, ...(after === null ? {} : { after }) } } }));
        rows.push(...page.items.filter((r) => r.verdict !== 'filed' && r.verdict !== 'invalid'));
        after = page.nextAfter;
      } while (after !== null && rows.length < maxUnfiled);
      return rows;
    },
  });
}

/** Where a report's every row downloads as CSV. */
export const reportCsvHref = (id: string) => `/api/v1/distribution-reports/${encodeURIComponent(id)}/rows.csv`;
