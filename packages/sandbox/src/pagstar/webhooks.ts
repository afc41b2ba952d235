import { fetchJsonPost } from '../shared/json-post';
import { RetryingNotifier, type NotifyAttempt } from '../shared/retrying-notifier';
import type { SimClock, SimScheduler } from '../shared/sim-clock';
import type { DeliveryRecord, PagstarWebhookPayload } from './types';

export interface WebhookDispatcherOptions {
  /** ASM-P08: "2 more attempts" (DOC) 60 s apart (assumed) → [60_000, 60_000]. */
  retryDelaysMs: readonly number[];
  /** ASM-P08: success = 2xx within 10 s. */
  timeoutMs: number;
}

/**
 * Outbound webhook deliveries (ASM-P08): JSON POST with global fetch; anything but a 2xx in
 * time is retried after each configured delay, then the event is given up. Every attempt is
 * recorded. An event is "in flight" from its first attempt until it succeeds or is given up, so
 * `waitForIdle` also waits for scheduled retries.
 */
export class WebhookDispatcher {
  private readonly notifier: RetryingNotifier<PagstarWebhookPayload, DeliveryRecord>;

  constructor(scheduler: SimScheduler, clock: SimClock, options: WebhookDispatcherOptions) {
    this.notifier = new RetryingNotifier(scheduler, clock, {
      retryDelaysMs: options.retryDelaysMs,
      timeoutMs: options.timeoutMs,
      post: fetchJsonPost('Pagstar-Sandbox-Simulator/1.0'),
      toRecord: deliveryRecord,
    });
  }

  dispatch(url: string, payload: PagstarWebhookPayload): void {
    this.notifier.notify(url, payload);
  }

  deliveries(): readonly DeliveryRecord[] {
    return this.notifier.deliveries();
  }

  get inFlight(): number {
    return this.notifier.inFlight;
  }

  waitForIdle(): Promise<void> {
    return this.notifier.idle();
  }

  /**
   * Gives up every event in flight: aborts open requests and forgets scheduled retries (the
   * caller clears the scheduler's timers). The attempt log is kept.
   */
  cancelAll(): void {
    this.notifier.cancelAll();
  }

  reset(): void {
    this.notifier.reset();
  }
}

/** Pagstar's record names the body `payload`; `error` only when the attempt got no answer. */
function deliveryRecord({ deliveryId, attempt, url, body, at, status, ok, error, durationMs }: NotifyAttempt<PagstarWebhookPayload>): DeliveryRecord {
  return { deliveryId, attempt, url, payload: body, at, status, ok, ...(error === undefined ? {} : { error }), durationMs };
}
