import { useQueries } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { unwrap } from '../../api/api-error';
import { api } from '../../api/client';

/** A date (YYYY-MM-DD) in Beijing time, the calendar the deadlines are counted in. */
export function shanghaiDate(instant: number | string): string {
  return new Date(new Date(instant).getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The months (YYYY-MM) from one date's to another's, inclusive. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = dayjs(`${from.slice(0, 7)}-01`); !m.isAfter(dayjs(`${to.slice(0, 7)}-01`)) && months.length < 24; m = m.add(1, 'month')) months.push(m.format('YYYY-MM'));
  return months;
}

/** Working days after `today` up to and including `last`, from the calendar's days; null when one of them is unknown. */
export function countWorkingDays(days: Array<{ date: string; working: boolean | null }>, today: string, last: string): number | null {
  let count = 0;
  for (const day of days) {
    if (day.date <= today || day.date > last) continue;
    if (day.working === null) return null;
    if (day.working) count += 1;
  }
  return count;
}

/**
 * Working days left until a deadline, counted on the server's working-day calendar (GET /api/v1/calendar, month by
 * month), so holidays and make-up working days count as the reviewers' deadlines do.
 */
export function useWorkingDaysLeft(deadlineAt: string | null, now: number): { days: number | null; pending: boolean } {
  const today = shanghaiDate(now);
  const last = deadlineAt ? shanghaiDate(deadlineAt) : today;
  const months = deadlineAt && last > today ? monthsBetween(today, last) : [];
  const results = useQueries({
    queries: months.map((month) => ({
      queryKey: ['calendar', month],
      staleTime: 3_600_000,
      queryFn: async () => (await unwrap(api.GET('/api/v1/calendar', { params: { query: { month } } }))) as unknown as { days: Array<{ date: string; working: boolean | null }> },
    })),
  });
  if (!deadlineAt) return { days: null, pending: false };
  if (last <= today) return { days: 0, pending: false };
  if (results.some((r) => r.isPending)) return { days: null, pending: true };
  if (results.some((r) => r.isError)) return { days: null, pending: false };
  return { days: countWorkingDays(results.flatMap((r) => r.data?.days ?? []), today, last), pending: false };
}
