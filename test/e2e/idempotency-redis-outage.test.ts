import Redis from 'ioredis';
import { startTestPaygraph, eventually, nodeAs, type TestPaygraph } from '../helpers/paygraph';
import { startRedisServer, type OwnRedisServer } from '../helpers/redis';
import { expectOutcomePending, shortWindowEnv, waitRetryAfter } from '../helpers/in-flight';
import { startPersistentRedisServer, type PersistentRedisServer } from '../helpers/persistent-redis';
import { CreatePixChargeDocument as CREATE, GetPixChargeDocument as GET, RefundPixChargeDocument as REFUND } from '../generated/graphql';

/**
 * Redis stopped and started mid-run (docs/idempotency.md, "Failure behaviour"): mutations with an
 * idempotencyKey fail closed with STATE_UNAVAILABLE and make no provider call while it is down,
 * recover by themselves, and no key executes twice.
 */
async function paidCharge(app: TestPaygraph, amount: string) {
  const charge = (await app.gqlTyped(CREATE, { input: { amount } })).data!.createPixCharge.pixCharge!;
  await eventually(async () => nodeAs((await app.gqlTyped(GET, { id: charge.id })).data!.node, 'PixCharge').status === 'PAID');
  return charge;
}

describe('Redis down: fail closed, then recover', () => {
  let redis: OwnRedisServer;
  let app: TestPaygraph;
  beforeAll(async () => {
    redis = await startRedisServer();
    app = await startTestPaygraph({ REDIS_URL: redis.url }, { astraSimulator: { sandboxDelayMs: 20 } });
  });
  afterAll(async () => {
    await app.close();
    await redis.stop();
  });

  test('while down: STATE_UNAVAILABLE, 0 provider calls, reads still work; after: each key executes once', async () => {
    const sim = app.sandbox!.astra;
    const charge = await paidCharge(app, '20.01');
    const refund = { chargeId: charge.id, amount: '1.00', idempotencyKey: 'during-outage' };
    const create = { amount: '2.00', idempotencyKey: 'create-during-outage' };
    await redis.stop();

    const before = sim.counters.total;
    const refused = await Promise.all([app.gqlTyped(REFUND, { input: refund }), app.gqlTyped(CREATE, { input: create })]);
    const providerCallsWhileDown = sim.counters.total - before;
    console.info(`outage: provider calls while down ${providerCallsWhileDown}, codes ${refused.map((r) => r.errors?.[0].extensions?.code).join(',')}`);
    for (const response of refused) {
      expect(response.data).toBeNull();
      expect(response.errors![0].extensions).toMatchObject({ code: 'STATE_UNAVAILABLE', retryable: true });
    }
    expect(providerCallsWhileDown).toBe(0);
    // Reads do not depend on Redis.
    expect(nodeAs((await app.gqlTyped(GET, { id: charge.id })).data!.node, 'PixCharge').status).toBe('PAID');

    await redis.start();
    const refundPosts = () => sim.counters.count('POST /charge/v1/refund');
    const postsBefore = refundPosts();
    // ioredis reconnects by itself; until it has, the same request keeps failing closed.
    const recovered = await eventually(
      async () => {
        const response = await app.gqlTyped(REFUND, { input: refund });
        return response.errors ? undefined : response;
      },
      15_000,
      100,
    );
    const replay = await app.gqlTyped(REFUND, { input: refund });
    console.info(`outage: refund POSTs after recovery ${refundPosts() - postsBefore}`);
    expect(replay.data!.refundPixCharge.refund!.refundId).toBe(recovered.data!.refundPixCharge.refund!.refundId);
    expect(refundPosts() - postsBefore).toBe(1);
  });
});

describe('Redis stops while an attempt is at the provider (persistent Redis)', () => {
  let redis: PersistentRedisServer;
  let app: TestPaygraph;
  let probe: Redis;
  beforeAll(async () => {
    redis = await startPersistentRedisServer();
    probe = new Redis(redis.url, { maxRetriesPerRequest: 1 });
    // A short lease: the lock its attempt could not release (Redis was down) frees itself quickly.
    // An 8 s in-flight window (issue 23): long enough to see the retry refused inside it.
    app = await startTestPaygraph({ REDIS_URL: redis.url, ...shortWindowEnv(2_000, 2_500, 8_000) }, { astraSimulator: { sandboxDelayMs: 20 }, idempotency: { leaseMs: 1_000 } });
  });
  afterAll(async () => {
    await app.close();
    probe.disconnect();
    await redis.destroy();
  });

  test('the caller gets its refund; after Redis returns, the retry answers OUTCOME_PENDING, then after the horizon finds that refund by its marker: one refund', async () => {
    const sim = app.sandbox!.astra;
    const charge = await paidCharge(app, '30.01');
    const input = { chargeId: charge.id, amount: '4.00', idempotencyKey: 'redis-dies-mid-attempt' };
    const refundPosts = () => sim.counters.count('POST /charge/v1/refund');
    const before = refundPosts();

    sim.faults.set({ latencyMs: 300 }); // every provider call of the attempt takes 300 ms
    const attempt = app.gqlTyped(REFUND, { input });
    // The attempt has recorded itself (IN_PROGRESS, with its marker) and is now at the provider.
    await eventually(async () => ((await probe.keys('*idem:rec:*')).length > 0 ? true : undefined), 5_000, 5);
    await redis.stop();
    const first = await attempt;
    sim.faults.reset();
    expect(first.errors).toBeUndefined();
    const firstRefund = first.data!.refundPixCharge.refund!;

    await redis.start();
    // Until ioredis has reconnected the retry fails closed; then the key's attempt, recorded as
    // in progress and never finished, may still be completing: OUTCOME_PENDING, nothing sent.
    const postsAfterAttempt = refundPosts();
    const pending = await eventually(
      async () => {
        const response = await app.gqlTyped(REFUND, { input });
        return response.errors?.[0].extensions?.code === 'STATE_UNAVAILABLE' ? undefined : response;
      },
      15_000,
      100,
    );
    const retryAfter = expectOutcomePending(pending);
    expect(refundPosts()).toBe(postsAfterAttempt);
    // After the horizon the retry finds that refund by its marker.
    await waitRetryAfter(retryAfter);
    const retry = await app.gqlTyped(REFUND, { input });
    expect(retry.errors).toBeUndefined();
    console.info(`mid-attempt outage: first ${firstRefund.refundId}, retry ${retry.data!.refundPixCharge.refund!.refundId}, refund POSTs ${refundPosts() - before}`);
    expect(retry.data!.refundPixCharge.refund!.refundId).toBe(firstRefund.refundId);
    expect(refundPosts() - before).toBe(1);
    const refunds = nodeAs((await app.gqlTyped(GET, { id: charge.id })).data!.node, 'PixCharge').refunds;
    expect(refunds.totalCount).toBe(1);
  });
});
