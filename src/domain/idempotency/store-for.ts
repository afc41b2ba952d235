import type { SharedState } from '../../state/shared-state';
import type { IdempotencyStore } from './store';
import { MemoryIdempotencyStore } from './memory-store';
import { RedisIdempotencyStore } from './redis-store';

/** Redis when shared state is in Redis (several instances, survives restarts); memory otherwise. */
export function idempotencyStoreFor(state: SharedState): IdempotencyStore {
  return state.kind === 'redis' && state.redis ? new RedisIdempotencyStore(state.redis, state.keyPrefix) : new MemoryIdempotencyStore();
}
