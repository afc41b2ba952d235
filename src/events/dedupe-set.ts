/**
 * Memory of deliveries already taken on, so a provider's retry of the same delivery is answered
 * "duplicate" instead of being confirmed again. `claim` is the check and the remembering in one
 * step. The memory inbox uses it; the Redis inbox does the same with `SET NX PX` in the same
 * script as its `XADD` (redis-webhook-inbox.ts).
 */
export interface DedupeSet {
  /** True when the key was not yet remembered (and now is); false for a duplicate. */
  claim(key: string): Promise<boolean>;
  /** Forgets it, so the provider's next retry is taken on again (suspicious, unknown, failed). */
  forget(key: string): Promise<void>;
}

/** One process: a bounded set, the oldest keys dropped first. */
export class MemoryDedupeSet implements DedupeSet {
  private readonly keys = new Set<string>();

  constructor(private readonly maxSize = 100_000) {}

  claim(key: string): Promise<boolean> {
    if (this.keys.has(key)) return Promise.resolve(false);
    this.keys.add(key);
    if (this.keys.size > this.maxSize) this.keys.delete(this.keys.values().next().value as string);
    return Promise.resolve(true);
  }

  forget(key: string): Promise<void> {
    this.keys.delete(key);
    return Promise.resolve();
  }
}
