import { SHARED_REDIS_URL, deletePrefix, testRedisClient, uniquePrefix } from '../../helpers/redis';
import { paymentEvent, take } from './event-helpers';
import { pendingDeliveries } from '../../helpers/webhook-inbox';
import { confirmAll, gate, startInstance, until, type Confirm, type Instance } from './inbox-helpers';

/** Two relays on one Redis and prefix = two Paygraph processes sharing the inbox. */
const admin = testRedisClient();
let prefix: string;
let instances: Instance[] = [];

async function instance(confirm: Confirm, claimIdleMs = 500, claimIntervalMs?: number): Promise<Instance> {
  const started = await startInstance(SHARED_REDIS_URL, prefix, confirm, { claimIdleMs, claimIntervalMs });
  instances.push(started);
  return started;
}
const inboxLength = () => admin.xlen(`${prefix}{webhooks}:inbox`);

beforeEach(() => {
  prefix = uniquePrefix('inbox');
});
afterEach(async () => {
  await Promise.all(instances.map((i) => i.close()));
  instances = [];
  await deletePrefix(admin, prefix);
});
afterAll(() => admin.quit());

test('accept resolves only once the delivery is in the inbox stream; it leaves the stream when published', async () => {
  const held = gate();
  let confirmations = 0;
  const a = await instance(async (delivery, eventId) => {
    confirmations++;
    await held.promise;
    return confirmAll(delivery, eventId);
  });
  const events = a.bus.subscribe(undefined);
  expect(await a.relay.accept('TEST', { n: 1 })).toEqual({ outcome: 'accepted' });
  expect(await inboxLength()).toBe(1); // stored before the caller could answer 200
  await until(() => confirmations === 1);
  expect(await inboxLength()).toBe(1); // still there while being confirmed
  held.open();
  expect((await take(events, 1))[0].id).toMatch(/^evt_/);
  await until(async () => (await inboxLength()) === 0);
  const pending = (await admin.xpending(`${prefix}{webhooks}:inbox`, 'relay')) as [number, ...unknown[]];
  expect(pending[0]).toBe(0);
});

test('the dedupe key is shared by instances and has a TTL; a suspicious delivery forgets it', async () => {
  let verdict: 'suspicious' | 'confirmed' = 'suspicious';
  const held = gate();
  const confirm: Confirm = async (delivery, eventId) => {
    await held.promise;
    return verdict === 'suspicious' ? { outcome: 'suspicious', reason: 'test' } : confirmAll(delivery, eventId);
  };
  const [a, b] = [await instance(confirm), await instance(confirm)];
  expect((await a.relay.accept('TEST', { n: 7 })).outcome).toBe('accepted');
  const ttl = await admin.pttl(`${prefix}{webhooks}:seen:TEST:d-7`);
  expect(ttl).toBeGreaterThan(23 * 60 * 60 * 1000);
  expect((await b.relay.accept('TEST', { n: 7 })).outcome).toBe('duplicate'); // B sees A's key
  held.open();
  await until(() => a.metrics.get('paygraph_webhook_events_total', { provider: 'TEST', result: 'suspicious' }) === 1);
  expect(await admin.exists(`${prefix}{webhooks}:seen:TEST:d-7`)).toBe(0);
  verdict = 'confirmed';
  const events = b.bus.subscribe(undefined);
  expect((await b.relay.accept('TEST', { n: 7 })).outcome).toBe('accepted');
  expect((await a.relay.accept('TEST', { n: 7 })).outcome).toBe('duplicate'); // A sees B's key
  expect(await take(events, 1)).toHaveLength(1);
});

test('the same delivery posted 20 times at once to two instances is stored once and published once', async () => {
  const [a, b] = [await instance(confirmAll), await instance(confirmAll)];
  const events = b.bus.subscribe(undefined);
  const outcomes = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).relay.accept('TEST', { n: 8 })));
  expect(outcomes.filter((o) => o.outcome === 'accepted')).toHaveLength(1);
  expect(outcomes.filter((o) => o.outcome === 'duplicate')).toHaveLength(19);
  await take(events, 1);
  await b.bus.publish(paymentEvent(99));
  expect((await take(events, 1))[0].id).toBe('evt-99'); // sentinel: published once
});

