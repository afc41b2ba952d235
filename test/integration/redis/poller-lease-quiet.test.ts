import { createRedis, waitForRedis, type Redis } from '../../../src/state/redis';
import { RedisPollerLeases } from '../../../src/events/poller-lease';
import { SHARED_REDIS_URL, deletePrefix, testRedisClient, uniquePrefix } from '../../helpers/redis';

/**
 * Leases of quiet pollers (background watching only, BACKGROUND_POLL_INTERVAL_MS): a live request
 * (an instance with a subscriber) takes a quiet owner's lease over, so the subscriber gets the normal
 * pace whichever instance it is on; nothing else takes a held lease.
 */
const inspector = testRedisClient();
let redis: Redis;
let prefix: string;
let leases: RedisPollerLeases;

beforeAll(async () => {
  redis = createRedis(SHARED_REDIS_URL);
  await waitForRedis(redis);
});
beforeEach(() => {
  prefix = uniquePrefix('lease-quiet');
  leases = new RedisPollerLeases(redis, prefix);
});
afterEach(() => deletePrefix(inspector, prefix));
afterAll(async () => {
  await redis.quit();
  await inspector.quit();
});

test('a live request takes a quiet owner’s lease over; the quiet owner then cannot renew it', async () => {
  expect(await leases.hold('s1', 'A', 10_000, true)).toBe(true);
  expect(await leases.hold('s1', 'B', 10_000, false)).toBe(true);
  expect(await leases.hold('s1', 'A', 10_000, true)).toBe(false);
  expect(await leases.hold('s1', 'B', 10_000, true)).toBe(true); // B renews, now quiet itself
});

test('a quiet request never takes a held lease, quiet or live; a live one never takes a live owner’s', async () => {
  expect(await leases.hold('s2', 'A', 10_000, true)).toBe(true);
  expect(await leases.hold('s2', 'B', 10_000, true)).toBe(false);
  expect(await leases.hold('s2', 'A', 10_000, false)).toBe(true); // A has a subscriber now
  expect(await leases.hold('s2', 'B', 10_000, false)).toBe(false);
  expect(await leases.hold('s2', 'B', 10_000, true)).toBe(false);
});

test('the owner releases its lease whether it is marked quiet or not; nobody else can', async () => {
  expect(await leases.hold('s3', 'A', 10_000, true)).toBe(true);
  await leases.release('s3', 'B');
  expect(await leases.hold('s3', 'B', 10_000, true)).toBe(false);
  await leases.release('s3', 'A');
  expect(await leases.hold('s3', 'B', 10_000, true)).toBe(true);
  await leases.release('s3', 'B');
  expect(await inspector.exists(`${prefix}poller-lease:s3`)).toBe(0);
});
