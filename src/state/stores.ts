import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Logger } from '../logger';
import type { SharedState } from './shared-state';
import type { EventBus } from '../events/event-bus';
import { MemoryEventBus } from '../events/memory-event-bus';
import { RedisEventBus, type RedisEventBusOptions } from '../events/redis-event-bus';
import { RedisWebhookInbox, type RedisWebhookInboxOptions } from '../events/redis-webhook-inbox';
import type { WebhookInbox } from '../events/webhook-inbox';
import { RedisPollerLeases, type PollerLeases } from '../events/poller-lease';
import { MemoryWatchList, RedisWatchList, type WatchList } from '../events/watch-list';
import { SharedTokenCache } from '../datasources/http/shared-token-cache';
import { MemoryIdempotencyStore } from '../domain/idempotency/memory-store';
import type { IdempotencyStore } from '../domain/idempotency/store';
import { memoryPayoutBatchIndex, type PayoutBatchIndex } from '../domain/pix-payouts/batch-index';
import { MemoryWebhookSecretStore, RedisWebhookSecretStore, type WebhookSecretStore } from '../webhooks/secret-store';
import { RedisIdempotencyStore } from './redis-idempotency-store';
import { redisPayoutBatchIndex } from './redis-payout-batch-index';

/*
 * THE place where every store is chosen: Redis when the shared state is Redis (several instances,
 * durable across restarts), this process's memory otherwise (one instance; start-up says so).
 * Nothing else in the product decides between the two.
 */

/** Start-up tuning of the Redis event log (StartOptions.eventLog; defaults suit production). */
export type EventLogTuning = Pick<RedisEventBusOptions, 'maxLength' | 'dedupeTtlMs'>;
/** Start-up tuning of the Redis webhook inbox (StartOptions.webhookInbox; tests shorten claimIdleMs). */
export type WebhookInboxTuning = Pick<RedisWebhookInboxOptions, 'claimIdleMs' | 'claimIntervalMs' | 'maxInFlight' | 'consumerName' | 'blockMs' | 'dedupeTtlMs'>;

/** The event bus for this state: a Redis stream shared by every instance, or this process's memory. */
export async function createEventBus(state: SharedState, logger: Logger, tuning: EventLogTuning = {}): Promise<EventBus> {
  if (state.kind !== 'redis' || !state.redis) return new MemoryEventBus();
  return RedisEventBus.start({ redis: state.redis, keyPrefix: state.keyPrefix, logger, replicaAcks: state.replicaAcks, ...tuning });
}

/** The relay's inbox (with its dedupe keys) for this state; memory: the relay's own default. */
export function createRelayStorage(state: SharedState, logger: Logger, tuning: WebhookInboxTuning = {}): { inbox?: WebhookInbox } {
  if (state.kind !== 'redis' || !state.redis) return {};
  return { inbox: new RedisWebhookInbox({ redis: state.redis, keyPrefix: state.keyPrefix, logger, replicaAcks: state.replicaAcks, ...tuning }) };
}

export function idempotencyStoreFor(state: SharedState): IdempotencyStore {
  return state.kind === 'redis' && state.redis ? new RedisIdempotencyStore(state.redis, state.keyPrefix, state.replicaAcks) : new MemoryIdempotencyStore();
}

/** Hashed in Redis when shared: registrations survive restarts and every instance accepts them. */
export function webhookSecretStoreFor(state: SharedState): WebhookSecretStore {
  return state.redis ? new RedisWebhookSecretStore(state.redis, state.keyPrefix) : new MemoryWebhookSecretStore();
}

export function payoutBatchIndexFor(state: SharedState): PayoutBatchIndex {
  return state.redis ? redisPayoutBatchIndex(state.redis, state.keyPrefix) : memoryPayoutBatchIndex();
}

/**
 * One poller per subject across instances, but only when the bus reaches every instance: a
 * watcher without the lease gets its events from the owner through the bus (poller-lease.ts).
 */
export function pollerLeasesFor(state: SharedState, bus: EventBus): PollerLeases | undefined {
  return state.redis && !(bus instanceof MemoryEventBus) ? new RedisPollerLeases(state.redis, state.keyPrefix) : undefined;
}

/** The subjects watched in the background (events/background-watch.ts): in Redis, every instance adopts them and a restart keeps them. */
export function watchListFor(state: SharedState): WatchList {
  return state.redis ? new RedisWatchList(state.redis, state.keyPrefix) : new MemoryWatchList();
}

/** A rate-limiter-flexible budget named `name`: in Redis when shared (an in-memory one insures it), else in memory. */
export function rateLimiterFor(state: SharedState, name: string, points: number, duration: number): RateLimiterAbstract {
  const memory = new RateLimiterMemory({ keyPrefix: name, points, duration });
  if (state.kind !== 'redis' || !state.redis) return memory;
  return new RateLimiterRedis({ storeClient: state.redis, keyPrefix: `${state.keyPrefix}ratelimit:${name}`, points, duration, insuranceLimiter: memory });
}

/**
 * Live mode with Redis: one token call per window across instances (the token encrypted). Not in
 * sandbox mode, where each instance talks to its own embedded simulator under the same client id.
 * Undefined: each process keeps its own token.
 */
export function sharedTokenCacheFor(state: SharedState, mode: 'live' | 'sandbox', logger: Logger): SharedTokenCache | undefined {
  return state.redis && mode === 'live' ? new SharedTokenCache({ redis: state.redis, keyPrefix: state.keyPrefix, logger }) : undefined;
}
