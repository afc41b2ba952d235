import type { Logger } from '../logger';
import { waitForRedis, type Redis } from '../state/redis';
import { fieldsToRecord, pause } from './stream-codec';

export interface StreamEntry {
  id: string;
  fields: Record<string, string>;
}

export interface StreamTailReaderOptions {
  /** The shared client; the reader blocks on its own duplicate of it. */
  redis: Redis;
  key: string;
  logger: Logger;
  /** Receives each batch in stream order, exactly once per entry while the reader runs. */
  onEntries: (entries: StreamEntry[]) => void;
  /** How long one XREAD waits for new entries before asking again. */
  blockMs?: number;
  /** Pause between attempts while Redis is unreachable. */
  retryMs?: number;
}

/**
 * One process's tail of a Redis stream: `XREAD BLOCK` on a dedicated connection (a blocked
 * connection cannot serve other commands), always from the last id it delivered. Because it asks
 * for "after this id" rather than "new from now" (`$`), a Redis restart or a slow reconnect loses
 * nothing still in the stream: the next read picks up exactly where the last delivery ended.
 */
export class StreamTailReader {
  private lastId: string;
  private readonly abort = new AbortController();
  private readonly loop: Promise<void>;

  private constructor(
    private readonly options: StreamTailReaderOptions,
    private readonly connection: Redis,
    startId: string,
  ) {
    this.lastId = startId;
    this.loop = this.run();
  }

  /** Starts tailing after the stream's current last entry (only what is added from now on). */
  static async start(options: StreamTailReaderOptions): Promise<StreamTailReader> {
    const connection = options.redis.duplicate();
    connection.on('error', () => {}); // the shared client already logs connection problems
    try {
      await waitForRedis(connection);
      const [last] = await options.redis.xrevrange(options.key, '+', '-', 'COUNT', 1);
      return new StreamTailReader(options, connection, last?.[0] ?? '0-0');
    } catch (error) {
      connection.disconnect();
      throw error;
    }
  }

  /** The id of the last entry handed to `onEntries`: everything up to it has been delivered. */
  get position(): string {
    return this.lastId;
  }

  /** Stops at once: the blocked XREAD is cut off by closing its connection. */
  async close(): Promise<void> {
    this.abort.abort();
    this.connection.disconnect();
    await this.loop;
  }

  private async run(): Promise<void> {
    const { key, logger, blockMs = 5_000, retryMs = 200 } = this.options;
    let outage = false;
    while (!this.abort.signal.aborted) {
      try {
        const reply = await this.connection.xread('COUNT', 500, 'BLOCK', blockMs, 'STREAMS', key, this.lastId);
        if (outage) logger.info({ event: 'stream_reader_resumed', key, after: this.lastId }, 'stream reader reconnected; resuming after the last delivered entry');
        outage = false;
        for (const [, entries] of reply ?? []) this.deliver(entries);
      } catch (error) {
        if (this.abort.signal.aborted) break;
        if (!outage) logger.warn({ event: 'stream_reader_unavailable', key, err: { message: (error as Error).message } }, 'stream reader lost Redis; retrying');
        outage = true;
        await pause(retryMs, this.abort.signal);
      }
    }
  }

  private deliver(entries: Array<[string, string[]]>): void {
    if (entries.length === 0) return;
    const batch = entries.map(([id, fields]) => ({ id, fields: fieldsToRecord(fields) }));
    this.lastId = batch[batch.length - 1].id;
    this.options.onEntries(batch);
  }
}
