import { RedisEventBus, type RedisEventBusOptions } from '../../../src/events/redis-event-bus';
import { createRedis, waitForRedis, type Redis } from '../../../src/state/redis';
import { SHARED_REDIS_URL, deletePrefix, uniquePrefix } from '../../helpers/redis';
import { paymentEvent, silentLogger, take } from './event-helpers';

/** Two buses on one Redis and prefix = what two Paygraph processes see. */
let prefix: string;
let clients: Redis[] = [];
let buses: RedisEventBus[] = [];

async function startBus(options: Partial<RedisEventBusOptions> = {}): Promise<RedisEventBus> {
  const redis = createRedis(SHARED_REDIS_URL);
  clients.push(redis);
  await waitForRedis(redis);
  const bus = await RedisEventBus.start({ redis, keyPrefix: prefix, logger: silentLogger, ...options });
  buses.push(bus);
  return bus;
}

beforeEach(() => {
  prefix = uniquePrefix('bus');
});
afterEach(async () => {
  for (const bus of buses) bus.close();
  await deletePrefix(clients[0], prefix);
  await Promise.all(clients.map((client) => client.quit()));
  buses = [];
  clients = [];
});

test('an event published on A reaches subscribers on A and B once; the same id published again on either is dropped', async () => {
  const [a, b] = [await startBus(), await startBus()];
  const onA = a.subscribe(undefined);
  const onB = b.subscribe(undefined);
  const first = await a.publish(paymentEvent(1));
  expect(first).not.toBeNull();
  expect(await b.publish(paymentEvent(1))).toBeNull();
  expect(await a.publish(paymentEvent(1))).toBeNull();
  await a.publish(paymentEvent(2));
  // Had a duplicate of evt-1 been delivered, it would arrive before evt-2.
  for (const sub of [onA, onB]) {
    const events = await take(sub, 2);
    expect(events.map((e) => e.id)).toEqual(['evt-1', 'evt-2']);
    expect(events[0].cursor).toBe(first!.cursor);
    expect(events[0].occurredAt).toEqual(paymentEvent(1).occurredAt); // a Date again after the round trip
  }
  expect([a.subscriberCount, b.subscriberCount]).toEqual([1, 1]);
  await onA.return!();
  expect([a.subscriberCount, b.subscriberCount]).toEqual([0, 1]);
});

test('after: a cursor from A replays on B, and on a bus started after A closed, then continues live', async () => {
  const a = await startBus();
  const records = [];
  for (let i = 1; i <= 5; i++) records.push((await a.publish(paymentEvent(i)))!);
  a.close();
  const restarted = await startBus();
  const resumed = await restarted.subscribe(undefined, records[1].cursor);
  await restarted.publish(paymentEvent(6));
  expect((await take(resumed, 4)).map((e) => e.id)).toEqual(['evt-3', 'evt-4', 'evt-5', 'evt-6']);
  const filtered = await restarted.subscribe({ subjectId: 'charge-2' }, records[0].cursor);
  await restarted.publish(paymentEvent(7, 'charge-2'));
  expect((await take(filtered, 1)).map((e) => e.id)).toEqual(['evt-7']);
  const fromNewest = await restarted.subscribe(undefined, records[4].cursor);
  await restarted.publish(paymentEvent(8));
  expect((await take(fromNewest, 3)).map((e) => e.id)).toEqual(['evt-6', 'evt-7', 'evt-8']);
});

test('replay-to-live switch under concurrent publishing: every subscriber gets each event after its cursor exactly once, in order', async () => {
  const [publisher, reader] = [await startBus(), await startBus()];
  const total = 400;
  const cursors: string[] = [];
  const publishing = (async () => {
    for (let i = 1; i <= total; i++) cursors[i] = (await publisher.publish(paymentEvent(i)))!.cursor;
  })();
  // Subscribe with after: at moments spread over the run, each while events keep arriving.
  const subscriptions: Array<{ from: number; events: Promise<string[]> }> = [];
  for (const from of [1, 50, 120, 200, 333]) {
    while (cursors.length <= from + 20) await new Promise((resolve) => setImmediate(resolve));
    const iterator = await reader.subscribe(undefined, cursors[from]);
    subscriptions.push({ from, events: take(iterator, total - from, 15_000).then((events) => events.map((e) => e.id)) });
  }
  await publishing;
  for (const { from, events } of subscriptions) {
    expect(await events).toEqual(Array.from({ length: total - from }, (_, k) => `evt-${from + 1 + k}`));
  }
  // Nothing extra is queued behind the last event: the next one is the sentinel.
  const live = reader.subscribe(undefined);
  await publisher.publish(paymentEvent(total + 1));
  expect((await take(live, 1))[0].id).toBe(`evt-${total + 1}`);
});

