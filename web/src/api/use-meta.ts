import { useQuery } from '@tanstack/react-query';

/**
 * Facts about the deployment: whether it runs in demo mode. Reads GET /api/v1/meta; where that route is absent, the
 * developer inbox answering (it exists only in demo mode) says the same.
 */
export function useMeta() {
  return useQuery({
    queryKey: ['meta'],
    staleTime: Infinity,
    queryFn: async (): Promise<{ demo: boolean }> => {
      const response = await fetch('/api/v1/meta', { credentials: 'same-origin' });
      if (response.ok) {
        const body = (await response.json()) as { demo?: unknown };
        return { demo: body.demo === true };
      }
      const inbox = await fetch('/api/v1/dev/inbox', { method: 'HEAD', credentials: 'same-origin' });
      return { demo: inbox.ok };
    },
  });
}
