/** One answer line of POST /api/v1/checks. */
export interface CheckResult {
  row: number;
  verdict: string;
  number?: string;
  filed?: { subjectName: string; serviceName: string | null; status: string };
  details?: { code?: string; path?: string };
}

/** The data rows of a CSV file (its lines after the header, blank lines left out): the total progress counts towards. */
export function countCsvRows(text: string): number {
  return Math.max(0, text.split(/\r?\n/).filter((line) => line.trim() !== '').length - 1);
}

/**
 * Sends a CSV file to the bulk check (or another route answering with check lines, e.g. a distribution report) and hands over its NDJSON answer batch by batch as it streams in. An `{ error }`
 * line (input that cannot be read on) is thrown with its catalogued message.
 */
export async function streamCheck(
  file: Blob,
  onBatch: (results: CheckResult[]) => void,
  signal: AbortSignal,
  { url = '/api/v1/checks', onResponse }: { url?: string; onResponse?: (response: Response) => void } = {},
): Promise<void> {
  const response = await fetch(url, { method: 'POST', body: file, headers: { 'content-type': 'text/csv' }, credentials: 'same-origin', signal });
  if (!response.ok || !response.body) {
    const body = (await response.json().catch(() => null)) as { error?: { code: string; message: { zh: string; en: string } } } | null;
    throw Object.assign(new Error(body?.error?.message.en ?? `HTTP ${response.status}`), { status: response.status, body });
  }
  onResponse?.(response);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let pending = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    pending += value;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    const batch: CheckResult[] = [];
    for (const line of lines) {
      if (!line.trim()) continue;
      const parsed = JSON.parse(line) as CheckResult | { error: { code: string; message: { zh: string; en: string } } };
      if ('error' in parsed) throw Object.assign(new Error(parsed.error.message.en), { body: parsed });
      batch.push(parsed);
    }
    if (batch.length) onBatch(batch);
  }
}

/** The results as CSV for download (one line per row, in row order). */
export function resultsCsv(results: readonly CheckResult[]): string {
  const cell = (v: unknown) => {
    const s = v === undefined || v === null ? '' : String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = ['row,verdict,number,subjectName,serviceName,status,code,path'];
  for (const r of results) {
    lines.push([r.row, r.verdict, r.number, r.filed?.subjectName, r.filed?.serviceName, r.filed?.status, r.details?.code, r.details?.path].map(cell).join(','));
  }
  return `${lines.join('\n')}\n`;
}
