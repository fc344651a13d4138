import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { addHits } from '../../store/rate-limit-hits.js';
import type { Database } from '../../store/schema.js';

interface Counter {
  /** The window's hits in the database as last seen (every process's, flushed). */
  known: number;
  /** This process's hits not yet added to the database. */
  pending: number;
  /** This process's hits being added by a flush that has not answered yet. */
  flushing: number;
  /** When the window ends, on this process's clock (from the database's time left); 0 when not known yet. */
  endsAt: number;
}

export interface HitCount {
  hits: number;
  ttlMs: number;
}

/**
 * Per-window request counters shared through the database (rate_limit_hits) without a database write per request.
 * While a counter is far from its limit (at most half of it used, as far as this process knows), hits are counted in
 * memory and added to the database every `flushMs`, all counters in one statement. Nearer the limit every hit is added
 * at once (one upsert, atomic across processes), and once the database reports the limit reached, further hits are
 * refused here until the window ends, without asking again. So a limit holds across processes exactly when hits
 * reach it slowly; a burst arriving at several processes within one flush interval may pass it by at most the hits
 * each other process admitted in memory (under half the limit each).
 */
export class HitCounter {
  private readonly counters = new Map<string, Counter>();
  private readonly timer: NodeJS.Timeout;
  private flushing: Promise<void> | undefined;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly windowMs: number,
    flushMs = 1000,
  ) {
    this.timer = setInterval(() => void this.flush().catch(() => undefined), flushMs);
    this.timer.unref();
  }

  /** Counts one hit for `key` against `limit`; the window's hits including this one (above `limit`: refuse it). */
  async hit(key: string, limit: number): Promise<HitCount> {
    const now = Date.now();
    let counter = this.counters.get(key);
    if (counter && counter.endsAt !== 0 && counter.endsAt <= now) {
      // The window ended: its unflushed hits belong to it and are dropped with it.
      counter.known = 0;
      counter.pending = 0;
      counter.flushing = 0;
      counter.endsAt = 0;
    }
    if (!counter) {
      counter = { known: 0, pending: 0, flushing: 0, endsAt: 0 };
      this.counters.set(key, counter);
    }
    const ttlMs = counter.endsAt === 0 ? this.windowMs : counter.endsAt - now;
    if (counter.known >= limit && counter.endsAt !== 0) return { hits: counter.known + 1, ttlMs };
    const counted = counter.known + counter.flushing + counter.pending + 1;
    if (counted * 2 <= limit) {
      counter.pending += 1;
      return { hits: counted, ttlMs };
    }
    const delta = counter.pending + 1;
    counter.pending = 0;
    const added = (await addHits(this.db, [{ key: hashed(key), hits: delta }], this.windowMs)).get(hashed(key))!;
    this.record(counter, added, Date.now());
    return added;
  }

  /** Adds every counter's pending hits to the database (one statement) and forgets counters whose window ended. */
  flush(): Promise<void> {
    this.flushing ??= this.flushNow().finally(() => (this.flushing = undefined));
    return this.flushing;
  }

  /** Stops the timer after a last flush. */
  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  private async flushNow(): Promise<void> {
    const now = Date.now();
    const taken: Array<{ key: string; counter: Counter; hits: number }> = [];
    for (const [key, counter] of this.counters) {
      if (counter.pending > 0) {
        taken.push({ key: hashed(key), counter, hits: counter.pending });
        counter.flushing += counter.pending;
        counter.pending = 0;
      } else if (counter.endsAt !== 0 && counter.endsAt <= now) this.counters.delete(key);
    }
    if (taken.length === 0) return;
    let added: Map<string, HitCount>;
    try {
      added = await addHits(this.db, taken, this.windowMs);
    } catch (error) {
      for (const t of taken) {
        t.counter.flushing = Math.max(0, t.counter.flushing - t.hits);
        t.counter.pending += t.hits;
      }
      throw error;
    }
    const at = Date.now();
    for (const t of taken) {
      t.counter.flushing = Math.max(0, t.counter.flushing - t.hits);
      const count = added.get(t.key);
      if (count) this.record(t.counter, count, at);
    }
  }

  private record(counter: Counter, count: HitCount, now: number): void {
    const endsAt = now + count.ttlMs;
    // A later window than the one known (it ends a whole window later, whatever the answer's delay): what was known
    // belonged to the old one.
    if (counter.endsAt === 0 || endsAt >= counter.endsAt + this.windowMs / 2 || count.hits > counter.known) counter.known = count.hits;
    if (counter.endsAt === 0 || endsAt >= counter.endsAt + this.windowMs / 2) counter.endsAt = endsAt;
  }
}

function hashed(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}
