import type Redis from 'ioredis';
import { INBOX_GROUP } from '../../src/events/redis-webhook-inbox';

/** One delivery in the inbox that some instance has read and not yet acknowledged. */
export interface PendingDelivery {
  id: string;
  /** The consumer holding it: by default `host:pid:random`, so `pid` names the process. */
  consumer: string;
  pid: number | null;
  idleMs: number;
  /** How many times it was handed out (claims count too). */
  deliveries: number;
}

/**
 * The webhook inbox's pending list (`XPENDING <prefix>{webhooks}:inbox relay`), for tests that must
 * know which instance holds a delivery: e.g. wait until one is pending, then SIGKILL the process
 * whose pid its consumer names, and watch another instance take it over.
 */
export async function pendingDeliveries(redis: Redis, keyPrefix: string): Promise<PendingDelivery[]> {
  const rows = (await redis.xpending(`${keyPrefix}{webhooks}:inbox`, INBOX_GROUP, '-', '+', 100).catch(() => [])) as Array<[string, string, number, number]>;
  return rows.map(([id, consumer, idleMs, deliveries]) => {
    const pid = Number(consumer.split(':')[1]);
    return { id, consumer, pid: Number.isSafeInteger(pid) ? pid : null, idleMs, deliveries };
  });
}

/** Deliveries stored and not yet acknowledged (read or not). */
export async function inboxLength(redis: Redis, keyPrefix: string): Promise<number> {
  return redis.xlen(`${keyPrefix}{webhooks}:inbox`);
}
