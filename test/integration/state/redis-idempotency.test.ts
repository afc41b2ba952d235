import type Redis from 'ioredis';
import { IdempotencyGuard, RECORD_TTL_MS } from '../../../src/domain/idempotency';
import { RedisIdempotencyStore } from '../../../src/state/redis-idempotency-store';
import { deletePrefix, testRedisClient, uniquePrefix } from '../../helpers/redis';
import { guardInFlightCases, guardTransitionCases } from '../../helpers/idempotency-guard-cases';

let redis: Redis;
const prefix = uniquePrefix('idem');
beforeAll(() => {
  redis = testRedisClient();
});
afterAll(async () => {
  await deletePrefix(redis, prefix);
  await redis.quit();
});

describe('IdempotencyGuard on the Redis store (real Redis)', () => {
  guardTransitionCases(() => new RedisIdempotencyStore(redis, prefix));
  describe('the in-flight window', () => {
    guardInFlightCases(() => new RedisIdempotencyStore(redis, prefix));
  });

  test('keys live under the prefix: the record with the 24 h TTL, the lock gone after the attempt', async () => {
    const guard = new IdempotencyGuard(new RedisIdempotencyStore(redis, prefix));
    await guard.run('client-a:refundPixCharge', 'ttl-key', { amount: 100 }, async () => ({ at: new Date(0) }));
    const ttl = await redis.pttl(`${prefix}idem:rec:{client-a:refundPixCharge:ttl-key}`);
    expect(ttl).toBeGreaterThan(RECORD_TTL_MS - 60_000);
    expect(ttl).toBeLessThanOrEqual(RECORD_TTL_MS);
    expect(await redis.exists(`${prefix}idem:lock:{client-a:refundPixCharge:ttl-key}`)).toBe(0);
    const stored = JSON.parse((await redis.get(`${prefix}idem:rec:{client-a:refundPixCharge:ttl-key}`))!);
    expect(stored).toMatchObject({ state: 'COMPLETED', value: { at: { $date: '1970-01-01T00:00:00.000Z' } } });
  });

  test('two guards (two instances) on one Redis: 10 concurrent repeats each → one execution', async () => {
    const a = new IdempotencyGuard(new RedisIdempotencyStore(redis, prefix));
    const b = new IdempotencyGuard(new RedisIdempotencyStore(redis, prefix));
    let calls = 0;
    const execute = async () => {
      calls++;
      await new Promise((resolve) => setTimeout(resolve, 50));
      return 'once';
    };
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).run('c:op', 'shared', { x: 1 }, execute)));
    expect(calls).toBe(1);
    expect(new Set(results.map((r) => (r as { value: string }).value))).toEqual(new Set(['once']));
  });
});
