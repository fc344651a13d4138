import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useLanguage } from '../i18n/use-language';
import { unwrap } from './api-error';
import { api } from './client';

/** Every party (providers, platforms, bureaus, the ministry), and a function naming one by id or code. */
export function usePartyNames() {
  const { language } = useLanguage();
  const parties = useQuery({
    queryKey: ['parties', 'all'],
    staleTime: Infinity,
    queryFn: async () => (await unwrap(api.GET('/api/v1/parties'))).items,
  });
  return useCallback(
    (idOrCode: string) => {
      const party = parties.data?.find((p) => p.id === idOrCode || p.code === idOrCode);
      return party ? (language === 'en' ? (party.nameEn ?? party.name) : party.name) : idOrCode;
    },
    [parties.data, language],
  );
}
