import type { Logger } from '../logger';
import { guardState, sendReplicated, type Redis, type ReplicaAcks } from '../state/redis';
import type { EventBus } from './event-bus';
import { SequenceWatch, cursorExpired, cursorUnknown, decodeStreamCursor, encodeStreamCursor, type StreamCursor } from './event-stream-cursor';
import { matchesFilter, type EventFilter, type NewPaymentEvent, type PaymentEventRecord } from './payment-event';
import { compareStreamIds, decodeJson, encodeJson, fieldsToRecord } from './stream-codec';
import { StreamTailReader, type StreamEntry } from './stream-tail-reader';
import { Subscriber } from './subscriber';

export interface RedisEventBusOptions {
  redis: Redis;
  /** Every key starts with it (SharedState.keyPrefix). */
  keyPrefix: string;
  logger: Logger;
  /** Events the stream keeps for `after:` (approximately: `XADD MAXLEN ~`). */
  maxLength?: number;
  /** How long a published event id blocks a second publication of the same id. */
  dedupeTtlMs?: number;
  /** REDIS_WAIT_REPLICAS: an event counts as published (and its delivery leaves the inbox) once replicas have it. */
  replicaAcks?: ReplicaAcks;
  /** Reader tuning (tests): one XREAD's wait, and the pause between attempts while Redis is down. */
  readerBlockMs?: number;
  readerRetryMs?: number;
}

/** A log entry as this bus reads it back. */
interface LogEntry {
  id: string;
  record: PaymentEventRecord;
}

interface LocalSubscription {
  subscriber: Subscriber;
  /** Entries up to this id were already given to it by its replay. */
  deliveredThrough: string;
}

/**
 * Claims the event id and appends the event in one step (scripts run atomically), so two
 * instances publishing the same event (two deliveries, or a delivery and a poll) cannot both add
 * it. The id is marked last: a script failing part-way is not rolled back, and a marked id with no
 * event would silence that event for good. The sequence number numbers events without gaps.
 */
const PUBLISH_SCRIPT = `
if redis.call('EXISTS', KEYS[1]) == 1 then return false end
local seq = redis.call('INCR', KEYS[3])
local id = redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[2], '*', 'seq', seq, 'event', ARGV[3])
redis.call('SET', KEYS[1], '1', 'PX', ARGV[1])
return {id, seq}`;

const REPLAY_PAGE = 500;

/**
 * `<prefix>{events}:<part>`: the stream, its sequence and every published-id marker share one
 * hash tag, because PUBLISH_SCRIPT touches all three; on a Redis Cluster the event log is one
 * slot (a stream is one key anyway).
 */
export function eventLogKey(keyPrefix: string, part: string): string {
  return `${keyPrefix}{events}:${part}`;
}

/**
 * The event log as a Redis stream, shared by every instance under one key prefix. Publishing
 * appends to the stream; each process runs one StreamTailReader that hands new entries to its
 * local subscribers (so an event published by instance A reaches subscribers on B, and A's own
 * subscribers see it the same way). Cursors are stream positions, valid on any instance and
 * across restarts for as long as the stream keeps the entry.
 */
export class RedisEventBus implements EventBus {
  private readonly subscriptions = new Set<LocalSubscription>();
  /** Replays in progress, collecting what the reader delivers meanwhile. */
  private readonly replayTaps = new Set<(entries: LogEntry[]) => void>();
  private reader?: StreamTailReader;
  private readonly sequence = new SequenceWatch();
  private closed = false;
  private readonly streamKey: string;
  private readonly sequenceKey: string;

  private constructor(private readonly options: RedisEventBusOptions) {
    this.streamKey = eventLogKey(options.keyPrefix, 'log');
    this.sequenceKey = eventLogKey(options.keyPrefix, 'seq');
  }

  /** Resolves once the reader knows where the stream ends, so no subscriber can miss an event. */
  static async start(options: RedisEventBusOptions): Promise<RedisEventBus> {
    const bus = new RedisEventBus(options);
    bus.reader = await StreamTailReader.start({
      redis: options.redis,
      key: bus.streamKey,
      logger: options.logger,
      onEntries: (entries) => bus.fanOut(entries),
      blockMs: options.readerBlockMs,
      retryMs: options.readerRetryMs,
    });
    return bus;
  }

  get subscriberCount(): number {
    return this.subscriptions.size;
  }

  async publish(event: NewPaymentEvent): Promise<PaymentEventRecord | null> {
    const { redis, keyPrefix, maxLength = 10_000, dedupeTtlMs = 24 * 60 * 60 * 1000 } = this.options;
    const keys = [eventLogKey(keyPrefix, `published:${event.id}`), this.streamKey, this.sequenceKey];
    const reply = (await guardState(() =>
      sendReplicated(redis, this.options.replicaAcks, 'EVAL', PUBLISH_SCRIPT, keys.length, ...keys, dedupeTtlMs, maxLength, encodeJson(event)),
    )) as [string, number] | null;
    if (!reply) return null;
    return { ...event, cursor: encodeStreamCursor({ id: reply[0], seq: Number(reply[1]) }) };
  }

