import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';

/**
 * The drill's ground truth, read from outside Paygraph: what the provider simulator holds (its own
 * HTTP API, as an operator would ask the provider) and what the shared event log holds (the Redis
 * stream every instance publishes to).
 */

async function simulatorToken(base: string, clientId: string, clientSecret: string): Promise<string> {
  const response = await fetch(`${base}/oauth/v1/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }).toString(),
  });
  const body = (await response.json()) as { access_token: string };
  return body.access_token;
}

async function allPages<T>(base: string, token: string, path: string): Promise<T[]> {
  const items: T[] = [];
  for (let page = 0; ; page++) {
    const separator = path.includes('?') ? '&' : '?';
    const response = await fetch(`${base}${path}${separator}page=${page}&size=100`, { headers: { authorization: `Bearer ${token}`, 'x-transaction-id': randomUUID() } });
    if (!response.ok) throw new Error(`simulator ${path}: HTTP ${response.status} ${await response.text()}`);
    const body = (await response.json()) as { content: T[]; totalPages: number };
    items.push(...body.content);
    if (page + 1 >= body.totalPages) return items;
  }
}

export interface SimulatorEvidence {
  /** Charges at the provider per `userReference` (each drill intent's reference). */
  chargesByReference: Map<string, Array<{ txid: string; status: string }>>;
  deliveries: { acknowledged: number; failedAttempts: number };
}

export async function readSimulator(astra: { url: string; clientId: string; clientSecret: string }): Promise<SimulatorEvidence> {
  const token = await simulatorToken(astra.url, astra.clientId, astra.clientSecret);
  const charges = await allPages<{ txid: string; status: string; userReference?: string | null }>(astra.url, token, '/charge/v1/dynamic');
  const chargesByReference = new Map<string, Array<{ txid: string; status: string }>>();
  for (const charge of charges) {
    if (!charge.userReference) continue;
    const list = chargesByReference.get(charge.userReference) ?? [];
    list.push({ txid: charge.txid, status: charge.status });
    chargesByReference.set(charge.userReference, list);
  }
  const results = await allPages<{ success: boolean }>(astra.url, token, '/webhook/v1/results');
  const acknowledged = results.filter((result) => result.success).length;
  return { chargesByReference, deliveries: { acknowledged, failedAttempts: results.length - acknowledged } };
}

export interface PublishedEvent {
  id: string;
  type: string;
  txid?: string;
}

/**
 * Every payment event in the shared log under `keyPrefix`, in stream order. The stream is found by
 * what it holds (entries with an `event` field), not by its key name, so a change of key layout
 * (hash tags for Redis Cluster) does not break the drill.
 */
export async function readEventLog(redisUrl: string, keyPrefix: string): Promise<PublishedEvent[]> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  try {
    const events: PublishedEvent[] = [];
    let cursor = '0';
    do {
      const [next, keys] = (await redis.call('SCAN', cursor, 'MATCH', `${keyPrefix}*`, 'TYPE', 'stream', 'COUNT', '1000')) as [string, string[]];
      cursor = next;
      for (const key of keys) {
        for (const [, fields] of await redis.xrange(key, '-', '+')) {
          const at = fields.indexOf('event');
          if (at < 0 || at % 2 !== 0) continue;
          const record = JSON.parse(fields[at + 1]) as { id: string; type: string; subject?: { txid?: string } };
          events.push({ id: record.id, type: record.type, txid: record.subject?.txid });
        }
      }
    } while (cursor !== '0');
    return events;
  } finally {
    redis.disconnect();
  }
}

/** Deletes the drill's keys. */
export async function deleteKeys(redisUrl: string, keyPrefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${keyPrefix}*`, 'COUNT', 1_000);
      cursor = next;
      if (keys.length > 0) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
