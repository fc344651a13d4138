/**
 * Reads by key gathered into one query: keys asked for while the reads in flight are at `maxInFlight` (and those asked
 * for in the same turn of the event loop) go out together as one batch of up to `maxBatch` keys. Under load, one
 * round trip and one statement serve many requests; a lone request waits one turn of the event loop at most.
 *
 * A key joins a batch only while that batch has not been sent, so a read always starts after the request for it was
 * made (what LookupAnswerCache's tickets rely on).
 */
export class BatchedReads<K, V> {
  private queue: Array<{ key: K; resolve: (value: V | undefined) => void; reject: (error: unknown) => void }> = [];
  private inFlight = 0;
  private scheduled = false;

  constructor(
    private readonly read: (keys: K[]) => Promise<Map<K, V>>,
    private readonly options: { maxBatch: number; maxInFlight: number },
  ) {}

  /** The value for `key`, or undefined when the read found none. */
  get(key: K): Promise<V | undefined> {
    return new Promise((resolve, reject) => {
      this.queue.push({ key, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight >= this.options.maxInFlight) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.send();
    });
  }

  private send(): void {
    while (this.queue.length > 0 && this.inFlight < this.options.maxInFlight) {
      const batch = this.queue.splice(0, this.options.maxBatch);
      this.inFlight += 1;
      const keys = [...new Set(batch.map((item) => item.key))];
      this.read(keys).then(
        (found) => {
          for (const item of batch) item.resolve(found.get(item.key));
        },
        (error: unknown) => {
          for (const item of batch) item.reject(error);
        },
      ).finally(() => {
        this.inFlight -= 1;
        if (this.queue.length > 0) this.schedule();
      });
    }
  }
}
