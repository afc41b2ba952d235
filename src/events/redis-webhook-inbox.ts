import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { guardState, sendReplicated, type Redis } from '../state/redis';
import { decodeJson, encodeJson, fieldsToRecord, pause } from './stream-codec';
import type { InboxDelivery, InboxWorker, WebhookInbox } from './webhook-inbox';
import { APPEND_SCRIPT, INBOX_GROUP, webhookInboxKey, type RedisWebhookInboxOptions } from './redis-webhook-inbox-options';

export { INBOX_GROUP, type RedisWebhookInboxOptions };

/**
 * The durable webhook inbox: a Redis stream plus one consumer group shared by every instance.
 * A delivery is `XADD`ed (with its dedupe key, in the same script) before the
 * provider is answered; some instance reads it (`XREADGROUP`),
 * confirms and publishes it, then `XACK`s and deletes it. Until then it sits in the group's
 * pending list, so if its instance dies another one claims it (`XAUTOCLAIM`) after `claimIdleMs`
 * and does the work. A delivery may therefore be worked on twice (claimed just before the first
 * worker acked); the bus publishes each event id once, so subscribers still see it once.
 */
export class RedisWebhookInbox implements WebhookInbox {
  private readonly streamKey: string;
  private readonly consumer: string;
  private readonly connection: Redis;
  private readonly abort = new AbortController();
  private readonly inFlight = new Map<string, Promise<void>>();
  private worker?: InboxWorker;
  private loops: Promise<void>[] = [];
  private claimRoundsDone = 0;

  constructor(private readonly options: RedisWebhookInboxOptions) {
    this.streamKey = webhookInboxKey(options.keyPrefix, 'inbox');
    this.consumer = options.consumerName ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    // XREADGROUP BLOCK holds its connection: it gets its own, like the event-log reader.
    this.connection = options.redis.duplicate();
    this.connection.on('error', () => {});
  }

  private get claimIdleMs(): number {
    return this.options.claimIdleMs ?? 30_000;
  }

  async append(delivery: InboxDelivery): Promise<'stored' | 'duplicate'> {
    const { redis, dedupeTtlMs = 24 * 60 * 60 * 1000 } = this.options;
    const id = await guardState(() =>
      sendReplicated(redis, this.options.replicaAcks, 'EVAL', APPEND_SCRIPT, 2, this.seenKey(delivery.key), this.streamKey, dedupeTtlMs, encodeJson(delivery)),
    );
    return id ? 'stored' : 'duplicate';
  }

  async forget(key: string): Promise<void> {
    await guardState(() => this.options.redis.del(this.seenKey(key)));
  }

  /** Shared by every instance: a delivery taken on by A is a duplicate at B. */
  private seenKey(key: string): string {
    return webhookInboxKey(this.options.keyPrefix, `seen:${key}`);
  }