  subscribe(filter: EventFilter | undefined): AsyncIterableIterator<PaymentEventRecord>;
  subscribe(filter: EventFilter | undefined, after: string | null | undefined): AsyncIterableIterator<PaymentEventRecord> | Promise<AsyncIterableIterator<PaymentEventRecord>>;
  subscribe(filter: EventFilter | undefined, after?: string | null): AsyncIterableIterator<PaymentEventRecord> | Promise<AsyncIterableIterator<PaymentEventRecord>> {
    if (after == null) return this.register(filter, [], '0-0');
    return this.subscribeAfter(filter, decodeStreamCursor(after));
  }

  close(): void {
    this.closed = true;
    for (const { subscriber } of [...this.subscriptions]) subscriber.end();
    this.subscriptions.clear();
    void this.reader?.close();
  }

  /**
   * The switch from replay to live: the tap is set before reading the stream, so everything the
   * reader hands out from then on is collected; the stream read covers everything up to where the
   * reader stood. Together they cover every entry after the cursor; entries both saw are skipped
   * by id, and live delivery starts after the last id given, in the same synchronous step.
   */
  private async subscribeAfter(filter: EventFilter | undefined, cursor: StreamCursor): Promise<AsyncIterableIterator<PaymentEventRecord>> {
    const caught: LogEntry[] = [];
    const tap = (entries: LogEntry[]) => caught.push(...entries);
    this.replayTaps.add(tap);
    let replayed: LogEntry[];
    try {
      replayed = await this.readAfter(cursor);
    } finally {
      this.replayTaps.delete(tap);
    }
    let last = replayed.length > 0 ? replayed[replayed.length - 1].id : cursor.id;
    const backlog = [...replayed];
    for (const entry of caught) {
      if (compareStreamIds(entry.id, last) <= 0) continue;
      backlog.push(entry);
      last = entry.id;
    }
    const records = backlog.map((entry) => entry.record).filter((record) => matchesFilter(record, filter));
    return this.register(filter, records, last);
  }

  /** Every entry after the cursor still in the stream; throws when some of them were trimmed. */
  private async readAfter(cursor: StreamCursor): Promise<LogEntry[]> {
    const { redis } = this.options;
    const entries: LogEntry[] = [];
    let from = `(${cursor.id}`;
    for (;;) {
      const page = await guardState(() => redis.xrange(this.streamKey, from, '+', 'COUNT', REPLAY_PAGE));
      const decoded = page.map(([id, fields]) => this.decode(id, fields)).filter((entry) => entry !== null);
      // The first entry after the cursor must be the very next event; a later one means a gap.
      if (entries.length === 0 && decoded.length > 0 && decoded[0].seq !== cursor.seq + 1) throw cursorExpired();
      entries.push(...decoded);
      if (page.length < REPLAY_PAGE) break;
      from = `(${page[page.length - 1][0]}`;
    }
    if (entries.length === 0) await this.assertKnown(cursor);
    return entries;
  }

  /** Nothing after the cursor: fine if it is the newest entry, an error if it is in the future. */
  private async assertKnown(cursor: StreamCursor): Promise<void> {
    const [newest] = await guardState(() => this.options.redis.xrevrange(this.streamKey, '+', '-', 'COUNT', 1));
    if (!newest || compareStreamIds(cursor.id, newest[0]) > 0) throw cursorUnknown();
  }

  private register(filter: EventFilter | undefined, backlog: PaymentEventRecord[], deliveredThrough: string): Subscriber {
    const subscription: LocalSubscription = {
      subscriber: new Subscriber(filter, backlog, () => this.subscriptions.delete(subscription)),
      deliveredThrough,
    };
    if (this.closed) subscription.subscriber.end();
    else this.subscriptions.add(subscription);
    return subscription.subscriber;
  }

  private fanOut(entries: StreamEntry[]): void {
    const decoded = entries.map((entry) => this.decode(entry.id, entry.fields)).filter((entry) => entry !== null);
    if (this.sequence.skipsAny(decoded)) this.endLiveSubscriptions();
    for (const tap of this.replayTaps) tap(decoded);
    for (const subscription of this.subscriptions) {
      for (const entry of decoded) {
        if (compareStreamIds(entry.id, subscription.deliveredThrough) > 0) subscription.subscriber.offer(entry.record);
      }
    }
  }

  /** Ends them (the subscription completes): a client resuming with its cursor then gets the replay, or the clear "expired" error. */
  private endLiveSubscriptions(): void {
    this.options.logger.error(
      { event: 'event_log_gap', subscribers: this.subscriptions.size },
      'event-log reader missed events; ending live subscriptions so clients resume with their cursor',
    );
    for (const { subscriber } of [...this.subscriptions]) subscriber.end();
  }

  private decode(id: string, fields: string[] | Record<string, string>): (LogEntry & { seq: number }) | null {
    const record = Array.isArray(fields) ? fieldsToRecord(fields) : fields;
    try {
      const seq = Number(record.seq);
      const event = decodeJson<NewPaymentEvent>(record.event);
      return { id, seq, record: { ...event, cursor: encodeStreamCursor({ id, seq }) } };
    } catch (error) {
      this.options.logger.error({ event: 'event_log_bad_entry', id, err: { message: (error as Error).message } }, 'unreadable event-log entry skipped');
      return null;
    }
  }
}
