import type { EventFilter, NewPaymentEvent, PaymentEventRecord } from './payment-event';

/**
 * The event bus behind subscriptions. The memory implementation serves one instance (default,
 * tests); RedisEventBus (redis-event-bus.ts) keeps the log in a Redis stream for several instances.
 */
export interface EventBus {
  /** Publishes once per event id: a duplicate id returns null and reaches nobody. */
  publish(event: NewPaymentEvent): Promise<PaymentEventRecord | null>;
  /**
   * Events matching `filter`: first those after `after` still in the log (replay), then live
   * ones, with no gap and no duplicate at the switch. Throws CursorExpiredError when `after` is
   * older than the log keeps.
   */
  subscribe(filter: EventFilter | undefined): AsyncIterableIterator<PaymentEventRecord>;
  /**
   * With `after`, a bus whose log lives elsewhere (Redis) must read it first, so it may answer
   * with a promise; cursor errors then arrive as its rejection (graphql-ws reports both alike).
   */
  subscribe(filter: EventFilter | undefined, after: string | null | undefined): AsyncIterableIterator<PaymentEventRecord> | Promise<AsyncIterableIterator<PaymentEventRecord>>;
  /** Ends every subscription (server shutdown). */
  close(): void;
  readonly subscriberCount: number;
}