  start(worker: InboxWorker): void {
    this.worker = worker;
    this.loops = [this.readNew(), this.claimAbandonedPeriodically()];
  }

  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight.values()]);
  }

  close(): void {
    this.abort.abort();
    this.connection.disconnect();
  }

  /** Completed looks for abandoned deliveries (tests wait on it instead of on the clock). */
  get claimRounds(): number {
    return this.claimRoundsDone;
  }

  /** Resolves once both loops have stopped (tests). */
  async stopped(): Promise<void> {
    await Promise.all(this.loops);
  }

  private async readNew(): Promise<void> {
    const { blockMs = 5_000, retryMs = 200, maxInFlight = 32, logger } = this.options;
    let groupReady = false;
    let outage = false;
    await this.connectionReady();
    while (!this.abort.signal.aborted) {
      try {
        if (!groupReady) groupReady = await this.ensureGroup();
        if (this.inFlight.size >= maxInFlight) {
          await Promise.race(this.inFlight.values());
          continue;
        }
        const reply = (await this.connection.xreadgroup(
          'GROUP',
          INBOX_GROUP,
          this.consumer,
          'COUNT',
          maxInFlight - this.inFlight.size,
          'BLOCK',
          blockMs,
          'STREAMS',
          this.streamKey,
          '>',
        )) as Array<[string, Array<[string, string[]]>]> | null;
        if (outage) logger.info({ event: 'webhook_inbox_resumed' }, 'webhook inbox reader reconnected');
        outage = false;
        for (const [, entries] of reply ?? []) for (const [id, fields] of entries) this.dispatch(id, fields);
      } catch (error) {
        if (this.abort.signal.aborted) break;
        // A Redis that restarted without its data has lost the group too: create it again.
        if (/NOGROUP/.test((error as Error).message)) groupReady = false;
        if (!outage) logger.warn({ event: 'webhook_inbox_unavailable', err: { message: (error as Error).message } }, 'webhook inbox cannot reach Redis; retrying');
        outage = true;
        await pause(retryMs, this.abort.signal);
      }
    }
  }

  /** Until the dedicated connection is up (or we close): no "Redis unavailable" noise at start-up. */
  private connectionReady(): Promise<void> {
    if (this.connection.status === 'ready') return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        this.connection.off('ready', done);
        this.abort.signal.removeEventListener('abort', done);
        resolve();
      };
      this.connection.once('ready', done);
      this.abort.signal.addEventListener('abort', done, { once: true });
    });
  }

  /** From the stream's start: whatever is in it was never acknowledged (acked entries are deleted). */
  private async ensureGroup(): Promise<boolean> {
    try {
      await this.connection.xgroup('CREATE', this.streamKey, INBOX_GROUP, '0', 'MKSTREAM');
    } catch (error) {
      if (!/BUSYGROUP/.test((error as Error).message)) throw error;
    }
    return true;
  }

  private async claimAbandonedPeriodically(): Promise<void> {
    const interval = this.options.claimIntervalMs ?? Math.max(50, Math.floor(this.claimIdleMs / 2));
    while (!this.abort.signal.aborted) {
      await pause(interval, this.abort.signal);
      if (this.abort.signal.aborted) break;
      // Failures (Redis down, group not yet created) are reported by readNew; try again next round.
      await this.claimAbandoned().catch(() => {});
      this.claimRoundsDone++;
    }
  }

  private async claimAbandoned(): Promise<void> {
    const { redis, maxInFlight = 32, logger } = this.options;
    let start = '0-0';
    do {
      const room = maxInFlight - this.inFlight.size;
      if (room <= 0) return;
      const [next, entries] = (await redis.xautoclaim(this.streamKey, INBOX_GROUP, this.consumer, this.claimIdleMs, start, 'COUNT', room)) as [
        string,
        Array<[string, string[] | null]>,
      ];
      for (const [id, fields] of entries) {
        if (!fields || this.inFlight.has(id)) continue;
        logger.warn({ event: 'webhook_inbox_claimed', id }, 'took over a webhook delivery its instance left unfinished');
        this.dispatch(id, fields);
      }
      start = next;
    } while (start !== '0-0' && !this.abort.signal.aborted);
  }

  private dispatch(id: string, fields: string[]): void {
    const work = this.work(id, fields);
    this.inFlight.set(id, work);
    void work.finally(() => this.inFlight.delete(id));
  }

  private async work(id: string, fields: string[]): Promise<void> {
    let delivery: InboxDelivery;
    try {
      delivery = decodeJson<InboxDelivery>(fieldsToRecord(fields).delivery);
    } catch (error) {
      this.options.logger.error({ event: 'webhook_inbox_bad_entry', id, err: { message: (error as Error).message } }, 'unreadable webhook inbox entry dropped');
      return this.acknowledge(id);
    }
    // Keep the entry's idle time low while working on it, so no other instance takes it over.
    const heartbeat = setInterval(() => void this.refresh(id), Math.max(20, Math.floor(this.claimIdleMs / 3)));
    heartbeat.unref();
    try {
      const outcome = await this.worker!(delivery);
      if (outcome === 'done') await this.acknowledge(id);
    } catch (error) {
      this.options.logger.error({ event: 'webhook_inbox_worker_failed', id, err: error }, 'webhook worker failed; the delivery stays in the inbox');
    } finally {
      clearInterval(heartbeat);
    }
  }

  private async refresh(id: string): Promise<void> {
    await this.options.redis.xclaim(this.streamKey, INBOX_GROUP, this.consumer, 0, id, 'JUSTID').catch(() => {});
  }

  /** XACK + XDEL: the inbox holds only unfinished deliveries, so it needs no trimming. */
  private async acknowledge(id: string): Promise<void> {
    try {
      await guardState(() => this.options.redis.multi().xack(this.streamKey, INBOX_GROUP, id).xdel(this.streamKey, id).exec());
    } catch (error) {
      // Still pending: it will be claimed and worked on again, and the bus drops the repeat.
      this.options.logger.warn({ event: 'webhook_inbox_ack_failed', id, err: { message: (error as Error).message } }, 'could not acknowledge a finished webhook delivery');
    }
  }
}
