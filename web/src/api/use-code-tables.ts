import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useLanguage } from '../i18n/use-language';
import { unwrap } from './api-error';
import { api } from './client';

export type CodeTable = 'natures' | 'certificateTypes' | 'provinces' | 'languages' | 'connectionMethods' | 'preApprovalCategories' | 'materialKinds' | 'serviceContent';

/** The code tables (GET /api/v1/code-tables), and a function naming a code in the person's language (the code itself when unknown). */
export function useCodeTables() {
  const { language } = useLanguage();
  const tables = useQuery({
    queryKey: ['code-tables'],
    staleTime: Infinity,
    queryFn: async () => unwrap(api.GET('/api/v1/code-tables')),
  });
  const name = useCallback(
    (table: CodeTable, code: string | number | undefined | null): string => {
      if (code === undefined || code === null || code === '') return '';
      const data = tables.data;
      if (!data) return String(code);
      // Service content is grouped: an entry is named with its group.
      const rows: Array<{ code: string | number; zh: string; en: string }> =
        table === 'serviceContent'
          ? data.serviceContent.flatMap((g) => g.entries.map((e) => ({ code: e.code, zh: `${g.zh} · ${e.zh}`, en: `${g.en} · ${e.en}` })))
          : data[table];
      const entry = rows.find((e) => String(e.code) === String(code));
      return entry ? (language === 'en' ? entry.en : entry.zh) : String(code);
    },
    [tables.data, language],
  );
  return { ...tables, name };
}
