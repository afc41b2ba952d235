import { MemoryDedupeSet } from './dedupe-set';

/**
 * Where an accepted webhook delivery waits for confirmation and publishing. With Redis it is a
 * stream read by a consumer group (redis-webhook-inbox.ts): written before the provider gets its
 * 200, taken over by another instance if the one working on it dies. In memory (one instance,
 * no REDIS_URL) it is simply "start working on it now", as before the inbox existed.
 */
export interface InboxDelivery {
  provider: string;
  /** `<provider>:<dedupKey>`: the relay's dedupe key and the source of the event id. */
  key: string;
  /** The provider module's parsed delivery (small: ids and dates, never the raw body). */
  delivery: unknown;
  /**
   * W3C trace context (`traceparent`) of the span that received the delivery, when OpenTelemetry
   * export is on: the instance that confirms it links its spans to that one (docs/observability.md).
   */
  trace?: Record<string, string>;
}

/**
 * `done`: finished (published, or dropped for good with a log and a metric): remove it.
 * `retry-later`: not finished (shutting down, Redis unreachable): keep it for a later attempt.
 */
export type InboxOutcome = 'done' | 'retry-later';

export type InboxWorker = (delivery: InboxDelivery) => Promise<InboxOutcome>;

export interface WebhookInbox {
  /**
   * Stores the delivery unless one with the same key was stored before (within the dedupe
   * retention, and not forgotten): 'stored' or 'duplicate'. The check and the store are one step,
   * so a crash between them cannot leave a key marked seen with no delivery behind it (whose
   * retries would then be acknowledged as duplicates and never published). Rejects
   * (StateUnavailableError) when it cannot store.
   */
  append(delivery: InboxDelivery): Promise<'stored' | 'duplicate'>;
  /** Forgets the key, so the provider's next retry is stored again (suspicious, unknown, failed). */
  forget(key: string): Promise<void>;
  /** Starts handing deliveries to `worker` (once, from the relay). */
  start(worker: InboxWorker): void;
  /** Resolves when this process has no delivery in progress (tests, shutdown). */
  idle(): Promise<void>;
  /** Stops taking new work at once; deliveries in progress finish on their own. */
  close(): void;
}

/**
 * One process: works on each delivery as soon as it is appended. A delivery still retrying at
 * shutdown is lost (memory mode keeps nothing across restarts; the provider's retry covers it).
 */
export class MemoryWebhookInbox implements WebhookInbox {
  private worker?: InboxWorker;
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly seen: MemoryDedupeSet;

  constructor(dedupSize?: number) {
    this.seen = new MemoryDedupeSet(dedupSize);
  }

  start(worker: InboxWorker): void {
    this.worker = worker;
  }

  async append(delivery: InboxDelivery): Promise<'stored' | 'duplicate'> {
    if (!this.worker) throw new Error('MemoryWebhookInbox: start() was not called');
    if (!(await this.seen.claim(delivery.key))) return 'duplicate';
    const work = this.worker(delivery);
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
    return 'stored';
  }

  forget(key: string): Promise<void> {
    return this.seen.forget(key);
  }

  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  close(): void {}
}
