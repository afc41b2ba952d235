import type { ConfirmResult, ProviderWebhookHandler } from '../../../src/events/webhook-relay';
import { WebhookRelay } from '../../../src/events/webhook-relay';
import { RedisEventBus } from '../../../src/events/redis-event-bus';
import { createRelayStorage, type WebhookInboxTuning } from '../../../src/state/stores';
import { Metrics } from '../../../src/observability/metrics';
import { createRedis, waitForRedis, type Redis } from '../../../src/state/redis';
import type { SharedState } from '../../../src/state/shared-state';
import { paymentEvent, silentLogger } from './event-helpers';

export interface TestDelivery {
  n: number;
  at: Date;
}

export type Confirm = (delivery: TestDelivery, eventId: string) => Promise<ConfirmResult>;

/** Confirms every delivery as event n (the event id is the relay's, as with real providers). */
export const confirmAll: Confirm = async (delivery, eventId) => ({ outcome: 'confirmed', event: { ...paymentEvent(delivery.n), id: eventId } });

/**
 * A provider module for the relay whose confirmation the test controls; parse is the identity on
 * `{ n }` bodies, so delivery n always has dedupe key `d-n`.
 */
function testHandler(confirm: Confirm): ProviderWebhookHandler<TestDelivery> {
  return {
    parse: (body) => {
      const n = (body as { n: number }).n;
      return { ok: true, dedupKey: `d-${n}`, occurredAt: null, confirmable: true, product: 'TEST', delivery: { n, at: new Date(Date.UTC(2026, 0, 1)) } };
    },
    confirm,
  };
}

/** What one Paygraph process has: its own Redis client, a Redis bus, and a relay on a Redis inbox. */
export interface Instance {
  redis: Redis;
  bus: RedisEventBus;
  relay: WebhookRelay;
  metrics: Metrics;
  inbox: NonNullable<ReturnType<typeof createRelayStorage>['inbox']> & { claimRounds: number };
  close(): Promise<void>;
}

export async function startInstance(url: string, keyPrefix: string, confirm: Confirm, tuning: WebhookInboxTuning = {}, confirmRetryDelaysMs = [20, 20]): Promise<Instance> {
  const redis = createRedis(url);
  redis.on('error', () => {});
  await waitForRedis(redis);
  const state: SharedState = { kind: 'redis', redis, keyPrefix, isReady: () => true, close: async () => {} };
  const bus = await RedisEventBus.start({ redis, keyPrefix, logger: silentLogger, readerRetryMs: 50 });
  const storage = createRelayStorage(state, silentLogger, { claimIdleMs: 500, ...tuning });
  const metrics = new Metrics();
  const relay = new WebhookRelay({ bus, metrics, logger: silentLogger, handlers: { TEST: testHandler(confirm) }, confirmRetryDelaysMs, maxEventAgeMs: 60_000, ...storage });
  return {
    redis,
    bus,
    relay,
    metrics,
    inbox: storage.inbox as Instance['inbox'],
    async close() {
      relay.close();
      bus.close();
      // Not waiting for relay.idle(): a test's "dead" worker never finishes.
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

/** A promise the test resolves when it chooses (holds a confirmation in flight). */
export function gate(): { promise: Promise<void>; open(): void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

/** Waits (bounded) until `check` holds. */
export async function until(check: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms: ${check.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
