import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { UnreadableLine } from '../domain/import/filing-import-row.js';

export type ImportFormat = 'csv' | 'ndjson';

/** The import format a file name or media type names, if any. */
export function importFormatOf(nameOrType: string): ImportFormat | undefined {
  const text = nameOrType.toLowerCase();
  if (/\.csv$|^text\/csv/.test(text)) return 'csv';
  if (/\.(nd)?jsonl?$|^application\/(x-)?(nd)?json(-seq|lines)?/.test(text)) return 'ndjson';
  return undefined;
}

async function* ndjsonRows(input: Readable): AsyncGenerator<unknown> {
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    if (line.trim() === '') continue;
    try {
      yield JSON.parse(line) as unknown;
    } catch {
      yield new UnreadableLine('the line is not a JSON object');
    }
  }
}

/**
 * The rows of an import file, one at a time as the stream delivers them (never the whole file in memory): CSV with a
 * header line naming the columns (UTF-8, a BOM tolerated), or NDJSON, one JSON object per line.
 */
export function importRows(input: Readable, format: ImportFormat): AsyncIterable<unknown> {
  if (format === 'ndjson') return ndjsonRows(input);
  return input.pipe(parse({ columns: true, bom: true, trim: true, skip_empty_lines: true, relax_column_count: true }));
}
