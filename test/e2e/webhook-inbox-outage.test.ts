import { startTestPaygraph, eventually, type TestPaygraph } from '../helpers/paygraph';
import { startPersistentRedisServer, type PersistentRedisServer } from '../helpers/persistent-redis';
import { uniquePrefix } from '../helpers/redis';
import { subscribe, untilSubscribers, type TestSubscription } from '../helpers/subscriptions';

/**
 * Redis is down when the provider delivers: Paygraph answers 503 (nothing acknowledged that it
 * could not store), the provider retries, and once Redis is back the delivery is taken on and
 * published exactly once. Sandbox mode; the embedded simulator is the retrying provider.
 */
const EVENTS = `subscription { paymentEvents { id type subject { ... on PixCharge { txid status } } } }`;
let server: PersistentRedisServer;
let app: TestPaygraph;
let events: TestSubscription;

beforeAll(async () => {
  server = await startPersistentRedisServer();
  app = await startTestPaygraph(
    { REDIS_URL: server.url, REDIS_KEY_PREFIX: uniquePrefix('outage') },
    { astraSimulator: { webhookRetryDelaysMs: [100, 200, 400, 800, 1_600, 3_200] }, confirmRetryDelaysMs: [50, 50] },
  );
});
afterAll(async () => {
  await events?.close();
  await app?.close();
  await server.destroy();
});

async function createCharge(amount: string): Promise<string> {
  const response = await app.gql(`mutation { createPixCharge(input: { amount: "${amount}" }) { pixCharge { txid } } }`);
  return response.data.createPixCharge.pixCharge.txid;
}

const refusedForState = () => app.services.metrics.get('paygraph_webhook_rejected_total', { provider: 'ASTRA', reason: 'state_unavailable' });

test('a delivery while Redis is down gets 503; the provider retry after Redis returns is published once', async () => {
  events = subscribe(app.wsUrl, EVENTS);
  await untilSubscribers(() => app.services.bus.subscriberCount, 1);
  const before = await createCharge('6.10');
  const during = await createCharge('6.20');
  expect(await app.sandbox!.astra.payCharge(before)).toBe(true);
  expect((await events.waitFor(1, 10_000)).paymentEvents.subject.txid).toBe(before);

  await server.stop();
  expect(await app.sandbox!.astra.payCharge(during)).toBe(true); // the simulator delivers at once
  await eventually(async () => refusedForState() >= 1, 10_000);
  await server.start();

  const second = (await events.waitFor(2, 15_000)).paymentEvents;
  expect(second).toMatchObject({ type: 'PIX_CHARGE_PAID', subject: { txid: during, status: 'PAID' } });
  // The relay counts a publish after the bus has delivered it: the subscriber may see it first.
  await eventually(async () => app.services.metrics.get('paygraph_webhook_events_total', { provider: 'ASTRA', result: 'published' }) === 2);
  // Sentinel: a third payment is the next event, so the retried delivery was published once.
  const after = await createCharge('6.30');
  expect(await app.sandbox!.astra.payCharge(after)).toBe(true);
  expect((await events.waitFor(3, 10_000)).paymentEvents.subject.txid).toBe(after);
  expect(events.received.map((data) => data.paymentEvents.subject.txid)).toEqual([before, during, after]);
});
