import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { InputWaits, UnreadableLine } from '../domain/import/filing-import-row.js';

export type ImportFormat = 'csv' | 'ndjson';

/** The import format a file name or media type names, if any. */
export function importFormatOf(nameOrType: string): ImportFormat | undefined {
  const text = nameOrType.toLowerCase();
  if (/\.csv$|^text\/csv/.test(text)) return 'csv';
  if (/\.(nd)?jsonl?$|^application\/(x-)?(nd)?json(-seq|lines)?/.test(text)) return 'ndjson';
  return undefined;
}

function ndjsonRow(line: string): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    return new UnreadableLine('the line is not a JSON object');
  }
}

/** NDJSON rows as the chunks arrive; lines end at LF, CR LF or a lone CR, and blank lines are skipped. */
async function* ndjsonRows(input: Readable, markWaits: boolean): AsyncGenerator<unknown> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for await (const chunk of input) {
    const text = rest + (typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer));
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      const line = text.slice(start, end);
      start = end + 1;
      if (line.includes('\r')) {
        for (const part of line.split('\r')) if (part.trim() !== '') yield ndjsonRow(part);
      } else if (line.trim() !== '') yield ndjsonRow(line);
    }
    rest = text.slice(start);
    if (markWaits && input.readableLength === 0) yield inputWaits;
  }
  rest += decoder.end();
  for (const part of rest.split('\r')) if (part.trim() !== '') yield ndjsonRow(part);
}

const inputWaits = new InputWaits();

/** CSV rows from the parser, marking where every row read so far has been handed out and the input must be waited for. */
async function* markedCsvRows(parser: Readable & { writableLength: number }, input: Readable): AsyncGenerator<unknown> {
  for await (const row of parser) {
    yield row;
    if (parser.readableLength === 0 && parser.writableLength === 0 && input.readableLength === 0) yield inputWaits;
  }
}

/**
 * The rows of an import file, one at a time as the stream delivers them (never the whole file in memory): CSV with a
 * header line naming the columns (UTF-8, a BOM tolerated), or NDJSON, one JSON object per line.
 */
export function importRows(input: Readable, format: ImportFormat, options: { markWaits?: boolean } = {}): AsyncIterable<unknown> {
  const markWaits = options.markWaits ?? false;
  if (format === 'ndjson') return ndjsonRows(input, markWaits);
  const parser = input.pipe(parse({ columns: true, bom: true, trim: true, skip_empty_lines: true, relax_column_count: true }));
  if (!markWaits) return parser;
  // A parser may emit a second error after iteration has stopped at the first (csv-parse does, at its end).
  parser.on('error', () => undefined);
  return markedCsvRows(parser, input);
}
