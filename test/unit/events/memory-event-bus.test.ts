import { MemoryEventBus } from '../../../src/events/memory-event-bus';
import type { NewPaymentEvent, PaymentEventRecord } from '../../../src/events/payment-event';
import { PixChargeEventType } from '../../../src/domain/pix-charges/events';

function event(n: number, overrides: Partial<NewPaymentEvent> = {}): NewPaymentEvent {
  return {
    id: `evt-${n}`,
    type: PixChargeEventType.PIX_CHARGE_PAID,
    provider: 'ASTRA',
    occurredAt: new Date(),
    subjectId: `charge-${n % 3}`,
    subject: { __typename: 'PixCharge', id: `charge-${n % 3}` },
    ...overrides,
  };
}

async function take(iterator: AsyncIterableIterator<PaymentEventRecord>, count: number): Promise<string[]> {
  const ids: string[] = [];
  while (ids.length < count) {
    const { value, done } = await iterator.next();
    if (done) break;
    ids.push(value.id);
  }
  return ids;
}

/** Reads up to and including `lastId`, so a gap shows as a wrong list rather than a hang. */
async function takeUntil(iterator: AsyncIterableIterator<PaymentEventRecord>, lastId: string): Promise<string[]> {
  const ids: string[] = [];
  while (ids.at(-1) !== lastId) {
    const { value, done } = await iterator.next();
    if (done) break;
    ids.push(value.id);
  }
  return ids;
}

describe('memory event bus', () => {
  test('publishes each event id once', async () => {
    const bus = new MemoryEventBus();
    const sub = bus.subscribe(undefined);
    expect(await bus.publish(event(1))).not.toBeNull();
    expect(await bus.publish(event(1))).toBeNull();
    await bus.publish(event(2));
    expect(await take(sub, 2)).toEqual(['evt-1', 'evt-2']);
  });

  test('after: replays exactly the missed events, then continues live with no gap or duplicate', async () => {
    const bus = new MemoryEventBus();
    const first = bus.subscribe(undefined);
    for (let i = 1; i <= 3; i++) await bus.publish(event(i));
    await bus.publish(event(99));
    const seen: PaymentEventRecord[] = [];
    for (let i = 0; i < 2; i++) seen.push((await first.next()).value);
    expect(seen.map((record) => record.id)).toEqual(['evt-1', 'evt-2']);
    await first.return!();
    for (let i = 4; i <= 6; i++) await bus.publish(event(i));

    // The client saw up to evt-2, so evt-3, evt-99 and evt-4..6 were missed: resume after evt-2's cursor.
    const resumed = bus.subscribe(undefined, seen[1].cursor);
    await bus.publish(event(7));
    expect(await takeUntil(resumed, 'evt-7')).toEqual(['evt-3', 'evt-99', 'evt-4', 'evt-5', 'evt-6', 'evt-7']);
    // Live after the switch: the next event is the next one published, nothing repeated in between.
    await bus.publish(event(8));
    expect(await take(resumed, 1)).toEqual(['evt-8']);
  });

  test('after: null is a live-only subscription (nothing replayed)', async () => {
    const bus = new MemoryEventBus();
    for (let i = 1; i <= 3; i++) await bus.publish(event(i));
    const live = bus.subscribe(undefined, null);
    await bus.publish(event(4));
    expect(await take(live, 1)).toEqual(['evt-4']);
  });

  test('replay honours the filter', async () => {
    const bus = new MemoryEventBus();
    const start = (await bus.publish(event(0)))!.cursor;
    for (let i = 1; i <= 6; i++) await bus.publish(event(i));
    const sub = bus.subscribe({ subjectId: 'charge-1' }, start);
    expect(await take(sub, 2)).toEqual(['evt-1', 'evt-4']);
  });

  test('a cursor older than the log is refused instead of silently skipping events', async () => {
    const bus = new MemoryEventBus({ logSize: 3 });
    const old = (await bus.publish(event(1)))!.cursor;
    for (let i = 2; i <= 6; i++) await bus.publish(event(i));
    expect(() => bus.subscribe(undefined, old)).toThrow(/older than the event log keeps/);
    expect(() => bus.subscribe(undefined, 'garbage')).toThrow(/not an event cursor/);
  });

  test('100 concurrent subscribers each receive every event exactly once', async () => {
    const bus = new MemoryEventBus();
    const subs = Array.from({ length: 100 }, () => bus.subscribe(undefined));
    for (let i = 1; i <= 20; i++) await bus.publish(event(i));
    await bus.publish(event(5)); // duplicate id: delivered to nobody
    const expected = Array.from({ length: 20 }, (_, i) => `evt-${i + 1}`);
    const received = await Promise.all(subs.map((sub) => take(sub, 20)));
    for (const ids of received) expect(ids).toEqual(expected);
  });

  test('return() unregisters; close() ends every subscription', async () => {
    const bus = new MemoryEventBus();
    const a = bus.subscribe(undefined);
    const b = bus.subscribe(undefined);
    expect(bus.subscriberCount).toBe(2);
    await a.return!();
    expect(bus.subscriberCount).toBe(1);
    const pending = b.next();
    bus.close();
    expect(await pending).toEqual({ value: undefined, done: true });
    expect(bus.subscriberCount).toBe(0);
  });
});
