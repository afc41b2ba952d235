import type { Logger } from '../logger';
import type { SharedState } from '../state/shared-state';
import type { EventBus } from './event-bus';
import { MemoryEventBus } from './memory-event-bus';
import { RedisEventBus, type RedisEventBusOptions } from './redis-event-bus';
import { RedisWebhookInbox, type RedisWebhookInboxOptions } from './redis-webhook-inbox';
import type { WebhookInbox } from './webhook-inbox';

/** Start-up tuning of the Redis event log (StartOptions.eventLog; defaults suit production). */
export type EventLogTuning = Pick<RedisEventBusOptions, 'maxLength' | 'dedupeTtlMs'>;
/** Start-up tuning of the Redis webhook inbox (StartOptions.webhookInbox; tests shorten claimIdleMs). */
export type WebhookInboxTuning = Pick<RedisWebhookInboxOptions, 'claimIdleMs' | 'claimIntervalMs' | 'maxInFlight' | 'consumerName' | 'blockMs' | 'dedupeTtlMs'>;

/** The event bus for this state: a Redis stream shared by every instance, or this process's memory. */
export async function createEventBus(state: SharedState, logger: Logger, tuning: EventLogTuning = {}): Promise<EventBus> {
  if (state.kind !== 'redis' || !state.redis) return new MemoryEventBus();
  return RedisEventBus.start({ redis: state.redis, keyPrefix: state.keyPrefix, logger, ...tuning });
}

/** The relay's inbox (with its dedupe keys) for this state; memory: the relay's own default. */
export function createRelayStorage(state: SharedState, logger: Logger, tuning: WebhookInboxTuning = {}): { inbox?: WebhookInbox } {
  if (state.kind !== 'redis' || !state.redis) return {};
  return { inbox: new RedisWebhookInbox({ redis: state.redis, keyPrefix: state.keyPrefix, logger, ...tuning }) };
}
