import type { Cluster } from 'ioredis';
import type { Config } from '../../../src/config';
import { IdempotencyGuard } from '../../../src/domain/idempotency';
import { RedisEventBus } from '../../../src/events/redis-event-bus';
import { RedisWebhookInbox } from '../../../src/events/redis-webhook-inbox';
import type { InboxDelivery } from '../../../src/events/webhook-inbox';
import { openSharedState, type SharedState } from '../../../src/state/shared-state';
import { StateUnavailableError } from '../../../src/errors/domain-errors';
import { RedisIdempotencyStore } from '../../../src/state/redis-idempotency-store';
import { idempotencyStoreFor, payoutBatchIndexFor, pollerLeasesFor, rateLimiterFor, sharedTokenCacheFor, watchListFor, webhookSecretStoreFor } from '../../../src/state/stores';
import { deletePrefix, uniquePrefix } from '../../helpers/redis';
import { startRedisCluster, type TestRedisCluster } from '../../helpers/redis-cluster';
import { paymentEvent, silentLogger, take } from '../../integration/events/event-helpers';
import { until } from '../../integration/events/inbox-helpers';

/**
 * Every Redis-backed store on a real 3-primary Redis Cluster (test/helpers/redis-cluster.ts),
 * opened the way Paygraph opens it (REDIS_CLUSTER_NODES → openSharedState). A multi-key command
 * whose keys sit in different slots fails with CROSSSLOT, so each case below fails if a store's
 * keys are not laid out for a cluster (src/state/hash-tag.ts).
 */
jest.setTimeout(60_000);

let redisCluster: TestRedisCluster;
let state: SharedState;
let admin: Cluster;
const prefix = uniquePrefix('cluster-stores');

beforeAll(async () => {
  redisCluster = await startRedisCluster();
  const config = { redis: { clusterNodes: redisCluster.nodes, keyPrefix: prefix } } as unknown as Config;
  state = await openSharedState(config, silentLogger);
  admin = redisCluster.client();
});

afterAll(async () => {
  await state?.close();
  if (admin) {
    await deletePrefix(admin, prefix);
    admin.disconnect();
  }
  await redisCluster?.stop();
});

test('the harness: a script over keys in two slots is refused (CROSSSLOT), one hash tag is accepted', async () => {
  const script = "redis.call('SET', KEYS[1], '1') redis.call('SET', KEYS[2], '1') return 1";
  await expect(state.redis!.eval(script, 2, `${prefix}a`, `${prefix}b`)).rejects.toThrow(/CROSSSLOT/);
  expect(await state.redis!.eval(script, 2, `${prefix}{t}a`, `${prefix}{t}b`)).toBe(1);
});

test('idempotency: one execution per key from two stores, and different keys spread over the primaries', async () => {
  const a = new IdempotencyGuard(idempotencyStoreFor(state));
  const b = new IdempotencyGuard(idempotencyStoreFor(state));
  const calls = new Map<string, number>();
  const keys = Array.from({ length: 30 }, (_, i) => `key-${i}`);
  await Promise.all(
    keys.flatMap((key) =>
      [a, b, a, b].map((guard) =>
        guard.run('client-a:createPixCharge', key, { amount: 100 }, async () => {
          calls.set(key, (calls.get(key) ?? 0) + 1);
          await new Promise((resolve) => setTimeout(resolve, 20));
          return key;
        }),
      ),
    ),
  );
  expect([...calls.values()].every((count) => count === 1)).toBe(true);
  expect(calls.size).toBe(keys.length);
  const owners = new Set<number>();
  for (const key of keys.slice(0, 10)) owners.add(await redisCluster.primaryPortFor(`${prefix}idem:rec:{client-a:createPixCharge:${key}}`));
  expect(owners.size).toBeGreaterThan(1);
});

