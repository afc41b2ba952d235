import type Redis from 'ioredis';
import { startAstraSimulator, type AstraSimulator } from '@paygraph/sandbox/astra';
import { startTestPaygraph, eventually, liveAstraEnv, nodeAs, type TestPaygraph } from '../helpers/paygraph';
import { deletePrefix, sharedRedisEnv, testRedisClient, uniquePrefix } from '../helpers/redis';
import { CreatePixChargeDocument as CREATE, GetPixChargeDocument as GET, RefundPixChargeDocument as REFUND } from '../generated/graphql';

/**
 * Issue 9 case 3: keys survive a restart and are shared by instances. Live mode against one
 * separately started simulator, every Paygraph on the same Redis (real, shared, own key prefix).
 */
let sim: AstraSimulator;
let redis: Redis;
const prefix = uniquePrefix('idem-restart');
const running: TestPaygraph[] = [];

beforeAll(async () => {
  sim = await startAstraSimulator({ sandboxDelayMs: 20, webhookRetryDelaysMs: [20] });
  redis = testRedisClient();
});
afterAll(async () => {
  await Promise.all(running.map((app) => app.close()));
  await sim.close();
  await deletePrefix(redis, prefix);
  await redis.quit();
});

async function paygraph(): Promise<TestPaygraph> {
  const app = await startTestPaygraph({
    ...liveAstraEnv(sim),
    ...sharedRedisEnv(prefix),
  });
  running.push(app);
  return app;
}

async function stop(app: TestPaygraph): Promise<void> {
  running.splice(running.indexOf(app), 1);
  await app.close();
}

async function paidCharge(app: TestPaygraph, amount: string) {
  const charge = (await app.gqlTyped(CREATE, { input: { amount } })).data!.createPixCharge.pixCharge!;
  await eventually(async () => nodeAs((await app.gqlTyped(GET, { id: charge.id })).data!.node, 'PixCharge').status === 'PAID');
  return charge;
}

const refundPosts = () => sim.counters.count('POST /charge/v1/refund');

test('a refund key replays after Paygraph restarts: two successive instances, one refund', async () => {
  const first = await paygraph();
  expect(first.config.mode).toBe('live');
  const charge = await paidCharge(first, '20.01');
  const input = { chargeId: charge.id, amount: '2.00', idempotencyKey: 'restart-key' };
  const before = refundPosts();
  const original = (await first.gqlTyped(REFUND, { input })).data!.refundPixCharge.refund!;
  await stop(first);

  const second = await paygraph();
  const replay = await second.gqlTyped(REFUND, { input });
  console.info(`case 3: refund ids ${original.refundId} then ${replay.data!.refundPixCharge.refund!.refundId}, refund POSTs ${refundPosts() - before}`);
  expect((await second.gqlTyped(REFUND, { input })).data!.refundPixCharge.refund!.refundId).toBe(original.refundId);
  // The stored refund is replayed as it was answered; nested `charge` is read live (it may have moved on).
  const { charge: _liveCharge, ...replayedRefund } = replay.data!.refundPixCharge.refund!;
  const { charge: _originalCharge, ...originalRefund } = original;
  expect(replayedRefund).toEqual(originalRefund);
  expect(refundPosts() - before).toBe(1);
  await stop(second);
});

test('the same key sent to two instances concurrently makes one provider call', async () => {
  const [a, b] = await Promise.all([paygraph(), paygraph()]);
  const charge = await paidCharge(a, '30.01');
  const before = refundPosts();
  const input = { chargeId: charge.id, amount: '3.00', idempotencyKey: 'two-instances' };
  const responses = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).gqlTyped(REFUND, { input })));
  const ids = new Set(responses.map((r) => r.data!.refundPixCharge.refund?.refundId));
  console.info(`two instances: refund POSTs ${refundPosts() - before}, distinct refund ids ${ids.size}`);
  expect(refundPosts() - before).toBe(1);
  expect(ids.size).toBe(1);
  expect([...ids][0]).toEqual(expect.any(String));
  await Promise.all([stop(a), stop(b)]);
});
