import { createHash } from 'node:crypto';
import type { Logger } from '../logger';
import type { Metrics } from '../observability/metrics';
import { webhookSpans, type TraceCarrier } from '../observability/telemetry';
import type { EventBus } from './event-bus';
import type { NewPaymentEvent } from './payment-event';
import { StateUnavailableError } from '../errors/domain-errors';
import { pause } from './stream-codec';
import { MemoryWebhookInbox, type InboxDelivery, type InboxOutcome, type WebhookInbox } from './webhook-inbox';

/** What a provider's webhook module makes of one delivery body. */
export type ParsedDelivery<T = unknown> =
  | { ok: true; dedupKey: string; occurredAt: Date | null; confirmable: true; product: string; delivery: T }
  /** Acknowledged and logged, never published: nothing in this code can confirm it yet. */
  | { ok: true; dedupKey: string; occurredAt: Date | null; confirmable: false; product: string }
  | { ok: false; reason: string };

export type ConfirmResult =
  /** `also`: more events the same delivery confirms (e.g. a payout payment and its batch's new step), published after `event`. */
  { outcome: 'confirmed'; event: NewPaymentEvent; also?: NewPaymentEvent[] } | { outcome: 'suspicious'; reason: string } | { outcome: 'unknown-subject' };

export interface ProviderWebhookHandler<T = unknown> {
  /**
   * Optional: a body that groups several notifications (API Pix `{ "pix": [ … ] }`) → one body per
   * notification, each parsed, de-duplicated and confirmed on its own; `null` when the body is not
   * such a group at all (invalid).
   */
  split?(body: unknown): unknown[] | null;
  parse(body: unknown): ParsedDelivery<T>;
  /** Re-fetches the subject from the provider; throws when the provider is unavailable (retried). */
  confirm(delivery: T, eventId: string): Promise<ConfirmResult>;
}

export type AcceptOutcome = 'accepted' | 'duplicate' | 'stale' | 'ignored' | 'invalid';

export interface WebhookRelayOptions {
  bus: EventBus;
  metrics: Metrics;
  logger: Logger;
  // Each provider's handler has its own payload type; the relay only hands a handler back what the
  // same handler parsed (a method parameter, so a handler of a narrower payload type fits here).
  handlers: Record<string, ProviderWebhookHandler>;
  /** Waits between confirmation attempts when the provider is unavailable (bounded). */
  confirmRetryDelaysMs: number[];
  /** Deliveries about events older than this are replays: acknowledged, never published. */
  maxEventAgeMs: number;
  /** Keys the default memory inbox remembers for de-duplication. */
  dedupSize?: number;
  /**
   * Where accepted deliveries wait for confirmation, and which keys were taken on (default:
   * memory; RedisWebhookInbox is durable and shared by instances).
   */
  inbox?: WebhookInbox;
}

/**
 * Webhook relay: de-duplicate → store in the inbox → answer → confirm by re-fetching from the
 * provider → publish. Deliveries are unsigned hints (ASM-A11): only the re-fetched state
 * is published, so a forged "paid" never reaches a frontend. A confirmation that cannot reach the
 * provider is retried a bounded number of times; when it finally fails the delivery is dropped
 * from the inbox and forgotten by the dedupe set, so the provider's own retry can try again, and
 * the failure is logged and counted (never silent).
 */
export class WebhookRelay {
  private readonly inbox: WebhookInbox;
  private readonly abort = new AbortController();

  constructor(private readonly options: WebhookRelayOptions) {
    this.inbox = options.inbox ?? new MemoryWebhookInbox(options.dedupSize);
    this.inbox.start((delivery) => this.work(delivery));
  }

  hasProvider(provider: string): boolean {
    return provider in this.options.handlers;
  }

  /**
   * Resolves once an accepted delivery is stored in the inbox: only then may the provider be
   * answered 200. Rejects with StateUnavailableError when Redis cannot take it (answer 503: the
   * provider retries, so nothing acknowledged is lost).
   */
  accept(provider: string, body: unknown): Promise<{ outcome: AcceptOutcome; reason?: string }> {
    return webhookSpans().receive(provider, () => this.acceptDelivery(provider, body));
  }

  private async acceptDelivery(provider: string, body: unknown): Promise<{ outcome: AcceptOutcome; reason?: string }> {
    const handler = this.options.handlers[provider];
    if (!handler.split) return this.acceptOne(provider, handler, body);
    const items = handler.split(body);
    if (items === null || items.length === 0) return this.count(provider, 'invalid', 'not a list of notifications');
    // One by one, in order; the group is answered by its best outcome (any item stored → accepted).
    const outcomes: { outcome: AcceptOutcome; reason?: string }[] = [];
    for (const item of items) outcomes.push(await this.acceptOne(provider, handler, item));
    const rank: AcceptOutcome[] = ['accepted', 'duplicate', 'ignored', 'stale', 'invalid'];
    return outcomes.sort((a, b) => rank.indexOf(a.outcome) - rank.indexOf(b.outcome))[0];
  }

