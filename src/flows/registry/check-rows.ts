import { setTimeout as delay } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import { catalogue } from '../../domain/errors/catalogue.js';
import { InputWaits, UnreadableLine } from '../../domain/import/filing-import-row.js';
import { readCheckRow, type CheckRow } from '../../domain/registry/check-row.js';
import { judgeCheckRow, type CheckVerdict, type Verdict } from '../../domain/registry/check-verdict.js';
import { packageFilingsFor, packageKey } from '../../store/registry-queries.js';
import type { Database } from '../../store/schema.js';

/** Rows judged per database query. */
export const CHECK_BATCH_ROWS = 1000;
/**
 * Batches judged at once (each its own query) while more rows are read; answers still come in input order. When the
 * input has to wait for the caller's next rows, what has been read is judged and answered meanwhile, so a caller that
 * waits for answers before sending more gets them.
 */
export const CHECK_BATCHES_IN_FLIGHT = 2;
/** How long the input may pause before the rows read so far are judged and answered without waiting for a full batch. */
const INPUT_PAUSE_MS = 5;

const noop = () => undefined;

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
  error: { code: 'CHECK_INPUT_UNREADABLE' | 'CHECK_TOO_MANY_ROWS' | 'ROW_QUOTA_EXCEEDED' | 'INTERNAL'; message: { zh: string; en: string }; details?: Record<string, unknown> };
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
 * batches in flight (at most `batchesInFlight`, each judged by its own query while more rows are read) is held. A bad
 * row is `invalid` (with its field path) and the stream goes on; input that cannot be read on, or a row past
 * `maxRows`, ends it with one error line.
 */
export async function* checkRows(
  db: Kysely<Database>,
  input: AsyncIterable<unknown>,
  options: {
    maxRows?: number;
    batchRows?: number;
    /** Batches judged at once (default CHECK_BATCHES_IN_FLIGHT). */
    batchesInFlight?: number;
    /** Takes rows from the caller's quota; returns how many it may have. */
    grant?: (rows: number) => Promise<number>;
    /** Sees each judged batch with the rows as read (undefined for invalid ones) before it is yielded. */
    onBatch?: (judged: ReadonlyArray<{ result: CheckResult; input: CheckRow | undefined }>) => Promise<void>;
  } = {},
): AsyncGenerator<CheckLine[]> {
  const maxRows = options.maxRows ?? CHECK_MAX_ROWS;
  const batchRows = options.batchRows ?? CHECK_BATCH_ROWS;
  const depth = options.batchesInFlight ?? CHECK_BATCHES_IN_FLIGHT;
  let batch: Pending[] = [];
  let row = 0;
  let quotaLeft = true;
  // Quota grants are taken one after another, in input order, so rows past the quota are always the last ones.
  let granting: Promise<unknown> = Promise.resolve();
  /** Starts judging a batch: its grant (after the previous batch's) and its registry query, at once. */
  function startJudging(pending: Pending[]): Promise<{ lines: CheckResult[]; taken: Pending[]; short: boolean }> {
    const grant = options.grant;
    const granted = grant ? granting.then(() => grant(pending.length)) : Promise.resolve(pending.length);
    granting = granted.catch(() => undefined);
    const judging = Promise.all([granted, judgeBatch(db, pending)]).then(([count, all]) => {
      const taken = count < pending.length ? pending.slice(0, Math.max(0, count)) : pending;
      return { lines: all.slice(0, taken.length), taken, short: count < pending.length };
    });
    // Awaited in order below; a consumer that stops early must not leave an unhandled rejection behind.
    judging.catch(() => undefined);
    return judging;
  }
  const inFlight: Array<ReturnType<typeof startJudging>> = [];
  /** The oldest batch in flight, judged: its rows within the quota, then the quota's end if it came. */
  async function finishOldest(): Promise<CheckLine[]> {
    const { lines, taken, short } = await inFlight.shift()!;
    if (options.onBatch && lines.length > 0) {
      await options.onBatch(lines.map((line, i) => ({ result: line, input: taken[i]!.ok ? (taken[i] as { value: CheckRow }).value : undefined })));
    }
    const answer: CheckLine[] = lines;
    if (short) {
      quotaLeft = false;
      inFlight.length = 0;
      answer.push(streamError('ROW_QUOTA_EXCEEDED'));
    }
    return answer;
  }
  /**
   * While the caller's next rows are on their way (`ahead` not yet settled): the rows read so far go to be judged and
   * every batch judged before they arrive is answered.
   */
  async function* whileInputWaits(ahead: Promise<unknown>): AsyncGenerator<CheckLine[]> {
    let arrived = false;
    const arrival = ahead.then(
      () => void (arrived = true),
      () => void (arrived = true),
    );
    // A body in full flow refills within moments: batches stay full unless the caller really waits.
    await Promise.race([arrival, delay(INPUT_PAUSE_MS)]);
    while (quotaLeft && !arrived) {
      if (batch.length > 0 && inFlight.length < depth) {
        inFlight.push(startJudging(batch));
        batch = [];
      }
      if (inFlight.length === 0) return;
      await Promise.race([inFlight[0]!.then(noop, noop), arrival]);
      if (arrived) return;
      yield await finishOldest();
    }
  }
  /** Every batch still held, judged in order (stopping at the end of the quota). */
  async function* finishAll(): AsyncGenerator<CheckLine[]> {
    if (batch.length > 0) inFlight.push(startJudging(batch));
    batch = [];
    while (inFlight.length > 0) yield await finishOldest();
  }
  // A parser stream may emit a second error after iteration has stopped at the first (csv-parse does, at its end):
  // the iterator reports the first; later ones must not become an uncaught exception.
  const emitter = input as { on?: (event: string, listener: () => void) => unknown };
  if (typeof emitter.on === 'function') emitter.on('error', () => undefined);
  const iterator = input[Symbol.asyncIterator]();
  let ahead: Promise<IteratorResult<unknown>> | undefined;
  for (;;) {
    let next: IteratorResult<unknown>;
    try {
      next = await (ahead ?? iterator.next());
      ahead = undefined;
    } catch (error) {
      // A CSV the parser cannot go on with (an unclosed quote, a broken encoding) ends the stream, not the process.
      yield* finishAll();
      if (quotaLeft) yield [streamError('CHECK_INPUT_UNREADABLE', { reason: unreadableReason(error) })];
      return;
    }
    if (next.done) break;
    if (next.value instanceof InputWaits) {
      ahead = iterator.next();
      ahead.catch(() => undefined);
      yield* whileInputWaits(ahead);
      if (!quotaLeft) {
        // The next read is still pending: ending the reader must not wait for the caller's next bytes.
        void Promise.resolve(iterator.return?.()).catch(() => undefined);
        return;
      }
      continue;
    }
    row += 1;
    if (row > maxRows) {
      yield* finishAll();
      if (quotaLeft) yield [streamError('CHECK_TOO_MANY_ROWS', { maxRows })];
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
      // Batches are judged while the next ones are read; the oldest is answered once `depth` are in flight.
      inFlight.push(startJudging(batch));
      batch = [];
      if (inFlight.length >= depth) {
        yield await finishOldest();
        if (!quotaLeft) {
          await iterator.return?.();
          return;
        }
      }
    }
  }
  yield* finishAll();
}

/** Why the input stopped being readable, without echoing any of it (parser code and line only). */
function unreadableReason(error: unknown): string {
  const { code, lines } = (error ?? {}) as { code?: unknown; lines?: unknown };
  if (typeof code === 'string') return typeof lines === 'number' ? `${code} at line ${lines}` : code;
  return 'the input stream failed';
}
