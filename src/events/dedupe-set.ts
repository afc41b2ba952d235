import { guardState, type Redis } from '../state/redis';

/**
 * The relay's memory of deliveries it has taken on, so a provider's retry of the same delivery is
 * answered "duplicate" instead of being confirmed again. `claim` is the check and the remembering
 * in one step (two instances receiving the same delivery at once: only one claims it).
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

  async claim(key: string): Promise<boolean> {
    if (this.keys.has(key)) return false;
    this.keys.add(key);
    if (this.keys.size > this.maxSize) this.keys.delete(this.keys.values().next().value as string);
    return true;
  }

  async forget(key: string): Promise<void> {
    this.keys.delete(key);
  }
}

export interface RedisDedupeSetOptions {
  redis: Redis;
  /** Full prefix of this set's keys, e.g. `paygraph:webhooks:seen:`. */
  keyPrefix: string;
  /** How long a key is remembered; bounded memory without a size cap. */
  ttlMs: number;
}

/** Shared by every instance: `SET NX PX` per key. Redis errors surface as StateUnavailableError. */
export class RedisDedupeSet implements DedupeSet {
  constructor(private readonly options: RedisDedupeSetOptions) {}

  async claim(key: string): Promise<boolean> {
    const { redis, keyPrefix, ttlMs } = this.options;
    return (await guardState(() => redis.set(`${keyPrefix}${key}`, '1', 'PX', ttlMs, 'NX'))) === 'OK';
  }

  async forget(key: string): Promise<void> {
    await guardState(() => this.options.redis.del(`${this.options.keyPrefix}${key}`));
  }
}
