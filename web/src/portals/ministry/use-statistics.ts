import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap } from '../../api/api-error';
import { api } from '../../api/client';

/** The period (Shanghai days, both included) and province the figures cover; absent: open, or every province. */
export interface StatisticsFilter {
  from?: string;
  to?: string;
  province?: string;
}

const fetchCounts = (query: StatisticsFilter) => unwrap(api.GET('/api/v1/statistics/counts', { params: { query } }));
const fetchBacklog = (query: Pick<StatisticsFilter, 'province'>) => unwrap(api.GET('/api/v1/statistics/backlog', { params: { query } }));
const fetchReviewTimes = (query: StatisticsFilter) => unwrap(api.GET('/api/v1/statistics/review-times', { params: { query } }));

export type Counts = Awaited<ReturnType<typeof fetchCounts>>;
export type Backlog = Awaited<ReturnType<typeof fetchBacklog>>;
export type ReviewTimes = Awaited<ReturnType<typeof fetchReviewTimes>>;

export function useCounts(filter: StatisticsFilter) {
  return useQuery({ queryKey: ['statistics', 'counts', filter], queryFn: () => fetchCounts(filter), placeholderData: keepPreviousData });
}

/** Reviews waiting now: not bound to the period. */
export function useBacklog(province: string | undefined) {
  const query = province ? { province } : {};
  return useQuery({ queryKey: ['statistics', 'backlog', query], queryFn: () => fetchBacklog(query), placeholderData: keepPreviousData });
}

export function useReviewTimes(filter: StatisticsFilter) {
  return useQuery({ queryKey: ['statistics', 'review-times', filter], queryFn: () => fetchReviewTimes(filter), placeholderData: keepPreviousData });
}
