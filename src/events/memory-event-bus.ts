import { BadUserInputError } from '../errors/domain-errors';
import type { EventBus } from './event-bus';
import { matchesFilter, type EventFilter, type NewPaymentEvent, type PaymentEventRecord } from './payment-event';
import { Subscriber } from './subscriber';

const CURSOR_PREFIX = 'ev1:';

export interface MemoryEventBusOptions {
  /** Events kept for replay with `after:`. */
  logSize?: number;
  /** Event ids remembered for de-duplication. */
  dedupSize?: number;
}

/**
 * In-process bus with a bounded replay log (ring buffer). Node runs this single-threaded, so a
 * subscriber that replays the log and registers for live events in the same synchronous step
 * can neither miss nor repeat an event at the switch.
 */
export class MemoryEventBus implements EventBus {
  private readonly log: PaymentEventRecord[] = [];
  private readonly seenIds = new Set<string>();
  private readonly subscribers = new Set<Subscriber>();
  private sequence = 0;
  private readonly logSize: number;
  private readonly dedupSize: number;

  constructor(options: MemoryEventBusOptions = {}) {
    this.logSize = options.logSize ?? 10_000;
    this.dedupSize = options.dedupSize ?? 100_000;
  }

  get subscriberCount(): number {
    return this.subscribers.size;
  }

  publish(event: NewPaymentEvent): Promise<PaymentEventRecord | null> {
    return Promise.resolve(this.append(event));
  }

  /** Publishing in memory is synchronous; the bus interface is async for the Redis bus. */
  private append(event: NewPaymentEvent): PaymentEventRecord | null {
    if (this.seenIds.has(event.id)) return null;
    this.remember(event.id);
    const record: PaymentEventRecord = { ...event, cursor: encodeCursor(++this.sequence) };
    this.log.push(record);
    if (this.log.length > this.logSize) this.log.shift();
    for (const subscriber of this.subscribers) subscriber.offer(record);
    return record;
  }

  subscribe(filter: EventFilter | undefined, after?: string | null): AsyncIterableIterator<PaymentEventRecord> {
    const backlog = after == null ? [] : this.replayAfter(decodeCursor(after)).filter((event) => matchesFilter(event, filter));
    const subscriber = new Subscriber(filter, backlog, () => this.subscribers.delete(subscriber));
    this.subscribers.add(subscriber);
    return subscriber;
  }

  close(): void {
    for (const subscriber of [...this.subscribers]) subscriber.end();
    this.subscribers.clear();
  }

  private replayAfter(sequence: number): PaymentEventRecord[] {
    const oldest = this.log[0] ? decodeCursor(this.log[0].cursor) : this.sequence + 1;
    // Events between the cursor and the oldest kept one are gone: say so rather than skip them.
    if (sequence < oldest - 1) {
      throw new BadUserInputError('after: this cursor is older than the event log keeps; re-read the current state and subscribe without after.', ['after']);
    }
    if (sequence > this.sequence) throw new BadUserInputError('after: unknown cursor.', ['after']);
    return this.log.filter((event) => decodeCursor(event.cursor) > sequence);
  }

  private remember(id: string): void {
    this.seenIds.add(id);
    if (this.seenIds.size > this.dedupSize) this.seenIds.delete(this.seenIds.values().next().value as string);
  }
}

function encodeCursor(sequence: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${sequence}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const sequence = text.startsWith(CURSOR_PREFIX) ? Number(text.slice(CURSOR_PREFIX.length)) : NaN;
  if (!Number.isSafeInteger(sequence) || sequence < 0) throw new BadUserInputError('after: not an event cursor.', ['after']);
  return sequence;
}