test('event log: publish once per id, live delivery, and after: replay through the stream', async () => {
  const publisher = await RedisEventBus.start({ redis: state.redis!, keyPrefix: prefix, logger: silentLogger });
  const reader = await RedisEventBus.start({ redis: state.redis!, keyPrefix: prefix, logger: silentLogger });
  try {
    const live = reader.subscribe(undefined);
    const first = await publisher.publish(paymentEvent(1));
    expect(await publisher.publish(paymentEvent(1))).toBeNull(); // the dedupe key, in the script's slot
    await publisher.publish(paymentEvent(2));
    expect((await take(live, 2)).map((event) => event.id)).toEqual(['evt-1', 'evt-2']);
    const resumed = await reader.subscribe(undefined, first!.cursor);
    expect((await take(resumed, 1)).map((event) => event.id)).toEqual(['evt-2']);
  } finally {
    publisher.close();
    reader.close();
  }
});

test('webhook inbox: stored once per key, worked on and acknowledged by a consumer group', async () => {
  const inbox = new RedisWebhookInbox({ redis: state.redis!, keyPrefix: prefix, logger: silentLogger, claimIdleMs: 500, blockMs: 200 });
  const worked: InboxDelivery[] = [];
  inbox.start(async (delivery) => {
    worked.push(delivery);
    return 'done';
  });
  try {
    const delivery = { provider: 'TEST', key: 'TEST:d-1', delivery: { n: 1 } };
    expect(await inbox.append(delivery)).toBe('stored');
    expect(await inbox.append(delivery)).toBe('duplicate');
    await until(() => worked.length === 1);
    await until(async () => (await admin.xlen(`${prefix}{webhooks}:inbox`)) === 0);
    await inbox.forget('TEST:d-1');
    expect(await inbox.append(delivery)).toBe('stored');
    await until(() => worked.length === 2);
  } finally {
    inbox.close();
    await inbox.stopped();
  }
});

test('poller leases, watch list, webhook secrets, payout batch index, rate limits and the shared token', async () => {
  const leases = pollerLeasesFor(state, {} as never)!;
  expect(await leases.hold('subject-1', 'owner-a', 5_000)).toBe(true);
  expect(await leases.hold('subject-1', 'owner-b', 5_000)).toBe(false);
  await leases.release('subject-1', 'owner-a');
  expect(await leases.hold('subject-1', 'owner-b', 5_000)).toBe(true);

  const watch = watchListFor(state);
  await watch.put('charge-1', 123);
  expect(await watch.entries()).toEqual(new Map([['charge-1', 123]]));

  const secrets = webhookSecretStoreFor(state);
  const secret = await secrets.create('ASTRA');
  expect(await secrets.verify('ASTRA', secret)).toBe(true);

  const batches = payoutBatchIndexFor(state);
  await batches.add('client-a', 'ASTRA', 'batch-1');
  expect(await batches.page('client-a', 'ASTRA', 0, 10)).toEqual({ ids: ['batch-1'], total: 1 });

  const limiter = rateLimiterFor(state, 'cluster-test', 2, 60);
  await limiter.consume('client-a');
  await limiter.consume('client-a');
  await expect(limiter.consume('client-a')).rejects.toMatchObject({ remainingPoints: 0 });

  const slot = sharedTokenCacheFor(state, 'live', silentLogger)!.slot('ASTRA:client', 'credential');
  const owner = await slot.tryLock();
  expect(owner).toEqual(expect.any(String));
  const now = Date.now();
  await slot.write({ accessToken: 'token-1', expiresAt: now + 60_000, refreshAt: now + 30_000 }, now);
  expect(await slot.read()).toMatchObject({ accessToken: 'token-1' });
  await slot.unlock(owner as string);
  expect(await slot.tryLock()).toEqual(expect.any(String));
});

test('REDIS_WAIT_REPLICAS on primaries without replicas: a promised write fails closed (STATE_UNAVAILABLE)', async () => {
  const store = new RedisIdempotencyStore(state.redis!, prefix, { replicas: 1, timeoutMs: 50 });
  await expect(store.acquire('client-a:createPixCharge:wait-key', 'owner', 5_000)).rejects.toBeInstanceOf(StateUnavailableError);
  await expect(store.acquire('client-a:createPixCharge:wait-key', 'owner', 5_000)).rejects.toThrow(/0 of 1 replica/);
});
