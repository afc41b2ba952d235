import { startTestPaygraph, type TestPaygraph } from '../../helpers/paygraph';

/**
 * A client retries with the same idempotencyKey after its first request timed out at the PSP
 * (the PSP committed, the answer never came back, no HTTP-level retry): once the in-flight window
 * has passed, the repeat is sent again and, because the txid / refund id is derived from the key,
 * names the same charge or refund. One charge and one refund at the simulator, never OUTCOME_UNKNOWN.
 */
const CREATE = `mutation($input: CreatePixChargeInput!) {
  createPixCharge(input: $input) { pixCharge { id txid status } userErrors { field code message } }
}`;
const PAY = `mutation($input: SimulatePixChargePaymentInput!) { simulatePixChargePayment(input: $input) { userErrors { code message } } }`;
const REFUND = `mutation($input: RefundPixChargeInput!) {
  refundPixCharge(input: $input) { refund { id status amount { amount } } userErrors { field code message } }
}`;
const READ = `query($id: ID!) { node(id: $id) { ... on PixCharge { status refunds(first: 5) { edges { node { id amount { amount } } } } } } }`;

let app: TestPaygraph;
// No HTTP-level retry, a short deadline and an in-flight window just past it.
const HORIZON_MS = 400;

beforeAll(async () => {
  app = await startTestPaygraph(
    { PIX_API_RETRY_LIMIT: '0', PIX_API_TIMEOUT_MS: '300', PIX_API_DEADLINE_MS: '300', PIX_API_COMPLETION_HORIZON_MS: String(HORIZON_MS) },
    { pixApiSimulator: { sandboxDelayMs: 50 } },
  );
});
afterAll(() => app.close());

const sim = () => app.sandbox!.pixApi;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('createPixCharge: the first attempt loses its answer (PROVIDER_UNAVAILABLE); the repeat after the window answers the same charge; one PUT each, one charge', async () => {
  const puts = sim().counters.count('PUT /api/v2/cob/:txid');
  sim().faults.set({ dropAfterCommitCount: 1, routeFilter: 'PUT /api/v2/cob' });
  const first = await app.gql(CREATE, { input: { provider: 'PIX_API', amount: '41.00', idempotencyKey: 'timeout-create-1' } });
  expect(first.errors?.[0]?.extensions?.code).toBe('PROVIDER_UNAVAILABLE');

  await pause(HORIZON_MS + 100);
  const repeat = await app.gql(CREATE, { input: { provider: 'PIX_API', amount: '41.00', idempotencyKey: 'timeout-create-1' } });
  expect(repeat.errors).toBeUndefined();
  expect(repeat.data.createPixCharge.userErrors).toEqual([]);
  const charge = repeat.data.createPixCharge.pixCharge;
  expect(sim().counters.count('PUT /api/v2/cob/:txid') - puts).toBe(2);
  const listed = await app.gql(`query { pixCharges(first: 100, filter: { provider: PIX_API }) { edges { node { txid } } } }`);
  expect(listed.data.pixCharges.edges.filter((edge: any) => edge.node.txid === charge.txid)).toHaveLength(1);
});

test('refundPixCharge: the first attempt loses its answer; the repeat after the window finds that refund; one refund of 2.00', async () => {
  const created = await app.gql(CREATE, { input: { provider: 'PIX_API', amount: '10.00', idempotencyKey: 'timeout-refund-charge' } });
  const charge = created.data.createPixCharge.pixCharge;
  expect((await app.gql(PAY, { input: { chargeId: charge.id } })).data.simulatePixChargePayment.userErrors).toEqual([]);
  const puts = sim().counters.count('PUT /api/v2/pix/:e2eid/devolucao/:id');

  // The PUT and the adapter's own read-back by id both lose their answers: the attempt ends unavailable.
  sim().faults.set({ dropAfterCommitCount: 2, routeFilter: 'devolucao' });
  const first = await app.gql(REFUND, { input: { chargeId: charge.id, amount: '2.00', idempotencyKey: 'timeout-refund-1' } });
  expect(first.errors?.[0]?.extensions?.code).toBe('PROVIDER_UNAVAILABLE');
  sim().faults.set({ dropAfterCommitCount: 0 });
  await pause(HORIZON_MS + 100);
  const repeat = await app.gql(REFUND, { input: { chargeId: charge.id, amount: '2.00', idempotencyKey: 'timeout-refund-1' } });
  expect(repeat.errors).toBeUndefined();
  expect(repeat.data.refundPixCharge.userErrors).toEqual([]);
  const refund = repeat.data.refundPixCharge.refund;
  expect(refund.amount).toEqual({ amount: '2.00' });
  expect(sim().counters.count('PUT /api/v2/pix/:e2eid/devolucao/:id') - puts).toBe(1);
  const read = await app.gql(READ, { id: charge.id });
  expect(read.data.node.refunds.edges.map((edge: any) => edge.node.id)).toEqual([refund.id]);
});
