import type { Kysely } from 'kysely';
import { catalogue } from '../../domain/errors/catalogue.js';
import { UnreadableLine } from '../../domain/import/filing-import-row.js';
import { readCheckRow, type CheckRow } from '../../domain/registry/check-row.js';
import { judgeCheckRow, type CheckVerdict, type Verdict } from '../../domain/registry/check-verdict.js';
import { packageFilingsFor, packageKey } from '../../store/registry-queries.js';
import type { Database } from '../../store/schema.js';

/** Rows judged per database query. */
export const CHECK_BATCH_ROWS = 1000;
/** The most rows one check (or distribution report) may carry. */
export const CHECK_MAX_ROWS = 1_000_000;

export interface CheckResult {
  /** The input row's position, from 1 (data rows; a CSV header is not counted). */
  row: number;
  verdict: CheckVerdict;
  number?: string;
  filed?: Verdict['filed'];
  details?: Verdict['details'] | { code: 'CHECK_ROW_INVALID'; path: string; message: { zh: string; en: string }; reason: string };
}

/** The line that ends a stream early: the input could not be read on, or had too many rows. */
export interface CheckStreamError {
  error: { code: 'CHECK_INPUT_UNREADABLE' | 'CHECK_TOO_MANY_ROWS' | 'INTERNAL'; message: { zh: string; en: string }; details?: Record<string, unknown> };
}

export type CheckLine = CheckResult | CheckStreamError;

export function isCheckStreamError(line: CheckLine): line is CheckStreamError {
  return 'error' in line;
}

function streamError(code: CheckStreamError['error']['code'], details?: Record<string, unknown>): CheckStreamError {
  const { zh, en } = catalogue[code];
  return { error: { code, message: { zh, en }, ...(details ? { details } : {}) } };
}

type Pending = { row: number; ok: true; value: CheckRow } | { row: number; ok: false; result: CheckResult };

async function judgeBatch(db: Kysely<Database>, batch: readonly Pending[]): Promise<CheckResult[]> {
  const keys = batch.flatMap((item) => (item.ok ? [{ platform: item.value.platform, packageName: item.value.packageName }] : []));
  const filings = await packageFilingsFor(db, keys);
  return batch.map((item) => {
    if (!item.ok) return item.result;
    const verdict = judgeCheckRow(item.value, filings.get(packageKey(item.value.platform, item.value.packageName)) ?? []);
    return { row: item.row, ...verdict };
  });
}

function invalid(row: number, path: string, reason: string): CheckResult {
  const { zh, en } = catalogue.CHECK_ROW_INVALID;
  return { row, verdict: 'invalid', details: { code: 'CHECK_ROW_INVALID', path, message: { zh, en }, reason } };
}

/**
 * Judges rows as they arrive and yields one result per row, in input order, a batch at a time: nothing but the
 * current batch is held. A bad row is `invalid` (with its field path) and the stream goes on; input that cannot be
 * read on, or a row past `maxRows`, ends it with one error line.
 */
export async function* checkRows(
  db: Kysely<Database>,
  input: AsyncIterable<unknown>,
  options: { maxRows?: number; batchRows?: number } = {},
): AsyncGenerator<CheckLine[]> {
  const maxRows = options.maxRows ?? CHECK_MAX_ROWS;
  const batchRows = options.batchRows ?? CHECK_BATCH_ROWS;
  let batch: Pending[] = [];
  let row = 0;
  const iterator = input[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<unknown>;
    try {
      next = await iterator.next();
    } catch (error) {
      // A CSV the parser cannot go on with (an unclosed quote, a broken encoding) ends the stream, not the process.
      if (batch.length > 0) yield await judgeBatch(db, batch);
      yield [streamError('CHECK_INPUT_UNREADABLE', { reason: unreadableReason(error) })];
      return;
    }
    if (next.done) break;
    row += 1;
    if (row > maxRows) {
      if (batch.length > 0) yield await judgeBatch(db, batch);
      yield [streamError('CHECK_TOO_MANY_ROWS', { maxRows })];
      await iterator.return?.();
      return;
    }
    const value = next.value;
    if (value instanceof UnreadableLine) batch.push({ row, ok: false, result: invalid(row, '', value.reason) });
    else {
      const read = readCheckRow(value);
      batch.push(read.ok ? { row, ok: true, value: read.row } : { row, ok: false, result: invalid(row, read.path, read.reason) });
    }
    if (batch.length >= batchRows) {
      const done = batch;
      batch = [];
      yield await judgeBatch(db, done);
    }
  }
  if (batch.length > 0) yield await judgeBatch(db, batch);
}

/** Why the input stopped being readable, without echoing any of it (parser code and line only). */
function unreadableReason(error: unknown): string {
  const { code, lines } = (error ?? {}) as { code?: unknown; lines?: unknown };
  if (typeof code === 'string') return typeof lines === 'number' ? `${code} at line ${lines}` : code;
  return 'the input stream failed';
}
