import { startTestPaygraph, eventually, type TestPaygraph } from '../helpers/paygraph';
import { operation } from '../helpers/operations';

const CREATE = operation('create-pix-charge');
const NODE = `query($id: ID!) { node(id: $id) { id ... on PixCharge { status } } }`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

let app: TestPaygraph;
let chargeId: string;
beforeAll(async () => {
  app = await startTestPaygraph({ ASTRA_TIMEOUT_MS: '150', ASTRA_DEADLINE_MS: '1000', ASTRA_RETRY_LIMIT: '2' });
  chargeId = (await app.gql(CREATE, { input: { amount: '3.00' } })).data.createPixCharge.pixCharge.id;
});
afterEach(() => app.sandbox!.astra.faults.reset());
afterAll(() => app.close());

function expectSafeError(error: any) {
  expect(error.extensions.code).toBe('PROVIDER_UNAVAILABLE');
  expect(error.extensions.upstreamTransactionId).toMatch(UUID);
  expect(error.extensions.requestId).toEqual(expect.any(String));
  expect(error.extensions).not.toHaveProperty('stacktrace');
  expect(JSON.stringify(error)).not.toMatch(/Service unavailable|errorCode|xTransactionId|at .*\.ts/);
}

describe('provider failures become typed errors', () => {
  test('a 5xx on a read is retried with the same x-transaction-id, then PROVIDER_UNAVAILABLE', async () => {
    const sim = app.sandbox!.astra;
    sim.faults.set({ errorRate: 1, errorStatus: 503, routeFilter: 'GET /charge/v1/dynamic/:txid' });
    const logStart = sim.counters.log.length;
    const response = await app.gql(NODE, { id: chargeId });
    expect(response.data?.node ?? null).toBeNull();
    const error = response.errors![0];
    expectSafeError(error);
    const attempts = sim.counters.log.slice(logStart).filter((entry) => entry.route === 'GET /charge/v1/dynamic/:txid');
    expect(attempts).toHaveLength(3); // 1 + ASTRA_RETRY_LIMIT
    expect(new Set(attempts.map((a) => a.transactionId))).toEqual(new Set([error.extensions!.upstreamTransactionId]));
  });

  test('a read that recovers after one 503 succeeds', async () => {
    app.sandbox!.astra.faults.set({ failNextCount: 1, errorStatus: 503, routeFilter: 'GET /charge/v1/dynamic/:txid' });
    const response = await app.gql(NODE, { id: chargeId });
    expect(response.errors).toBeUndefined();
    expect(response.data.node.status).toBe('ACTIVE');
  });

  test('a provider that never answers times out per attempt: PROVIDER_UNAVAILABLE within the deadline', async () => {
    app.sandbox!.astra.faults.set({ hangRate: 1, routeFilter: 'GET /charge/v1/dynamic/:txid' });
    const started = Date.now();
    const response = await app.gql(NODE, { id: chargeId });
    expectSafeError(response.errors![0]);
    expect(Date.now() - started).toBeLessThan(3_000); // bounded by ASTRA_DEADLINE_MS, not hanging forever
  });

  test('a POST that fails with 503 is not retried (Astra has no idempotency) and is a top-level error', async () => {
    const sim = app.sandbox!.astra;
    sim.faults.set({ errorRate: 1, errorStatus: 503, routeFilter: 'POST /charge/v1/dynamic' });
    const before = sim.counters.count('POST /charge/v1/dynamic');
    const response = await app.gql(CREATE, { input: { amount: '4.00' } });
    expectSafeError(response.errors![0]);
    expect(sim.counters.count('POST /charge/v1/dynamic') - before).toBe(1);
  });

  test('a provider 4xx is a PROVIDER_REJECTED user error with the provider message', async () => {
    app.sandbox!.astra.faults.set({ failNextCount: 1, errorStatus: 400, routeFilter: 'POST /charge/v1/dynamic' });
    const response = await app.gql(CREATE, { input: { amount: '4.00' } });
    expect(response.errors).toBeUndefined();
    expect(response.data.createPixCharge.pixCharge).toBeNull();
    const [userError] = response.data.createPixCharge.userErrors;
    expect(userError.code).toBe('PROVIDER_REJECTED');
    expect(userError.message).toMatch(/^Astra rejected the request: .+\(x-transaction-id [0-9a-f-]{36}\)$/);
  });
});

describe('money safety when the provider does not answer', () => {
  test('a refund whose first attempt timed out is made once when retried with the same key', async () => {
    const sim = app.sandbox!.astra;
    const charge = (await app.gql(CREATE, { input: { amount: '30.01' } })).data.createPixCharge.pixCharge;
    await eventually(async () => (await app.gql(NODE, { id: charge.id })).data.node.status === 'PAID');
    const input = { chargeId: charge.id, amount: '5.00', idempotencyKey: 'refund-timeout-1' };
    const posts = () => sim.counters.count('POST /charge/v1/refund');
    const before = posts();

    // Every route is slower than Paygraph's 150 ms attempt timeout (the simulator's latency fault
    // ignores routeFilter), so the attempt times out reading the charge: its outcome is unknown.
    // (A retry that adopts the refund an unanswered attempt did make: idempotency-redis-outage.test.ts.)
    sim.faults.set({ latencyMs: 400, routeFilter: 'POST /charge/v1/refund' });
    const first = await app.gql(operation('refund-pix-charge'), { input });
    expect(first.errors?.[0].extensions?.code).toBe('PROVIDER_UNAVAILABLE');
    sim.faults.reset();

    // The retry first looks for a refund carrying the first attempt's marker, finds none, refunds once.
    // (On a loaded machine a retry may itself time out on a 150 ms read: retrying is what callers do.)
    const retry = await eventually(async () => {
      const response = await app.gql(operation('refund-pix-charge'), { input });
      return response.errors ? undefined : response;
    });
    expect(retry.data.refundPixCharge.userErrors).toEqual([]);
    expect(retry.data.refundPixCharge.refund.amount.amount).toBe('5.00');
    expect(posts() - before).toBe(1);
    const refunds = await app.gql(operation('get-pix-charge'), { id: charge.id });
    expect(refunds.data.node.refunds.totalCount).toBe(1);

    const replay = await app.gql(operation('refund-pix-charge'), { input });
    expect(replay.data.refundPixCharge.refund.refundId).toBe(retry.data.refundPixCharge.refund.refundId);
    expect(posts() - before).toBe(1);
  });
});