test("when storing fails, no dedupe key is left behind: the provider's retry is stored", async () => {
  const a = await instance(confirmAll);
  await admin.set(`${prefix}{webhooks}:inbox`, 'not a stream'); // XADD fails inside the script
  await expect(a.relay.accept('TEST', { n: 9 })).rejects.toThrow(/WRONGTYPE/);
  expect(await admin.exists(`${prefix}{webhooks}:seen:TEST:d-9`)).toBe(0);
  await admin.del(`${prefix}{webhooks}:inbox`);
  expect((await a.relay.accept('TEST', { n: 9 })).outcome).toBe('accepted');
});

test('a delivery whose worker died before publishing is claimed by another instance and reaches its subscribers once', async () => {
  let picked = false;
  const a = await instance(async () => {
    picked = true;
    return new Promise(() => {}); // never finishes: the process dies holding it
  });
  expect((await a.relay.accept('TEST', { n: 3 })).outcome).toBe('accepted');
  await until(() => picked);
  const [held] = await pendingDeliveries(admin, prefix);
  expect(held).toMatchObject({ pid: process.pid, deliveries: 1 }); // default consumer name: host:pid:random
  // Death: A sends nothing more to Redis (no ack, no heartbeat).
  a.inbox.close();
  a.redis.disconnect();
  // B starts after A took the delivery, so B can only get it by claiming it.
  const b = await instance(confirmAll);
  const onB = b.bus.subscribe(undefined);
  const [event] = await take(onB, 1);
  expect(event.subjectId).toBe(paymentEvent(3).subjectId);
  await until(async () => (await inboxLength()) === 0);
  expect(b.metrics.get('paygraph_webhook_events_total', { provider: 'TEST', result: 'published' })).toBe(1);
  expect(await pendingDeliveries(admin, prefix)).toEqual([]);
  // Sentinel: nothing else was queued behind the claimed event.
  await b.bus.publish(paymentEvent(99));
  expect((await take(onB, 1))[0].id).toBe('evt-99');
});

test('a live worker slower than the claim idle time keeps its delivery (heartbeat): nobody else confirms it', async () => {
  const held = gate();
  let confirmedByA = 0;
  let confirmedByB = 0;
  const a = await instance(
    async (delivery, eventId) => {
      confirmedByA++;
      await held.promise;
      return confirmAll(delivery, eventId);
    },
    300,
    60_000,
  ); // A's own claim loop would also reset the idle time: keep it out of the way
  expect((await a.relay.accept('TEST', { n: 4 })).outcome).toBe('accepted');
  await until(() => confirmedByA === 1);
  const b = await instance(async (delivery, eventId) => {
    confirmedByB++;
    return confirmAll(delivery, eventId);
  }, 300);
  const roundsAtStart = b.inbox.claimRounds;
  await until(() => b.inbox.claimRounds >= roundsAtStart + 6); // B looked 6 times, 0.9 s ≥ 3 claim idle times
  expect(confirmedByB).toBe(0);
  held.open();
  await until(() => a.metrics.get('paygraph_webhook_events_total', { provider: 'TEST', result: 'published' }) === 1);
  expect(confirmedByB).toBe(0);
});

test('a confirmation that finally fails is acked and dropped from the inbox, counted, and its dedupe key forgotten', async () => {
  const a = await instance(async () => {
    throw new Error('provider unavailable');
  });
  expect((await a.relay.accept('TEST', { n: 5 })).outcome).toBe('accepted');
  await until(() => a.metrics.get('paygraph_webhook_events_total', { provider: 'TEST', result: 'confirm_failed' }) === 1);
  await until(async () => (await inboxLength()) === 0);
  expect(await admin.exists(`${prefix}{webhooks}:seen:TEST:d-5`)).toBe(0);
});

test('close() stops the blocking inbox reader and the claim loop at once, even with long block and claim intervals', async () => {
  const a = await startInstance(SHARED_REDIS_URL, prefix, confirmAll, { claimIdleMs: 600_000, blockMs: 600_000 });
  instances.push(a);
  expect((await a.relay.accept('TEST', { n: 1 })).outcome).toBe('accepted'); // the reader is running
  await until(() => a.metrics.get('paygraph_webhook_events_total', { provider: 'TEST', result: 'published' }) === 1);
  a.relay.close();
  await (a.inbox as unknown as { stopped(): Promise<void> }).stopped(); // had close() waited out the block or the claim pause, this would time out
});
