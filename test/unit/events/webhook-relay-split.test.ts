import { WebhookRelay, type ProviderWebhookHandler } from '../../../src/events/webhook-relay';
import { MemoryEventBus } from '../../../src/events/memory-event-bus';
import { Metrics } from '../../../src/observability/metrics';
import { paymentEvent, silentLogger, take } from '../../integration/events/event-helpers';

/**
 * A handler with `split` (the API Pix groups several Pix in one callback): each item is parsed,
 * de-duplicated and confirmed on its own, and the group is answered by its best outcome.
 */
interface Item {
  n: number;
}

function setup() {
  const confirmed: number[] = [];
  const handler: ProviderWebhookHandler<Item> = {
    split: (body) => {
      const list = (body as { pix?: unknown }).pix;
      return Array.isArray(list) ? list : null;
    },
    parse: (raw) => {
      const n = (raw as { n?: unknown }).n;
      if (typeof n !== 'number') return { ok: false, reason: 'no n' };
      return { ok: true, dedupKey: `item-${n}`, occurredAt: null, confirmable: true, product: 'TEST', delivery: { n } };
    },
    confirm: (item, eventId) => {
      confirmed.push(item.n);
      return Promise.resolve({ outcome: 'confirmed', event: { ...paymentEvent(item.n, `charge-${item.n}`), id: eventId } });
    },
  };
  const bus = new MemoryEventBus();
  const metrics = new Metrics();
  const relay = new WebhookRelay({ bus, metrics, logger: silentLogger, handlers: { TEST: handler }, confirmRetryDelaysMs: [], maxEventAgeMs: 60_000 });
  return { relay, bus, metrics, confirmed };
}

test('two items in one body: both confirmed and published as two events', async () => {
  const { relay, bus, confirmed } = setup();
  const events = bus.subscribe(undefined);
  expect(await relay.accept('TEST', { pix: [{ n: 1 }, { n: 2 }] })).toEqual({ outcome: 'accepted' });
  const published = await take(events, 2);
  expect(published.map((event) => event.subjectId).sort()).toEqual(['charge-1', 'charge-2']);
  expect(confirmed.sort()).toEqual([1, 2]);
  relay.close();
});

test('an item already seen is a duplicate on its own; the new one beside it is still accepted', async () => {
  const { relay, metrics } = setup();
  await relay.accept('TEST', { pix: [{ n: 1 }] });
  expect(await relay.accept('TEST', { pix: [{ n: 1 }, { n: 3 }] })).toEqual({ outcome: 'accepted' });
  expect(await relay.accept('TEST', { pix: [{ n: 3 }] })).toEqual({ outcome: 'duplicate' });
  expect(metrics.get('paygraph_webhook_deliveries_total', { provider: 'TEST', outcome: 'duplicate' })).toBe(2);
  await relay.idle();
  relay.close();
});

test('a body that is not a list, an empty list or only invalid items → invalid, nothing confirmed', async () => {
  const { relay, confirmed } = setup();
  expect((await relay.accept('TEST', { pix: {} })).outcome).toBe('invalid');
  expect((await relay.accept('TEST', { pix: [] })).outcome).toBe('invalid');
  expect((await relay.accept('TEST', { pix: [{ x: 1 }] })).outcome).toBe('invalid');
  await relay.idle();
  expect(confirmed).toEqual([]);
  relay.close();
});
