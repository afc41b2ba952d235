import type { Redis } from './redis';
import type { ProviderCode } from '../providers';
import type { PayoutBatchIndex } from '../domain/pix-payouts/batch-index';

/** The payout batch index in Redis: one sorted set per (provider, client), shared by every instance. */
export function redisPayoutBatchIndex(redis: Redis, keyPrefix: string): PayoutBatchIndex {
  const keyOf = (clientId: string, provider: ProviderCode) => `${keyPrefix}payouts:batches:${provider}:${clientId}`;
  return {
    add: async (clientId, provider, batchId) => {
      // A sorted set by first-seen time: a retried create (same batch id) does not list it twice.
      await redis.zadd(keyOf(clientId, provider), 'NX', Date.now(), batchId);
    },
    page: async (clientId, provider, offset, limit) => {
      const key = keyOf(clientId, provider);
      const [ids, total] = await Promise.all([redis.zrevrange(key, offset, offset + limit - 1), redis.zcard(key)]);
      return { ids, total };
    },
  };
}
