import type { ProviderCode } from '../../providers';
import type { SharedState } from '../../state/shared-state';

/**
 * Which payout batches each API client created, newest first. Astra has no "list checkouts"
 * endpoint (§5.2 lists create, details, payments, release, cancel), so `pixPayoutBatches` pages
 * over this index and reads each batch from the provider. Kept where the rest of the shared state
 * is (Redis, or this process's memory), so every instance lists the same batches.
 */
export interface PayoutBatchIndex {
  add(clientId: string, provider: ProviderCode, batchId: string): Promise<void>;
  /** Batch ids, newest first, and how many there are. */
  page(clientId: string, provider: ProviderCode, offset: number, limit: number): Promise<{ ids: string[]; total: number }>;
}

const indexes = new WeakMap<SharedState, PayoutBatchIndex>();

export function payoutBatchIndex(state: SharedState): PayoutBatchIndex {
  let index = indexes.get(state);
  if (!index) indexes.set(state, (index = state.redis ? redisIndex(state) : memoryIndex()));
  return index;
}

function memoryIndex(): PayoutBatchIndex {
  const lists = new Map<string, string[]>();
  return {
    // Promise-returning by contract (the Redis index is asynchronous).
    add: (clientId, provider, batchId) => {
      const key = `${clientId}\u0000${provider}`;
      const list = lists.get(key) ?? [];
      if (!list.includes(batchId)) list.unshift(batchId);
      lists.set(key, list);
      return Promise.resolve();
    },
    page: (clientId, provider, offset, limit) => {
      const list = lists.get(`${clientId}\u0000${provider}`) ?? [];
      return Promise.resolve({ ids: list.slice(offset, offset + limit), total: list.length });
    },
  };
}

function redisIndex(state: SharedState): PayoutBatchIndex {
  const redis = state.redis!;
  const keyOf = (clientId: string, provider: ProviderCode) => `${state.keyPrefix}payouts:batches:${provider}:${clientId}`;
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
