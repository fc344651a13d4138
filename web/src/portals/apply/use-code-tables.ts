import { useQuery } from '@tanstack/react-query';
import { unwrap } from '../../api/api-error';
import { api } from '../../api/client';
import { useLanguage } from '../../i18n/use-language';

/** The server's code tables (natures, certificate types, regions, service content, pre-approvals…), read once. */
export function useCodeTables() {
  return useQuery({ queryKey: ['code-tables'], staleTime: Infinity, queryFn: async () => unwrap(api.GET('/api/v1/code-tables')) });
}

export type CodeTables = NonNullable<ReturnType<typeof useCodeTables>['data']>;

/** Access providers and distribution platforms an application may be filed through. */
export function useChannels() {
  return useQuery({
    queryKey: ['parties'],
    staleTime: Infinity,
    queryFn: async () => (await unwrap(api.GET('/api/v1/parties'))).items.filter((p) => p.kind === 'access_provider' || p.kind === 'distribution_platform'),
  });
}

/** A code table row's name in the person's language. */
export function useNamed(): (row: { zh: string; en: string }) => string {
  const { language } = useLanguage();
  return (row) => (language === 'en' ? row.en : row.zh);
}
