import type { SimClock, SimScheduler } from '../shared/sim-clock';
import type { DeliveryRecord, PagstarWebhookPayload } from './types';

const LOG_LIMIT = 10_000;

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
  private readonly log: DeliveryRecord[] = [];
  private readonly controllers = new Set<AbortController>();
  private waiters: Array<() => void> = [];
  private active = 0;
  private nextId = 1;
  /** Bumped by reset: attempts and retries of an older generation are dropped silently. */
  private generation = 0;

  constructor(
    private readonly scheduler: SimScheduler,
    private readonly clock: SimClock,
    private readonly options: WebhookDispatcherOptions,
  ) {}

  dispatch(url: string, payload: PagstarWebhookPayload): void {
    this.active++;
    void this.attempt(this.nextId++, url, payload, 1, this.generation);
  }

  deliveries(): readonly DeliveryRecord[] {
    return this.log;
  }

  get inFlight(): number {
    return this.active;
  }

  waitForIdle(): Promise<void> {
    if (this.active === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /**
   * Gives up every event in flight: aborts open requests and forgets scheduled retries (the
   * caller clears the scheduler's timers). The attempt log is kept.
   */
  cancelAll(): void {
    this.generation++;
    for (const controller of this.controllers) controller.abort(new Error('simulator stopped'));
    this.controllers.clear();
    this.active = 0;
    this.releaseWaiters();
  }

  reset(): void {
    this.cancelAll();
    this.log.length = 0;
  }

  private async attempt(id: number, url: string, payload: PagstarWebhookPayload, n: number, gen: number): Promise<void> {
    const record = await this.post(id, url, payload, n);
    if (gen !== this.generation) return;
    if (this.log.length >= LOG_LIMIT) this.log.shift();
    this.log.push(record);
    const retryDelay = this.options.retryDelaysMs[n - 1];
    if (!record.ok && retryDelay !== undefined) {
      this.scheduler.after(retryDelay, () => (gen === this.generation ? this.attempt(id, url, payload, n + 1, gen) : undefined));
      return;
    }
    this.active--;
    if (this.active === 0) this.releaseWaiters();
  }

  private async post(deliveryId: number, url: string, payload: PagstarWebhookPayload, attempt: number): Promise<DeliveryRecord> {
    const at = this.clock.now().toISOString();
    const started = Date.now();
    const controller = new AbortController();
    this.controllers.add(controller);
    const timer = setTimeout(() => controller.abort(new Error(`timeout after ${this.options.timeoutMs} ms`)), this.options.timeoutMs);
    timer.unref();
    const base = { deliveryId, attempt, url, payload, at };
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'Pagstar-Sandbox-Simulator/1.0' },
        body: JSON.stringify(payload),
        signal: controller.signal,
      });
      await res.arrayBuffer().catch(() => undefined); // drain so the keep-alive socket is reusable
      const ok = res.status >= 200 && res.status < 300;
      return { ...base, status: res.status, ok, durationMs: Date.now() - started };
    } catch (error) {
      const reason: unknown = controller.signal.aborted ? controller.signal.reason : error;
      const message = reason instanceof Error ? reason.message : String(reason);
      return { ...base, status: 0, ok: false, error: message, durationMs: Date.now() - started };
    } finally {
      clearTimeout(timer);
      this.controllers.delete(controller);
    }
  }

  private releaseWaiters(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}
