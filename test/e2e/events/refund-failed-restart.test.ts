/**
 * A refund Paygraph requested is watched until final on the durable watch list
 * (events/background-watch.ts): Astra sends no webhook when a refund fails (ASM-A12), so a watch
 * kept only in the process that made the request would be lost with it. Two processes on one Redis
 * (same key prefix), live mode against one Astra simulator: the first requests the refund and stops
 * before it settles; the second, started on the same Redis, publishes REFUND_FAILED.
 */
import { startAstraSimulator, type AstraSimulator } from '@paygraph/sandbox/astra';
import { eventually, liveAstraEnv, startTestPaygraph, type TestPaygraph } from '../../helpers/paygraph';
import { deletePrefix, sharedRedisEnv, testRedisClient, uniquePrefix } from '../../helpers/redis';
import { subscribe, untilSubscribers, type TestSubscription } from '../../helpers/subscriptions';

jest.setTimeout(30_000);

const CREATE = `mutation($amount: Decimal!) { createPixCharge(input: { amount: $amount }) { pixCharge { id } userErrors { code } } }`;
const CHARGE = `query($id: ID!) { node(id: $id) { ... on PixCharge { status } } }`;
const REFUND = `mutation($id: ID!, $amount: Decimal!) {
  refundPixCharge(input: { chargeId: $id, amount: $amount, idempotencyKey: "restart-refund" }) { refund { id status } userErrors { code } }
}`;
const EVENTS = `subscription { paymentEvents(filter: { types: [REFUND_FAILED] }) { id type subject { id ... on PixRefund { status } } } }`;

const redis = testRedisClient();
let sim: AstraSimulator;
let prefix: string;
const apps: TestPaygraph[] = [];
const subs: TestSubscription[] = [];

beforeAll(async () => {
  // Refunds settle after 1.5 s: time enough for the first process to stop before this one does.
  sim = await startAstraSimulator({ sandboxDelayMs: 1_500 });
  prefix = uniquePrefix('refund-restart');
});
afterAll(async () => {
  await Promise.all(subs.map((sub) => sub.close()));
  await Promise.all(apps.map((app) => app.close()));
  await sim.close();
  await deletePrefix(redis, prefix);
  await redis.quit();
});

async function instance(): Promise<TestPaygraph> {
  const app = await startTestPaygraph({
    ...liveAstraEnv(sim),
    PAGSTAR_POLL_INTERVAL_MS: '100',
    // Live mode (credentials set): background watching would be quiet (30 s) by default.
    BACKGROUND_POLL_INTERVAL_MS: '100',
    ...sharedRedisEnv(prefix),
  });
  apps.push(app);
  return app;
}

test('a refund requested by a process that stopped before it failed: the next process publishes REFUND_FAILED once', async () => {
  const first = await instance();
  // A charge ending in ,01 is paid by the simulator itself; a refund ending in ,99 fails (ASM-A23).
  const chargeId = (await first.gql(CREATE, { amount: '20.01' })).data.createPixCharge.pixCharge.id;
  await eventually(async () => (await first.gql(CHARGE, { id: chargeId })).data.node.status === 'PAID', 10_000);
  const requested = await first.gql(REFUND, { id: chargeId, amount: '1.99' });
  expect(requested.data.refundPixCharge.userErrors).toEqual([]);
  const refund = requested.data.refundPixCharge.refund;
  expect(refund.status).toBe('PROCESSING');
  apps.splice(apps.indexOf(first), 1);
  await first.close();

  const second = await instance();
  const events = subscribe(second.wsUrl, EVENTS);
  subs.push(events);
  await untilSubscribers(() => second.services.bus.subscriberCount, 1);
  const failed = await eventually(async () => events.received.find((message) => message.paymentEvents.subject.id === refund.id), 15_000);
  expect(failed.paymentEvents.subject.status).toBe('FAILED');
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(events.received).toHaveLength(1);
});
