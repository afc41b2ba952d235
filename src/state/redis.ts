import Redis, { type RedisOptions } from 'ioredis';
import { StateUnavailableError } from '../errors/domain-errors';

/**
 * The one way Paygraph opens a Redis connection (Redis is the scale-out engine, docs/deploy.md).
 *
 * Fail fast, recover by itself: with the offline queue off and one retry per command, a command
 * issued while Redis is down rejects at once instead of queueing without bound, so callers can
 * fail closed (StateUnavailableError) while ioredis keeps reconnecting in the background with a
 * capped backoff. Blocking readers (XREAD BLOCK, XREADGROUP BLOCK) need their own connection:
 * use `duplicate()` of the client this returns.
 */
export function createRedis(url: string, options: RedisOptions = {}): Redis {
  return new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    // Reconnect forever, at most every 2 s: Redis coming back is noticed within that.
    retryStrategy: (times) => Math.min(100 * 2 ** Math.min(times, 5), 2_000),
    lazyConnect: false,
    ...options,
  });
}

/** Resolves once the client is ready (start-up), or rejects after `timeoutMs`. */
export async function waitForRedis(redis: Redis, timeoutMs = 5_000): Promise<void> {
  if (redis.status === 'ready') return;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new StateUnavailableError(`Redis was not reachable within ${timeoutMs} ms.`));
    }, timeoutMs);
    const onReady = () => {
      cleanup();
      resolve();
    };
    const cleanup = () => {
      clearTimeout(timer);
      redis.off('ready', onReady);
    };
    redis.on('ready', onReady);
  });
}

/** Whether commands can be sent now (readiness probe). */
export function isRedisReady(redis: Redis): boolean {
  return redis.status === 'ready';
}

/**
 * Runs a Redis operation and turns connection-level failures into StateUnavailableError, the one
 * error callers branch on. Replies Redis itself rejects (WRONGTYPE, script errors) are bugs and
 * pass through unchanged.
 */
export async function guardState<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (isConnectionError(error)) throw new StateUnavailableError(undefined, { cause: error });
    throw error;
  }
}

function isConnectionError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'ReplyError') return /^(LOADING|MASTERDOWN|READONLY|BUSY)/.test(error.message);
  // ioredis: "Stream isn't writeable and enableOfflineQueue options is false", MaxRetriesPerRequestError,
  // "Connection is closed.", ECONNREFUSED/ECONNRESET/ETIMEDOUT from the socket.
  return true;
}

export type { Redis };
