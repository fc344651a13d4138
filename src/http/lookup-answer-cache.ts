import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { filingEventNumbersAfter, latestFilingEventId } from '../store/filing-events.js';
import type { Database } from '../store/schema.js';

export interface CachedAnswer {
  /** The answer's JSON text, as sent. */
  body: string;
  /** A strong ETag over the body. */
  etag: string;
}

interface Entry extends CachedAnswer {
  expiresAt: number;
}

export interface LookupAnswerCacheOptions {
  /** How long an answer may be served from memory at most (the answers' Cache-Control max-age). */
  ttlMs: number;
  /** The most answers held; the oldest are dropped first. */
  maxEntries?: number;
  /** How often the change feed's events are read to drop the answers of changed filings. */
  pollMs?: number;
  /** Events are read again for this long after they were first seen, for transactions that commit late. */
  rescanMs?: number;
}

/** A strong ETag over an answer's bytes. */
export function answerEtag(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/**
 * The rendered answers of lookups by filing number, held in this process. Every change to a filing's public fields
 * writes a change-feed event (filing_events) in the transaction that makes it; the cache reads the new events every
 * `pollMs` and drops the answers of the numbers they name, so a change shows within about that time on every process.
 * Events are read again for `rescanMs` (ids are given at write, not at commit); past that an answer still expires
 * after `ttlMs`. An answer read from the database while events were being applied is not kept.
 */
export class LookupAnswerCache {
  private readonly entries = new Map<string, Entry>();
  private readonly maxEntries: number;
  private readonly timer: NodeJS.Timeout;
  /** Ids seen by each poll, oldest first: events above the first still-recent one are read again. */
  private readonly seen: Array<{ at: number; maxId: number }> = [];
  private started: Promise<void> | undefined;
  private polling: Promise<void> | undefined;
  private generation = 0;
  private ready = false;
  private written = false;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly options: LookupAnswerCacheOptions,
  ) {
    this.maxEntries = options.maxEntries ?? 100_000;
    this.timer = setInterval(() => void this.poll().catch(() => undefined), options.pollMs ?? 500);
    this.timer.unref();
    this.started = latestFilingEventId(db).then(
      (id) => {
        this.seen.push({ at: Date.now(), maxId: id });
        this.ready = true;
      },
      () => undefined,
    );
  }

  /** The cached answer for this number, if any and still fresh. */
  get(number: string): CachedAnswer | undefined {
    const entry = this.entries.get(number);
    if (!entry) return undefined;
    if (entry.expiresAt <= Date.now()) {
      this.entries.delete(number);
      return undefined;
    }
    return entry;
  }

  /**
   * Notes that this process answered a request that may have changed filings (any write): the next lookup reads the
   * change feed first, so a caller sees its own changes at once.
   */
  noteWrite(): void {
    this.written = true;
  }

  /** After a write in this process, reads the events it wrote before answering from memory. */
  async catchUp(): Promise<void> {
    if (!this.written) return;
    this.written = false;
    await this.polling?.catch(() => undefined);
    await this.poll();
  }

  /** A token to take before reading a filing from the database and to hand to `set`. */
  ticket(): number {
    return this.ready ? this.generation : -1;
  }

  /** Keeps an answer read after `ticket()` — unless changes were applied since, or the cache is not following the feed yet. */
  set(number: string, ticket: number, body: string): CachedAnswer {
    const answer = { body, etag: answerEtag(body) };
    if (ticket !== this.generation || !this.ready) return answer;
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(number, { ...answer, expiresAt: Date.now() + this.options.ttlMs });
    return answer;
  }

  /** Reads new change-feed events and drops the answers they make stale. */
  poll(): Promise<void> {
    this.polling ??= this.pollNow().finally(() => (this.polling = undefined));
    return this.polling;
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.started;
    await this.polling?.catch(() => undefined);
    this.entries.clear();
  }

  private async pollNow(): Promise<void> {
    await this.started;
    if (!this.ready) return;
    const now = Date.now();
    const rescanMs = this.options.rescanMs ?? 10_000;
    while (this.seen.length > 1 && this.seen[1]!.at <= now - rescanMs) this.seen.shift();
    const floor = this.seen[0]!.maxId;
    const limit = 10_000;
    const events = await filingEventNumbersAfter(this.db, floor, limit);
    let maxId = this.seen.at(-1)!.maxId;
    if (events.length > 0) {
      this.generation += 1;
      if (events.length === limit) this.entries.clear();
      else for (const event of events) this.entries.delete(event.number);
      maxId = Math.max(maxId, events.at(-1)!.id);
    }
    // A burst larger than one read: everything was dropped, and the next poll reads on from here.
    if (events.length === limit) this.seen.splice(0, this.seen.length, { at: now, maxId });
    else this.seen.push({ at: now, maxId });
  }
}