test('a cursor older than the stream keeps is a clear BAD_USER_INPUT; the one just before the oldest kept entry still replays', async () => {
  const bus = await startBus({ maxLength: 10 });
  const records = [];
  for (let i = 1; i <= 400; i++) records.push((await bus.publish(paymentEvent(i)))!);
  const [oldest] = await clients[0].xrange(`${prefix}{events}:log`, '-', '+', 'COUNT', 1);
  const oldestSeq = Number(oldest[1][oldest[1].indexOf('seq') + 1]);
  expect(oldestSeq).toBeGreaterThan(2); // MAXLEN ~ trimmed the head
  const kept = 400 - oldestSeq + 1;
  const justBefore = await bus.subscribe(undefined, records[oldestSeq - 2].cursor);
  const replayed = await take(justBefore, kept);
  expect(replayed[0].id).toBe(`evt-${oldestSeq}`);
  expect(replayed[kept - 1].id).toBe('evt-400');
  const expired = bus.subscribe(undefined, records[oldestSeq - 3].cursor);
  await expect(expired).rejects.toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/older than the event log keeps/) });
  expect(() => bus.subscribe(undefined, 'garbage')).toThrow(/not an event cursor/);
  const future = Buffer.from('rs1:99999999999999-0:1').toString('base64url');
  await expect(bus.subscribe(undefined, future)).rejects.toThrow(/unknown cursor/);
});

test('the stream is bounded: MAXLEN ~ keeps it near maxLength', async () => {
  const bus = await startBus({ maxLength: 50 });
  for (let i = 1; i <= 1_000; i++) await bus.publish(paymentEvent(i));
  const length = await clients[0].xlen(`${prefix}{events}:log`);
  expect(length).toBeGreaterThanOrEqual(50);
  expect(length).toBeLessThan(250);
});

test('dedupe keys expire with the retention', async () => {
  const bus = await startBus({ dedupeTtlMs: 60_000 });
  await bus.publish(paymentEvent(1));
  const ttl = await clients[0].pttl(`${prefix}{events}:published:evt-1`);
  expect(ttl).toBeGreaterThan(50_000);
  expect(ttl).toBeLessThanOrEqual(60_000);
});

test('close() ends subscribers and stops the blocking reader at once', async () => {
  const bus = await startBus({ readerBlockMs: 60_000 });
  const sub = bus.subscribe(undefined);
  const next = sub.next();
  bus.close();
  expect(await next).toEqual({ value: undefined, done: true });
  expect(bus.subscriberCount).toBe(0);
});

test('a reader that missed entries (sequence gap: trimmed while it was away, or Redis lost its data) ends live subscriptions instead of skipping silently', async () => {
  const bus = await startBus();
  const sub = bus.subscribe(undefined);
  await bus.publish(paymentEvent(1));
  const last = await bus.publish(paymentEvent(2));
  expect((await take(sub, 2)).map((e) => e.id)).toEqual(['evt-1', 'evt-2']);
  // As if entries 3..9 had been trimmed before this reader saw them.
  await clients[0].xadd(`${prefix}{events}:log`, '*', 'seq', 10, 'event', JSON.stringify(paymentEvent(10)));
  expect(await sub.next()).toEqual({ value: undefined, done: true });
  expect(bus.subscriberCount).toBe(0);
  // Resuming with the last cursor it had says clearly that events are gone.
  await expect(bus.subscribe(undefined, last!.cursor)).rejects.toThrow(/older than the event log keeps/);
});
