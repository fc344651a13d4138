import { useQuery } from '@tanstack/react-query';
import type { ApplicationView } from './application-view';
import { unwrap } from './api-error';
import { api } from './client';

export interface HistoryEntry {
  seq: number;
  at: string;
  actorRole: string;
  action: string;
  from: string | null;
  to: string | null;
  reason: string | null;
}

export function useApplication(id: string) {
  return useQuery({
    queryKey: ['application', id],
    queryFn: async () => (await unwrap(api.GET('/api/v1/applications/{id}', { params: { path: { id } } }))) as unknown as ApplicationView,
  });
}

export function useApplicationHistory(id: string) {
  return useQuery({
    queryKey: ['application', id, 'history'],
    queryFn: async () => (await unwrap(api.GET('/api/v1/applications/{id}/history', { params: { path: { id } } }))).items as unknown as HistoryEntry[],
  });
}

export function useReturnReasons() {
  return useQuery({
    queryKey: ['return-reasons'],
    staleTime: Infinity,
    queryFn: async () => (await unwrap(api.GET('/api/v1/return-reasons'))).items,
  });
}
