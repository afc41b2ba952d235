import type Redis from 'ioredis';
import { IdempotencyGuard } from '../../../src/domain/idempotency';
import { RedisEventBus } from '../../../src/events/redis-event-bus';
import { RedisIdempotencyStore } from '../../../src/state/redis-idempotency-store';
import { migrateKeyLayout } from '../../../src/state/key-layout';
import { deletePrefix, testRedisClient, uniquePrefix } from '../../helpers/redis';
import { paymentEvent, silentLogger, take } from '../../integration/events/event-helpers';

/**
 * Upgrading a single-Redis deployment to the hash-tagged key names: state written under the old
 * names (made here by renaming new-layout keys back) is renamed at start-up and keeps working:
 * a completed idempotency key replays without executing, an event cursor still resumes, a
 * published event id still blocks its repeat, and TTLs are kept.
 */
let redis: Redis;
const prefix = uniquePrefix('layout');

beforeAll(() => {
  redis = testRedisClient();
});
afterAll(async () => {
  await deletePrefix(redis, prefix);
  await redis.quit();
});

/** Renames every new-layout key under the prefix to its old name (what the previous release wrote). */
async function toOldLayout(): Promise<void> {
  const keys = await redis.keys(`${prefix}*`);
  for (const key of keys) {
    const old = key
      .replace(`${prefix}{events}:`, `${prefix}events:`)
      .replace(`${prefix}{webhooks}:`, `${prefix}webhooks:`)
      .replace(/idem:(rec|lock):\{(.*)\}$/, 'idem:$1:$2');
    if (old !== key) await redis.rename(key, old);
  }
}

test('old key names are renamed once at start-up, and what they held keeps working', async () => {
  const guard = new IdempotencyGuard(new RedisIdempotencyStore(redis, prefix));
  let executions = 0;
  const execute = async () => ++executions;
  await guard.run('client-a:createPixCharge', 'upgrade-key', { amount: 100 }, execute);
  const bus = await RedisEventBus.start({ redis, keyPrefix: prefix, logger: silentLogger });
  const first = await bus.publish(paymentEvent(1));
  await bus.publish(paymentEvent(2));
  bus.close();
  await redis.set(`${prefix}webhooks:seen:ASTRA:d-1`, '1', 'PX', 60_000);

  await toOldLayout();
  expect(await redis.exists(`${prefix}idem:rec:client-a:createPixCharge:upgrade-key`, `${prefix}events:log`, `${prefix}events:seq`)).toBe(3);

  expect(await migrateKeyLayout(redis, prefix, silentLogger)).toBeGreaterThanOrEqual(5);
  expect(await migrateKeyLayout(redis, prefix, silentLogger)).toBe(0); // done once
  expect(await redis.exists(`${prefix}events:log`, `${prefix}idem:rec:client-a:createPixCharge:upgrade-key`)).toBe(0);
  expect(await redis.pttl(`${prefix}idem:rec:{client-a:createPixCharge:upgrade-key}`)).toBeGreaterThan(0);
  expect(await redis.pttl(`${prefix}{webhooks}:seen:ASTRA:d-1`)).toBeGreaterThan(0);

  // The completed key replays: no second execution.
  await guard.run('client-a:createPixCharge', 'upgrade-key', { amount: 100 }, execute);
  expect(executions).toBe(1);
  // The log, its sequence and the published ids carried over.
  const after = await RedisEventBus.start({ redis, keyPrefix: prefix, logger: silentLogger });
  try {
    expect(await after.publish(paymentEvent(1))).toBeNull();
    const resumed = await after.subscribe(undefined, first!.cursor);
    expect((await take(resumed, 1)).map((event) => event.id)).toEqual(['evt-2']);
    const third = await after.publish(paymentEvent(3));
    expect(third).not.toBeNull();
  } finally {
    after.close();
  }
});
