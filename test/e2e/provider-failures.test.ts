import { startTestPaygraph, eventually, type TestPaygraph } from '../helpers/paygraph';
import { operation } from '../helpers/operations';
import { expectOutcomePending, waitRetryAfter } from '../helpers/in-flight';

const CREATE = operation('create-pix-charge');
const NODE = `query($id: ID!) { node(id: $id) { id ... on PixCharge { status } } }`;
/**
 * One charge read whose cost estimate (3: the same id three times, one GET through the request's
 * loader) covers 1 + ASTRA_RETRY_LIMIT attempts: retries spend the operation's admitted estimate
 * (docs/security.md, "the estimate is a ceiling"; a `node(id:)` alone, estimate 1, gets no retry).
 */
const READ_WITH_RETRIES = `query($id: ID!) { nodes(ids: [$id, $id, $id]) { id ... on PixCharge { status } } }`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

let app: TestPaygraph;
let chargeId: string;
/**
 * Per-attempt timeout 1 s: far above what a healthy simulator call takes even on a loaded 2-core
 * machine (the POSTs in this file are not retried, so a too-tight timeout would fail them), and the
 * faults below (a hang, 2 s of latency) are far above it.
 */
const TIMEOUT_MS = 1_000;
const SLOWER_THAN_TIMEOUT_MS = 2 * TIMEOUT_MS;
beforeAll(async () => {
  app = await startTestPaygraph({
    ASTRA_TIMEOUT_MS: String(TIMEOUT_MS),
    ASTRA_DEADLINE_MS: String(3 * TIMEOUT_MS),
    ASTRA_RETRY_LIMIT: '2',
    // The in-flight window (issue 23): just past the deadline, so the refund test below waits it out quickly.
    ASTRA_COMPLETION_HORIZON_MS: String(4 * TIMEOUT_MS),
  });
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
    const response = await app.gql(READ_WITH_RETRIES, { id: chargeId });
    expect(response.data ?? null).toBeNull();
    const error = response.errors![0];
    expectSafeError(error);
    const attempts = sim.counters.log.slice(logStart).filter((entry) => entry.route === 'GET /charge/v1/dynamic/:txid');
    expect(attempts).toHaveLength(3); // 1 + ASTRA_RETRY_LIMIT
    expect(new Set(attempts.map((a) => a.transactionId))).toEqual(new Set([error.extensions!.upstreamTransactionId]));
  });

  test('a read that recovers after one 503 succeeds', async () => {
    app.sandbox!.astra.faults.set({ failNextCount: 1, errorStatus: 503, routeFilter: 'GET /charge/v1/dynamic/:txid' });
    const response = await app.gql(READ_WITH_RETRIES, { id: chargeId });
    expect(response.errors).toBeUndefined();
    expect(response.data.nodes[0].status).toBe('ACTIVE');
  });

  // How long it takes is the benchmark's and provider-http's unit tests' concern; here: a hang ends
  // (the test would time out otherwise) as PROVIDER_UNAVAILABLE after at most 1 + ASTRA_RETRY_LIMIT
  // attempts, all with the same x-transaction-id.
  test('a provider that never answers times out per attempt: PROVIDER_UNAVAILABLE, bounded attempts', async () => {
    const sim = app.sandbox!.astra;
    sim.faults.set({ hangRate: 1, routeFilter: 'GET /charge/v1/dynamic/:txid' });
    const logStart = sim.counters.log.length;
    const response = await app.gql(READ_WITH_RETRIES, { id: chargeId });
    const error = response.errors![0];
    expectSafeError(error);
    const attempts = sim.counters.log.slice(logStart).filter((entry) => entry.route === 'GET /charge/v1/dynamic/:txid');
    expect(attempts.length).toBeGreaterThanOrEqual(1);
    expect(attempts.length).toBeLessThanOrEqual(3);
    expect(attempts.every((attempt) => attempt.status === 0)).toBe(true);
    expect(new Set(attempts.map((a) => a.transactionId))).toEqual(new Set([error.extensions!.upstreamTransactionId]));
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
  test('a refund whose first attempt timed out: its key answers OUTCOME_PENDING at once, and after the horizon adopts the one refund', async () => {
    const sim = app.sandbox!.astra;
    const charge = (await app.gql(CREATE, { input: { amount: '30.01' } })).data.createPixCharge.pixCharge;
    await eventually(async () => (await app.gql(NODE, { id: charge.id })).data.node.status === 'PAID');
    const input = { chargeId: charge.id, amount: '5.00', idempotencyKey: 'refund-timeout-1' };
    const posts = () => sim.counters.count('POST /charge/v1/refund');
    const before = posts();

    // The simulator executes the refund, but only after Paygraph's attempt timeout.
    sim.faults.set({ latencyMs: SLOWER_THAN_TIMEOUT_MS, routeFilter: 'POST /charge/v1/refund' });
    const first = await app.gql(operation('refund-pix-charge'), { input });
    expect(first.errors?.[0].extensions?.code).toBe('PROVIDER_UNAVAILABLE');
    expect(posts() - before).toBe(0); // Paygraph gave up before the simulator answered
    // At once: the refund may still be under way at the provider, so the repeat sends nothing.
    const logStart = sim.counters.log.length;
    const pending = await app.gql(operation('refund-pix-charge'), { input });
    const retryAfter = expectOutcomePending(pending);
    // The simulator counts a request when it answers, i.e. after it has made the refund.
    await eventually(async () => posts() - before === 1, 3 * SLOWER_THAN_TIMEOUT_MS);
    sim.faults.reset();
    // The simulator's one refund POST is the first attempt's (the repeat refunded nothing). Reads
    // may appear: the simulator's refund webhook makes Paygraph confirm the charge by a GET.
    const refundPosts = sim.counters.log.slice(logStart).filter((entry) => entry.route === 'POST /charge/v1/refund');
    expect(refundPosts.map((entry) => entry.transactionId)).toEqual([first.errors![0].extensions!.upstreamTransactionId]);
    await waitRetryAfter(retryAfter);

    // After the horizon, the retry first looks for a refund carrying the first attempt's marker (ASM-A52), finds the
    // one the simulator made after Paygraph gave up, and adopts it instead of refunding again.
    const retry = await app.gql(operation('refund-pix-charge'), { input });
    expect(retry.errors).toBeUndefined();
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
