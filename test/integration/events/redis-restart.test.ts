import { StateUnavailableError } from '../../../src/errors/domain-errors';
import { RedisEventBus } from '../../../src/events/redis-event-bus';
import { createRedis, waitForRedis } from '../../../src/state/redis';
import { startPersistentRedisServer, type PersistentRedisServer } from '../../helpers/persistent-redis';
import { uniquePrefix } from '../../helpers/redis';
import { paymentEvent, silentLogger, take } from './event-helpers';
import { confirmAll, gate, startInstance, until, type Instance } from './inbox-helpers';

/**
 * Redis stopped and started mid-run (a private redis-server with the production persistence
 * settings: append-only, fsync always). Nothing that was acknowledged is lost, nothing is
 * delivered twice, and the blocking readers come back by themselves.
 */
let server: PersistentRedisServer;
let instances: Instance[] = [];

beforeAll(async () => {
  server = await startPersistentRedisServer();
});
afterEach(async () => {
  await Promise.all(instances.map((i) => i.close()));
  instances = [];
});
afterAll(() => server.destroy());

test('the event-log reader reconnects and delivers what was written before it was back, once and in order', async () => {
  const prefix = uniquePrefix('restart-bus');
  const a = await startInstance(server.url, prefix, confirmAll);
  instances.push(a);
  const events = a.bus.subscribe(undefined);
  await a.bus.publish(paymentEvent(1));
  expect((await take(events, 1))[0].id).toBe('evt-1');
  await server.stop();
  await expect(a.bus.publish(paymentEvent(2))).rejects.toBeInstanceOf(StateUnavailableError);
  await server.start();
  // A fresh client publishes at once, while A's reader is still in its reconnect backoff.
  const redis = createRedis(server.url);
  await waitForRedis(redis);
  const other = await RedisEventBus.start({ redis, keyPrefix: prefix, logger: silentLogger });
  for (let i = 2; i <= 6; i++) await other.publish(paymentEvent(i));
  expect((await take(events, 5, 10_000)).map((e) => e.id)).toEqual(['evt-2', 'evt-3', 'evt-4', 'evt-5', 'evt-6']);
  await other.publish(paymentEvent(7));
  expect((await take(events, 1))[0].id).toBe('evt-7'); // sentinel: no repeat queued before it
  other.close();
  await redis.quit();
});

test('deliveries acknowledged before a Redis restart are all published once; those refused (503) during it are taken on the retry', async () => {
  const prefix = uniquePrefix('restart-inbox');
  const held = gate();
  const a = await startInstance(server.url, prefix, async (delivery, eventId) => {
    await held.promise;
    return confirmAll(delivery, eventId);
  });
  const b = await startInstance(server.url, prefix, confirmAll);
  instances.push(a, b);
  b.inbox.close(); // B only watches: the deliveries are A's to work on
  const events = b.bus.subscribe(undefined);
  for (let n = 1; n <= 5; n++) expect((await a.relay.accept('TEST', { n })).outcome).toBe('accepted');
  await server.stop();
  for (const n of [6, 7]) await expect(a.relay.accept('TEST', { n })).rejects.toBeInstanceOf(StateUnavailableError);
  await server.start();
  held.open();
  // The provider retries what was refused.
  await until(async () => {
    const results = await Promise.all([6, 7].map((n) => a.relay.accept('TEST', { n }).catch(() => null)));
    return results.every((result) => result?.outcome === 'accepted');
  });
  const received = await take(events, 7, 15_000);
  expect(new Set(received.map((e) => e.id)).size).toBe(7);
  await b.bus.publish(paymentEvent(100));
  expect((await take(events, 1))[0].id).toBe('evt-100'); // nothing delivered twice
  const admin = createRedis(server.url);
  await waitForRedis(admin);
  await until(async () => (await admin.xlen(`${prefix}{webhooks}:inbox`)) === 0);
  await admin.quit();
});
