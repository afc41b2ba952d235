import type IORedis from 'ioredis';
import type { Logger } from '../logger';
import { eventLogKey } from '../events/redis-event-bus';
import { webhookInboxKey } from '../events/redis-webhook-inbox-options';
import { hashTag } from './hash-tag';

/**
 * The upgrade to hash-tagged key names (docs/shared-state.md, "Key layout"), on a single Redis
 * server: keys written under the old names are renamed once, at start-up, so idempotency records,
 * locks, the event log (and the cursors into it), the webhook inbox with its consumer group and
 * the dedupe keys all carry over. RENAME keeps each key's TTL. Safe to run from several instances
 * at once: a key another instance renamed first is simply gone, and a key the new layout already
 * holds wins (RENAMENX; the old one expires by itself). `<prefix>key-layout` records that it is done.
 * A Redis Cluster needs none of this: Paygraph has only ever written the new names there.
 */
export const KEY_LAYOUT_VERSION = '2';

interface Rename {
  /** SCAN pattern after the prefix (`*` for the variable part), or an exact key. */
  match: string;
  to: (rest: string) => string;
}

const RENAMES = (prefix: string): Rename[] => [
  { match: 'events:log', to: () => eventLogKey(prefix, 'log') },
  { match: 'events:seq', to: () => eventLogKey(prefix, 'seq') },
  { match: 'events:published:*', to: (id) => eventLogKey(prefix, `published:${id}`) },
  { match: 'webhooks:inbox', to: () => webhookInboxKey(prefix, 'inbox') },
  { match: 'webhooks:seen:*', to: (key) => webhookInboxKey(prefix, `seen:${key}`) },
  { match: 'idem:rec:*', to: (scope) => `${prefix}idem:rec:${hashTag(scope)}` },
  { match: 'idem:lock:*', to: (scope) => `${prefix}idem:lock:${hashTag(scope)}` },
];

/** Renames old-layout keys under `keyPrefix`; returns how many it renamed (0 once done). */
export async function migrateKeyLayout(redis: IORedis, keyPrefix: string, logger: Logger): Promise<number> {
  const versionKey = `${keyPrefix}key-layout`;
  if ((await redis.get(versionKey)) === KEY_LAYOUT_VERSION) return 0;
  let renamed = 0;
  for (const { match, to } of RENAMES(keyPrefix)) {
    const fixed = !match.endsWith('*');
    const keys = fixed ? [`${keyPrefix}${match}`] : await scanAll(redis, `${keyPrefix}${match}`);
    const stem = `${keyPrefix}${match.replace(/\*$/, '')}`;
    for (const key of keys) {
      const rest = key.slice(stem.length);
      // Already in the new layout (idem:rec:{…} matches idem:rec:*).
      if (!fixed && /^\{.*\}$/.test(rest)) continue;
      if (await renameIfPresent(redis, key, to(rest))) renamed++;
    }
  }
  await redis.set(versionKey, KEY_LAYOUT_VERSION);
  if (renamed > 0) logger.info({ event: 'redis_key_layout_migrated', renamed, keyPrefix }, 'Renamed Redis keys to the hash-tagged layout (Redis Cluster ready)');
  return renamed;
}

async function scanAll(redis: IORedis, pattern: string): Promise<string[]> {
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, batch] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1_000);
    keys.push(...batch);
    cursor = next;
  } while (cursor !== '0');
  return keys;
}

/** RENAMENX, where a source another instance already renamed is not an error. */
async function renameIfPresent(redis: IORedis, from: string, to: string): Promise<boolean> {
  try {
    return (await redis.renamenx(from, to)) === 1;
  } catch (error) {
    if (/no such key/i.test((error as Error).message)) return false;
    throw error;
  }
}
