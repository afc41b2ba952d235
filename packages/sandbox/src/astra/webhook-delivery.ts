import type { SimClock } from '../shared/sim-clock';
import { newId } from './ids';
import type { AstraStore } from './state';
import type { TaskTracker } from './tasks';
import type { WebhookType } from './wire';

export interface DeliveryOptions {
  /** Waits before retries 1..n (ASM-A11 default 60 s, 300 s, 900 s). */
  retryDelaysMs: number[];
  /** An attempt without a response within this time fails (ASM-A11: 10 s). */
  timeoutMs: number;
}

interface Outcome {
  httpStatus: number | null;
  errorMessage: string | null;
}

/**
 * Delivers webhook events (ASM-A11): POST the flat JSON payload, no signature; success is a
 * 2xx within the timeout; failures are retried after the configured delays; every attempt is
 * recorded (ASM-A18).
 */
export class WebhookDispatcher {
  private readonly inFlight = new Set<AbortController>();
  private closed = false;

  constructor(
    private readonly store: AstraStore,
    private readonly clock: SimClock,
    private readonly tasks: TaskTracker,
    private readonly options: DeliveryOptions,
  ) {}

  /** ASM-A11: delivered only if a webhook of that type is registered now; never queued for later. */
  emit(type: WebhookType, payload: unknown): void {
    const webhook = this.store.webhookOfType(type);
    if (webhook) this.attempt(webhook.id, type, payload, 1);
  }

  /** ASM-A17: deleting a webhook drops its pending retries. */
  drop(webhookId: string): void {
    this.tasks.cancel(webhookId);
  }

  close(): void {
    this.closed = true;
    for (const controller of this.inFlight) controller.abort();
  }

  private attempt(webhookId: string, type: WebhookType, payload: unknown, attempt: number): void {
    this.tasks.track(async () => {
      const webhook = this.store.webhooks.get(webhookId);
      // A retry follows its webhook's current URL; it is dropped if the webhook changed type.
      if (!webhook || webhook.type !== type || this.closed) return;
      const attemptedAtMs = this.clock.nowMs();
      const outcome = await this.post(webhook.url, payload);
      if (this.closed) return;
      const success = outcome.httpStatus !== null && outcome.httpStatus >= 200 && outcome.httpStatus < 300;
      this.store.recordDelivery({
        seq: this.store.nextSeq(),
        id: newId(),
        webhookId,
        type,
        url: webhook.url,
        attempt,
        success,
        ...outcome,
        payload,
        attemptedAtMs,
      });
      const delay = this.options.retryDelaysMs[attempt - 1];
      if (!success && delay !== undefined && this.store.webhooks.has(webhookId)) {
        this.tasks.schedule(delay, () => this.attempt(webhookId, type, payload, attempt + 1), webhookId);
      }
    });
  }

  private async post(url: string, payload: unknown): Promise<Outcome> {
    const controller = new AbortController();
    this.inFlight.add(controller);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.options.timeoutMs);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'astra-sandbox-webhooks/1' },
        body: JSON.stringify(payload),
        redirect: 'manual',
        signal: controller.signal,
      });
      // Drain the body so the connection can be reused; a stalled body is cut by the same timer.
      await response.arrayBuffer().catch(() => undefined);
      return { httpStatus: response.status, errorMessage: null };
    } catch (error) {
      const errorMessage = timedOut ? `timeout after ${this.options.timeoutMs / 1000} s` : describeNetworkError(error);
      return { httpStatus: null, errorMessage };
    } finally {
      clearTimeout(timer);
      this.inFlight.delete(controller);
    }
  }
}

function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  switch (cause?.code) {
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'host not found';
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return 'connection reset';
    default:
      return cause?.message ?? (error instanceof Error ? error.message : String(error));
  }
}
