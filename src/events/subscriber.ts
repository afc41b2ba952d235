import { matchesFilter, type EventFilter, type PaymentEventRecord } from './payment-event';

/** Past this many undelivered events a subscriber is too slow and is ended (memory stays bounded). */
const MAX_QUEUE = 10_000;

/**
 * One subscription's queue as an async iterator. graphql-ws calls `return()` when the client
 * unsubscribes or disconnects, which unregisters it from the bus.
 */
export class Subscriber implements AsyncIterableIterator<PaymentEventRecord> {
  private readonly queue: PaymentEventRecord[];
  private waiting: ((result: IteratorResult<PaymentEventRecord>) => void) | null = null;
  private done = false;

  constructor(
    private readonly filter: EventFilter | undefined,
    backlog: PaymentEventRecord[],
    private readonly onEnd: () => void,
  ) {
    this.queue = backlog;
  }

  offer(event: PaymentEventRecord): void {
    if (this.done || !matchesFilter(event, this.filter)) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ value: event, done: false });
      return;
    }
    if (this.queue.length >= MAX_QUEUE) return this.end();
    this.queue.push(event);
  }

  next(): Promise<IteratorResult<PaymentEventRecord>> {
    const event = this.queue.shift();
    if (event) return Promise.resolve({ value: event, done: false });
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => {
      this.waiting = resolve;
    });
  }

  return(): Promise<IteratorResult<PaymentEventRecord>> {
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  end(): void {
    if (this.done) return;
    this.done = true;
    this.queue.length = 0;
    this.onEnd();
    const resolve = this.waiting;
    this.waiting = null;
    resolve?.({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<PaymentEventRecord> {
    return this;
  }
}
