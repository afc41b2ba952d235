import { createHash } from 'node:crypto';
import type { Logger } from '../logger';
import type { Metrics } from '../observability/metrics';
import type { EventBus } from './event-bus';
import type { NewPaymentEvent } from './payment-event';

/** What a provider's webhook module makes of one delivery body. */
export type ParsedDelivery<T = unknown> =
  | { ok: true; dedupKey: string; occurredAt: Date | null; confirmable: boolean; product: string; delivery: T }
  | { ok: false; reason: string };

export type ConfirmResult =
  | { outcome: 'confirmed'; event: NewPaymentEvent }
  | { outcome: 'suspicious'; reason: string }
  | { outcome: 'unknown-subject' };

export interface ProviderWebhookHandler<T = unknown> {
  parse(body: unknown): ParsedDelivery<T>;
  /** Re-fetches the subject from the provider; throws when the provider is unavailable (retried). */
  confirm(delivery: T, eventId: string): Promise<ConfirmResult>;
}

export type AcceptOutcome = 'accepted' | 'duplicate' | 'stale' | 'ignored' | 'invalid';

export interface WebhookRelayOptions {
  bus: EventBus;
  metrics: Metrics;
  logger: Logger;
  handlers: Record<string, ProviderWebhookHandler<any>>;
  /** Waits between confirmation attempts when the provider is unavailable (bounded). */
  confirmRetryDelaysMs: number[];
  /** Deliveries about events older than this are replays: acknowledged, never published. */
  maxEventAgeMs: number;
  dedupSize?: number;
}

/**
 * Webhook relay: de-duplicate → answer fast → confirm by re-fetching from the provider → publish.
 * Deliveries are unsigned hints (astra.md ASM-A11): only the re-fetched state is published, so a
 * forged "paid" never reaches a frontend. A confirmation that cannot reach the provider is retried
 * a bounded number of times; when it finally fails the delivery is forgotten so the provider's
 * own retry can try again, and the failure is logged and counted (never silent).
 */
export class WebhookRelay {
  private readonly seen = new Set<string>();
  private readonly pending = new Set<Promise<void>>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private closed = false;

  constructor(private readonly options: WebhookRelayOptions) {}

  hasProvider(provider: string): boolean {
    return provider in this.options.handlers;
  }

  accept(provider: string, body: unknown): { outcome: AcceptOutcome; reason?: string } {
    const handler = this.options.handlers[provider];
    const parsed = handler.parse(body);
    if (!parsed.ok) return this.count(provider, 'invalid', parsed.reason);
    const key = `${provider}:${parsed.dedupKey}`;
    if (this.seen.has(key)) return this.count(provider, 'duplicate');
    if (parsed.occurredAt && Date.now() - parsed.occurredAt.getTime() > this.options.maxEventAgeMs) return this.count(provider, 'stale');
    if (!parsed.confirmable) {
      this.options.logger.info({ event: 'webhook_unconfirmable', provider, product: parsed.product }, 'webhook acknowledged; Paygraph has no datasource to confirm this product yet');
      return this.count(provider, 'ignored');
    }
    this.remember(key);
    this.track(this.confirmAndPublish(provider, handler, parsed.delivery, key, 0));
    return this.count(provider, 'accepted');
  }

  /** Resolves when no confirmation is in flight or scheduled (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.pending.size > 0 || this.timers.size > 0) {
      await Promise.all([...this.pending]);
      if (this.timers.size > 0) await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  close(): void {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private async confirmAndPublish(provider: string, handler: ProviderWebhookHandler, delivery: unknown, key: string, attempt: number): Promise<void> {
    const { metrics, logger, bus } = this.options;
    try {
      const result = await handler.confirm(delivery, eventIdFor(key));
      if (result.outcome === 'confirmed') {
        const published = await bus.publish(result.event);
        metrics.inc('paygraph_webhook_events_total', { provider, result: published ? 'published' : 'duplicate_event' });
      } else if (result.outcome === 'suspicious') {
        // Forget it: a forged claim must not make the genuine delivery of the same event a "duplicate".
        this.seen.delete(key);
        metrics.inc('paygraph_webhook_events_total', { provider, result: 'suspicious' });
        logger.warn({ event: 'webhook_suspicious', provider, reason: result.reason }, 'webhook claim contradicted by the provider; nothing published');
      } else {
        this.seen.delete(key);
        metrics.inc('paygraph_webhook_events_total', { provider, result: 'unknown_subject' });
        logger.warn({ event: 'webhook_unknown_subject', provider }, 'webhook about an object the provider does not know; nothing published');
      }
    } catch (error) {
      this.retryLater(provider, handler, delivery, key, attempt, error);
    }
  }

  private retryLater(provider: string, handler: ProviderWebhookHandler, delivery: unknown, key: string, attempt: number, error: unknown): void {
    const delay = this.options.confirmRetryDelaysMs[attempt];
    if (delay === undefined || this.closed) {
      this.seen.delete(key); // let the provider's own retry try again
      this.options.metrics.inc('paygraph_webhook_events_total', { provider, result: 'confirm_failed' });
      this.options.logger.error({ event: 'webhook_confirm_failed', provider, attempts: attempt + 1, err: error }, 'could not confirm webhook with the provider; not published');
      return;
    }
    this.options.logger.warn({ event: 'webhook_confirm_retry', provider, attempt: attempt + 1, delayMs: delay }, 'provider unavailable while confirming webhook; will retry');
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.track(this.confirmAndPublish(provider, handler, delivery, key, attempt + 1));
    }, delay);
    timer.unref();
    this.timers.add(timer);
  }

  private track(work: Promise<void>): void {
    this.pending.add(work);
    void work.finally(() => this.pending.delete(work));
  }

  private remember(key: string): void {
    this.seen.add(key);
    if (this.seen.size > (this.options.dedupSize ?? 100_000)) this.seen.delete(this.seen.values().next().value as string);
  }

  private count(provider: string, outcome: AcceptOutcome, reason?: string): { outcome: AcceptOutcome; reason?: string } {
    this.options.metrics.inc('paygraph_webhook_deliveries_total', { provider, outcome });
    return reason ? { outcome, reason } : { outcome };
  }
}

/** Stable event id from the provider event's identity: duplicates share it. */
export function eventIdFor(dedupKey: string): string {
  return `evt_${createHash('sha256').update(dedupKey).digest('base64url').slice(0, 22)}`;
}
