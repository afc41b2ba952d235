import { startTestPaygraph, eventually, type TestPaygraph } from '../../helpers/paygraph';
import { wsOnce } from '../../helpers/ws-once';

/**
 * The ordinary dashboard query passes the provider-call limit (it was refused with an armor cost
 * of 1.5 M before issue 11) on both transports, and really costs 2 provider calls.
 */
const WRITER = 'writer-key-0123456789abcdef';
const auth = { authorization: `Bearer ${WRITER}` };
const DASHBOARD = '{ pixCharges(first: 100) { totalCount edges { node { id txid status refunds { totalCount edges { node { id amount { amount } charge { txid } } } } } } } }';

let app: TestPaygraph;
beforeAll(async () => {
  app = await startTestPaygraph({ NODE_ENV: 'production', API_KEYS: `ops=${WRITER}` });
  // 100 charges; the 10 with amounts ending in ,01 are paid by the simulator and get a refund.
  const created = await Promise.all(
    Array.from({ length: 100 }, (_, i) =>
      app.gql('mutation($a: Decimal!) { createPixCharge(input: { amount: $a }) { pixCharge { id } } }', { a: i < 10 ? `${i + 1}.01` : `${i + 1}.00` }, auth),
    ),
  );
  const paid = created.slice(0, 10).map((result) => result.data.createPixCharge.pixCharge.id as string);
  for (const id of paid) {
    await eventually(async () => (await app.gql('query($id: ID!) { node(id: $id) { ... on PixCharge { status } } }', { id }, auth)).data.node.status === 'PAID');
    const refund = await app.gql('mutation($id: ID!) { refundPixCharge(input: { chargeId: $id, amount: "0.50" }) { userErrors { code } } }', { id }, auth);
    expect(refund.data.refundPixCharge.userErrors).toEqual([]);
  }
  // Let the webhook confirmations (re-reads at the provider) finish before counting calls.
  const published = () => app.services.metrics.get('paygraph_webhook_events_total', { provider: 'ASTRA', result: 'published' });
  await eventually(async () => published() >= 20, 15_000);
}, 60_000);
afterAll(() => app.close());

function calls<T>(run: () => Promise<T>): Promise<{ result: T; calls: Record<string, number> }> {
  const before = app.sandbox!.astra.counters.snapshot();
  return run().then((result) => {
    const after = app.sandbox!.astra.counters.snapshot();
    return {
      result,
      calls: Object.fromEntries(
        Object.entries(after)
          .map(([route, n]) => [route, n - (before[route] ?? 0)])
          .filter(([, n]) => (n as number) > 0),
      ),
    };
  });
}

test.each([
  ['HTTP', () => app.gql(DASHBOARD, {}, auth)],
  ['WebSocket', () => wsOnce(app.wsUrl, DASHBOARD, undefined, auth)],
])('a page of 100 charges with refunds over %s: admitted, 2 provider calls', async (_transport, run) => {
  const { result, calls: made } = await calls(run);
  expect(result.errors).toBeUndefined();
  const edges = result.data.pixCharges.edges;
  expect(edges).toHaveLength(100);
  expect(edges.filter((edge: any) => edge.node.refunds.totalCount === 1)).toHaveLength(10);
  expect(made).toEqual({ 'GET /charge/v1/dynamic': 1, 'GET /charge/v1/refund': 1 });
});
