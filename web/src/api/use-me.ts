import { useQuery } from '@tanstack/react-query';
import { ApiError, unwrap } from './api-error';
import { api } from './client';

export type Me = { userId: string | null; role: string; partyId: string | null; provinceCode: string | null; displayName: string };

/** The signed-in caller, or null when nobody is signed in. */
export function useMe() {
  return useQuery({
    queryKey: ['me'],
    queryFn: async (): Promise<Me | null> => {
      try {
        return await unwrap(api.GET('/api/v1/me'));
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
  });
}
