import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { countCsvRows, streamCheck, type CheckResult } from './read-check-stream';

export interface CheckStream {
  fileName: string | null;
  /** The data rows of the file: what progress counts towards. */
  total: number;
  results: CheckResult[];
  /** Rows by verdict so far. */
  counts: Map<string, number>;
  running: boolean;
  failure: string | null;
  /** Streams a CSV file to the check (or a report) and collects its verdicts; resolves when the answer ends. */
  start(file: File, options?: { url?: string; onResponse?: (response: Response) => void }): Promise<{ aborted: boolean }>;
  stop(): void;
}

/** A CSV file sent to a route answering with check lines, its verdicts collected as they stream in; one run at a time. */
export function useCheckStream(): CheckStream {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [fileName, setFileName] = useState<string | null>(null);
  const [total, setTotal] = useState(0);
  const [results, setResults] = useState<CheckResult[]>([]);
  const [running, setRunning] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);

  const counts = useMemo(() => {
    const by = new Map<string, number>();
    for (const r of results) by.set(r.verdict, (by.get(r.verdict) ?? 0) + 1);
    return by;
  }, [results]);

  async function start(file: File, options: { url?: string; onResponse?: (response: Response) => void } = {}) {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setFileName(file.name);
    setTotal(countCsvRows(await file.text()));
    setResults([]);
    setFailure(null);
    setRunning(true);
    try {
      await streamCheck(file, (batch) => setResults((previous) => previous.concat(batch)), controller.signal, options);
    } catch (error) {
      if (!controller.signal.aborted) {
        const body = (error as { body?: { error?: { message: { zh: string; en: string } } } }).body;
        setFailure(body?.error ? (language === 'en' ? body.error.message.en : body.error.message.zh) : t('errors.network'));
      }
    } finally {
      if (abort.current === controller) setRunning(false);
    }
    return { aborted: controller.signal.aborted };
  }

  return { fileName, total, results, counts, running, failure, start, stop: () => abort.current?.abort() };
}
