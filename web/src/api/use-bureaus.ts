import { useQuery } from '@tanstack/react-query';
import { unwrap } from './api-error';
import { api } from './client';

/** The provincial bureaus (one per province), for province names and filters. */
export function useBureaus() {
  return useQuery({
    queryKey: ['parties', 'bureau'],
    staleTime: Infinity,
    queryFn: async () => (await unwrap(api.GET('/api/v1/parties', { params: { query: { kind: 'bureau' } } }))).items,
  });
}
