import { randomUUID } from 'node:crypto';
import type { Logger } from '../../logger';
import type { Redis } from '../../state/redis';
import { deriveTokenKey, openToken, sealToken, type SharedToken } from './token-crypto';

export interface SharedTokenCacheOptions {
  redis: Redis;
  /** Prefix of every key (REDIS_KEY_PREFIX). */
  keyPrefix: string;
  logger: Logger;
  /** How long a refresh lock lives if its holder dies mid-fetch. Default 15 s. */
  lockTtlMs?: number;
  /** How long an instance waits for another's refresh before fetching itself. Default 5 s. */
  waitMs?: number;
  /** Pause between looks at the shared copy while waiting. Default 25 ms. */
  pollMs?: number;
  /** Bound on each Redis command: a hanging Redis must not hang a request. Default 1 s. */
  commandTimeoutMs?: number;
}

const COMPARE_AND_DELETE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0";

/**
 * Provider tokens shared by every instance through Redis (issue 9: N instances, one token call per
 * window). One cache per process; one `slot` per credential set (TokenManager key). Redis is an
 * optimisation here, never a dependency: when it fails, the slot reports it and TokenManager
 * fetches for its own process. That is logged once per outage, not per request.
 */
export class SharedTokenCache {
  #degraded = false;

  constructor(readonly options: SharedTokenCacheOptions) {}

  /** The shared copy of the token for `cacheKey`, encrypted with a key derived from `credential`. */
  slot(cacheKey: string, credential: string): SharedTokenSlot {
    return new SharedTokenSlot(this, cacheKey, deriveTokenKey(credential, cacheKey));
  }

  /** @internal Redis failed: the first failure of an outage is logged. */
  reportFailure(cacheKey: string, error: unknown): void {
    if (this.#degraded) return;
    this.#degraded = true;
    const message = error instanceof Error ? error.message : String(error);
    this.options.logger.warn(
      { event: 'shared_token_cache_unavailable', cacheKey, err: { message } },
      'Shared token cache unavailable: each instance fetches its own tokens until Redis is back',
    );
  }

  /** @internal */
  reportSuccess(): void {
    if (!this.#degraded) return;
    this.#degraded = false;
    this.options.logger.info({ event: 'shared_token_cache_recovered' }, 'Shared token cache available again');
  }
}

export const UNAVAILABLE = Symbol('shared-token-cache-unavailable');
type Maybe<T> = T | typeof UNAVAILABLE;

/** One credential set's shared token and refresh lock. Every method answers UNAVAILABLE instead of throwing. */
export class SharedTokenSlot {
  readonly #cache: SharedTokenCache;
  readonly #cacheKey: string;
  readonly #key: Buffer;
  readonly #tokenKey: string;
  readonly #lockKey: string;

  constructor(cache: SharedTokenCache, cacheKey: string, key: Buffer) {
    this.#cache = cache;
    this.#cacheKey = cacheKey;
    this.#key = key;
    this.#tokenKey = `${cache.options.keyPrefix}token:${cacheKey}`;
    this.#lockKey = `${cache.options.keyPrefix}token-lock:${cacheKey}`;
  }

  get waitMs(): number {
    return this.#cache.options.waitMs ?? 5_000;
  }

  get pollMs(): number {
    return this.#cache.options.pollMs ?? 25;
  }

  read(): Promise<Maybe<SharedToken | undefined>> {
    return this.#run(async (redis) => {
      const sealed = await redis.get(this.#tokenKey);
      return sealed === null ? undefined : openToken(this.#key, this.#tokenKey, sealed);
    });
  }

  /** Stored until the token expires, so Redis drops it by itself. */
  write(token: SharedToken, now: number): Promise<Maybe<void>> {
    const ttlMs = Math.floor(token.expiresAt - now);
    if (ttlMs <= 0) return Promise.resolve();
    return this.#run(async (redis) => {
      await redis.set(this.#tokenKey, sealToken(this.#key, this.#tokenKey, token), 'PX', ttlMs);
    });
  }

  /** Drops the shared copy only if it still is `accessToken` (a 401 never removes a newer token). */
  deleteIf(accessToken: string): Promise<Maybe<void>> {
    return this.#run(async (redis) => {
      const sealed = await redis.get(this.#tokenKey);
      if (sealed === null || openToken(this.#key, this.#tokenKey, sealed)?.accessToken !== accessToken) return;
      await redis.eval(COMPARE_AND_DELETE, 1, this.#tokenKey, sealed);
    });
  }

  /** The owner id when this caller now holds the refresh lock (SET NX PX), undefined when another does. */
  tryLock(): Promise<Maybe<string | undefined>> {
    const owner = randomUUID();
    return this.#run(async (redis) => ((await redis.set(this.#lockKey, owner, 'PX', this.#cache.options.lockTtlMs ?? 15_000, 'NX')) === 'OK' ? owner : undefined));
  }

  unlock(owner: string): Promise<Maybe<void>> {
    return this.#run(async (redis) => {
      await redis.eval(COMPARE_AND_DELETE, 1, this.#lockKey, owner);
    });
  }

  async #run<T>(operation: (redis: Redis) => Promise<T>): Promise<Maybe<T>> {
    const { redis, commandTimeoutMs = 1_000 } = this.#cache.options;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Redis did not answer within ${commandTimeoutMs} ms`)), commandTimeoutMs);
      timer.unref?.();
    });
    try {
      const result = await Promise.race([operation(redis), timeout]);
      this.#cache.reportSuccess();
      return result;
    } catch (error) {
      this.#cache.reportFailure(this.#cacheKey, error);
      return UNAVAILABLE;
    } finally {
      clearTimeout(timer);
    }
  }
}
