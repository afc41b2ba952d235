import type { Logger } from '../logger';
import type { Redis, ReplicaAcks } from '../state/redis';

/**
 * `<prefix>{webhooks}:<part>`: the inbox stream and every delivery's dedupe key share one hash
 * tag, because APPEND_SCRIPT checks one and appends to the other; on a Redis Cluster the inbox
 * is one slot.
 */
export function webhookInboxKey(keyPrefix: string, part: string): string {
  return `${keyPrefix}{webhooks}:${part}`;
}

/** The consumer group every instance's inbox workers share. */
export const INBOX_GROUP = 'relay';

export interface RedisWebhookInboxOptions {
  redis: Redis;
  /** SharedState.keyPrefix; the stream is `<prefix>{webhooks}:inbox`. */
  keyPrefix: string;
  logger: Logger;
  /**
   * A delivery left unacknowledged this long is presumed abandoned (its instance died) and taken
   * over by another instance. Workers refresh their own deliveries while working on them, so a
   * long confirmation retry is not taken over. Default 30 s.
   */
  claimIdleMs?: number;
  /** How often each instance looks for abandoned deliveries. Default claimIdleMs / 2. */
  claimIntervalMs?: number;
  /** Deliveries one instance works on at once. Default 32. */
  maxInFlight?: number;
  /** One XREADGROUP's wait, and the pause between attempts while Redis is unreachable. */
  blockMs?: number;
  retryMs?: number;
  /** This instance's consumer name in the group (default host:pid:random, unique per process). */
  consumerName?: string;
  /** How long a stored delivery's key makes a repeat a "duplicate" (default 24 h). */
  dedupeTtlMs?: number;
  /** REDIS_WAIT_REPLICAS: a delivery is acknowledged to the provider only once replicas have it. */
  replicaAcks?: ReplicaAcks;
}

/**
 * Dedupe and store in one step (see WebhookInbox.append). The key is written after the XADD: a
 * script that fails part-way is not rolled back, and a key without its delivery is the one state
 * that must never exist.
 */
export const APPEND_SCRIPT = `
if redis.call('EXISTS', KEYS[1]) == 1 then return false end
local id = redis.call('XADD', KEYS[2], '*', 'delivery', ARGV[2])
redis.call('SET', KEYS[1], '1', 'PX', ARGV[1])
return id`;
