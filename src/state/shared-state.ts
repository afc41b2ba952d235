import type { Config } from '../config';
import type { Logger } from '../logger';
import { Cluster } from 'ioredis';
import { migrateKeyLayout } from './key-layout';
import { connectRedis, isRedisReady, waitForRedis, type Redis, type ReplicaAcks } from './redis';

/**
 * Where Paygraph's shared state lives (docs/deploy.md). With REDIS_URL (one server) or
 * REDIS_CLUSTER_NODES (a Redis Cluster), one Redis connection (plus the blocking readers that
 * duplicate it) serves every store, under one key prefix; without either every store is in this
 * process's memory, which is right for one instance and says so at start-up.
 */
export interface SharedState {
  kind: 'redis' | 'memory';
  /** Present when kind is 'redis'. Commands fail fast while Redis is down (see redis.ts). */
  redis?: Redis;
  /** Prefix of every key Paygraph writes (REDIS_KEY_PREFIX), e.g. `paygraph:`. */
  keyPrefix: string;
  /** REDIS_WAIT_REPLICAS > 0: the writes that are promises wait for that many replicas (redis.ts). */
  replicaAcks?: ReplicaAcks;
  /** Readiness: memory is always ready; Redis when connected. */
  isReady(): boolean;
  close(): Promise<void>;
}

/** How long a write waits for its replicas before the caller fails closed (REDIS_WAIT_REPLICAS). */
export const REPLICA_WAIT_TIMEOUT_MS = 1_000;

export async function openSharedState(config: Config, logger: Logger): Promise<SharedState> {
  if (!config.redis) {
    logger.warn(
      { state: 'memory' },
      'No REDIS_URL: idempotency records, webhook secrets, the event log and the webhook inbox live in this process only. Run one instance, and expect them to be lost on restart.',
    );
    return { kind: 'memory', keyPrefix: 'paygraph:', isReady: () => true, close: async () => {} };
  }
  const redis = connectRedis(config.redis);
  redis.on('error', (error: Error) => logger.warn({ event: 'redis_error', err: { message: error.message } }, 'Redis connection problem'));
  try {
    await waitForRedis(redis);
    // Keys named before Redis Cluster support get their hash-tagged names (key-layout.ts).
    if (!(redis instanceof Cluster)) await migrateKeyLayout(redis, config.redis.keyPrefix, logger);
  } catch (error) {
    redis.disconnect();
    throw error;
  }
  const topology = 'clusterNodes' in config.redis ? 'cluster' : 'server';
  logger.info({ state: 'redis', topology, keyPrefix: config.redis.keyPrefix }, 'Shared state in Redis');
  return {
    kind: 'redis',
    redis,
    keyPrefix: config.redis.keyPrefix,
    replicaAcks: config.redis.waitReplicas > 0 ? { replicas: config.redis.waitReplicas, timeoutMs: REPLICA_WAIT_TIMEOUT_MS } : undefined,
    isReady: () => isRedisReady(redis),
    close: async () => {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
