import { guardState, type Redis } from '../state/redis';

/**
 * The durable list of subjects watched in the background (background-watch.ts): global id → the
 * epoch ms after which nobody polls it any more. Redis when shared (every instance adopts it, and
 * a restart forgets nothing); this process's memory otherwise. Chosen in state/stores.ts.
 */
export interface WatchList {
  /** Adds the subject, or moves its deadline. */
  put(subject: string, untilMs: number): Promise<void>;
  remove(subject: string): Promise<void>;
  /** Every subject with its deadline. */
  entries(): Promise<Map<string, number>>;
}

export class MemoryWatchList implements WatchList {
  private readonly subjects = new Map<string, number>();

  put(subject: string, untilMs: number): Promise<void> {
    this.subjects.set(subject, untilMs);
    return Promise.resolve();
  }

  remove(subject: string): Promise<void> {
    this.subjects.delete(subject);
    return Promise.resolve();
  }

  entries(): Promise<Map<string, number>> {
    return Promise.resolve(new Map(this.subjects));
  }
}

/** One Redis hash `<prefix>background-watch`: field = global id, value = deadline (epoch ms). */
export class RedisWatchList implements WatchList {
  private readonly key: string;

  constructor(
    private readonly redis: Redis,
    keyPrefix: string,
  ) {
    this.key = `${keyPrefix}background-watch`;
  }

  async put(subject: string, untilMs: number): Promise<void> {
    await guardState(() => this.redis.hset(this.key, subject, String(untilMs)));
  }

  async remove(subject: string): Promise<void> {
    await guardState(() => this.redis.hdel(this.key, subject));
  }

  async entries(): Promise<Map<string, number>> {
    const all = await guardState(() => this.redis.hgetall(this.key));
    return new Map(Object.entries(all).map(([subject, until]) => [subject, Number(until)]));
  }
}