  private async acceptOne(provider: string, handler: ProviderWebhookHandler, body: unknown): Promise<{ outcome: AcceptOutcome; reason?: string }> {
    const parsed = handler.parse(body);
    if (!parsed.ok) return this.count(provider, 'invalid', parsed.reason);
    if (parsed.occurredAt && Date.now() - parsed.occurredAt.getTime() > this.options.maxEventAgeMs) return this.count(provider, 'stale');
    if (!parsed.confirmable) {
      this.options.logger.info(
        { event: 'webhook_unconfirmable', provider, product: parsed.product },
        'webhook acknowledged; Paygraph has no datasource to confirm this product yet',
      );
      return this.count(provider, 'ignored');
    }
    const key = `${provider}:${parsed.dedupKey}`;
    // The receive span's context travels in the entry: confirm and publish link to it (maybe on another instance).
    const stored = await webhookSpans().inbox(provider, (trace) => this.inbox.append({ provider, key, delivery: parsed.delivery, ...(trace ? { trace } : {}) }));
    return this.count(provider, stored === 'stored' ? 'accepted' : 'duplicate');
  }

  /** Resolves when this process has no confirmation in flight or waiting to retry (tests, shutdown). */
  idle(): Promise<void> {
    return this.inbox.idle();
  }

  /** Stops reading the inbox; confirmations waiting to retry give up their delivery (see work). */
  close(): void {
    this.abort.abort();
    this.inbox.close();
  }

  private work(entry: InboxDelivery): Promise<InboxOutcome> {
    return webhookSpans().confirm(entry.provider, entry.trace, () => this.confirmEntry(entry));
  }

  private async confirmEntry({ provider, key, delivery, trace }: InboxDelivery): Promise<InboxOutcome> {
    const handler = this.options.handlers[provider];
    if (!handler) {
      // Stored by an instance configured with this provider (e.g. mid-rollout): leave it for one.
      this.options.logger.warn({ event: 'webhook_inbox_unknown_provider', provider }, 'inbox delivery for a provider this instance does not serve; left for another instance');
      return 'retry-later';
    }
    for (let attempt = 0; ; attempt++) {
      try {
        await this.confirmAndPublish(provider, handler, delivery, key, trace);
        return 'done';
      } catch (error) {
        if (error instanceof StateUnavailableError || this.abort.signal.aborted) {
          // Publishing needs Redis, or we are shutting down: leave it in the inbox for later.
          this.options.logger.warn({ event: 'webhook_confirm_deferred', provider, err: { message: (error as Error).message } }, 'webhook left in the inbox for a later attempt');
          return 'retry-later';
        }
        const delay = this.options.confirmRetryDelaysMs[attempt];
        if (delay === undefined) return this.giveUp(provider, key, attempt, error);
        this.options.logger.warn({ event: 'webhook_confirm_retry', provider, attempt: attempt + 1, delayMs: delay }, 'provider unavailable while confirming webhook; will retry');
        await pause(delay, this.abort.signal);
        if (this.abort.signal.aborted) return 'retry-later'; // shutting down: another instance (or restart) takes it
      }
    }
  }

  private async confirmAndPublish(provider: string, handler: ProviderWebhookHandler, delivery: unknown, key: string, trace?: TraceCarrier): Promise<void> {
    const { metrics, logger, bus } = this.options;
    const result = await handler.confirm(delivery, eventIdFor(key));
    if (result.outcome === 'confirmed') {
      for (const event of [result.event, ...(result.also ?? [])]) {
        const published = await webhookSpans().publish(provider, event.type, trace, () => bus.publish(event));
        metrics.inc('paygraph_webhook_events_total', { provider, result: published ? 'published' : 'duplicate_event' });
      }
    } else if (result.outcome === 'suspicious') {
      // Forget it: a forged claim must not make the genuine delivery of the same event a "duplicate".
      await this.forget(key);
      metrics.inc('paygraph_webhook_events_total', { provider, result: 'suspicious' });
      logger.warn({ event: 'webhook_suspicious', provider, reason: result.reason }, 'webhook claim contradicted by the provider; nothing published');
    } else {
      await this.forget(key);
      metrics.inc('paygraph_webhook_events_total', { provider, result: 'unknown_subject' });
      logger.warn({ event: 'webhook_unknown_subject', provider }, 'webhook about an object the provider does not know; nothing published');
    }
  }

  private async giveUp(provider: string, key: string, attempt: number, error: unknown): Promise<InboxOutcome> {
    await this.forget(key); // let the provider's own retry try again
    this.options.metrics.inc('paygraph_webhook_events_total', { provider, result: 'confirm_failed' });
    this.options.logger.error({ event: 'webhook_confirm_failed', provider, attempts: attempt + 1, err: error }, 'could not confirm webhook with the provider; not published');
    return 'done';
  }

  /** Best effort: if Redis is down the key simply expires with its TTL. */
  private async forget(key: string): Promise<void> {
    await this.inbox.forget(key).catch((error: unknown) => {
      this.options.logger.warn({ event: 'webhook_dedupe_forget_failed', err: { message: (error as Error).message } }, 'could not forget a webhook dedupe key');
    });
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
