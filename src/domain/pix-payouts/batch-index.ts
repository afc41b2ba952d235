import type { ProviderCode } from '../../providers';

/**
 * Which payout batches each API client created, newest first. Astra has no "list checkouts"
 * endpoint (ASM-A30…A35: create, details, payments, release, cancel), so `pixPayoutBatches` pages
 * over this index and reads each batch from the provider. Kept where the rest of the shared state
 * is (Redis, or this process's memory; src/state/stores.ts), so every instance lists the same batches.
 */
export interface PayoutBatchIndex {
  add(clientId: string, provider: ProviderCode, batchId: string): Promise<void>;
  /** Batch ids, newest first, and how many there are. */
  page(clientId: string, provider: ProviderCode, offset: number, limit: number): Promise<{ ids: string[]; total: number }>;
}

/** The index in this process's memory (one instance; src/state/stores.ts chooses). */
export function memoryPayoutBatchIndex(): PayoutBatchIndex {
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
