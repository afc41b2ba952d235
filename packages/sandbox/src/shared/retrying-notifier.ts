import type { SimClock, SimScheduler } from './sim-clock';

/** Sends one JSON POST and resolves with the HTTP status once the answer is drained (see json-post.ts). */
export type JsonPost = (url: string, payload: string, signal: AbortSignal) => Promise<number>;

/** What one attempt produced; each simulator maps it onto its own record shape. */
export interface NotifyAttempt<Body> {
  /** One id per notification; its retries share it. */
  deliveryId: number;
  /** 1-based. */
  attempt: number;
  url: string;
  body: Body;
  /** Simulator-clock time the attempt started (ISO-8601). */
  at: string;
  /** 0 when no answer arrived (refused, reset, timeout). */
  status: number;
  ok: boolean;
  /** Present only when the attempt failed without an answer. */
  error?: string;
  durationMs: number;
}

export interface RetryingNotifierOptions<Body, Entry> {
  /** Waits before retries 1..n after a failed attempt. */
  retryDelaysMs: readonly number[];
  /** An attempt fails without a 2xx within this. */
  timeoutMs: number;
  post: JsonPost;
  toRecord: (attempt: NotifyAttempt<Body>) => Entry;
}

/** Older attempts are dropped past this so a long-running sandbox does not grow without bound. */
const LOG_LIMIT = 10_000;

/**
 * The simulators' outbound webhook machinery: POST a JSON body, retry anything but a 2xx in time
 * after each configured delay, then give up; every attempt is recorded. A notification is "in
 * flight" from its first attempt until it succeeds or is given up, so `idle` also waits for
 * scheduled retries.
 */
export class RetryingNotifier<Body, Entry> {
  private readonly log: Entry[] = [];
  private readonly controllers = new Set<AbortController>();
  private waiters: Array<() => void> = [];
  private active = 0;
  private nextId = 1;
  /** Bumped by cancelAll: attempts and retries of an older generation are dropped silently. */
  private generation = 0;

  constructor(
    private readonly scheduler: SimScheduler,
    private readonly clock: SimClock,
    private readonly options: RetryingNotifierOptions<Body, Entry>,
  ) {}

  notify(url: string, body: Body): void {
    this.active++;
    void this.attempt(this.nextId++, url, body, 1, this.generation);
  }

  deliveries(): readonly Entry[] {
    return this.log;
  }

  get inFlight(): number {
    return this.active;
  }

  /** Resolves when every notification succeeded or ran out of retries. */
  idle(): Promise<void> {
    if (this.active === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /**
   * Gives up everything in flight: aborts open requests and forgets scheduled retries (the caller
   * clears the scheduler's timers). The attempt log is kept.
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

  private async attempt(id: number, url: string, body: Body, n: number, gen: number): Promise<void> {
    const result = await this.send(id, url, body, n);
    if (gen !== this.generation) return;
    if (this.log.length >= LOG_LIMIT) this.log.shift();
    this.log.push(this.options.toRecord(result));
    const retryDelay = this.options.retryDelaysMs[n - 1];
    if (!result.ok && retryDelay !== undefined) {
      this.scheduler.after(retryDelay, () => (gen === this.generation ? this.attempt(id, url, body, n + 1, gen) : undefined));
      return;
    }
    this.active--;
    if (this.active === 0) this.releaseWaiters();
  }

  private async send(deliveryId: number, url: string, body: Body, attempt: number): Promise<NotifyAttempt<Body>> {
    const base = { deliveryId, attempt, url, body, at: this.clock.now().toISOString() };
    const started = Date.now();
    const { timeoutMs } = this.options;
    const controller = new AbortController();
    this.controllers.add(controller);
    const timer = setTimeout(() => controller.abort(new Error(`timeout after ${timeoutMs} ms`)), timeoutMs);
    timer.unref();
    try {
      const status = await this.options.post(url, JSON.stringify(body), controller.signal);
      return { ...base, status, ok: status >= 200 && status < 300, durationMs: Date.now() - started };
    } catch (error) {
      // An abort's own reason (timeout, stop) says more than the transport's generic abort error.
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
