import { startTestPaygraph, eventually, nodeAs, type TestPaygraph } from '../helpers/paygraph';
import {
  ChargeStatusDocument,
  CreatePixChargeDocument as CREATE,
  ListPixChargesDocument as LIST,
  NodeIdDocument,
  RefundPixChargeDocument as REFUND,
  SameChargeThriceDocument,
} from '../generated/graphql';

let app: TestPaygraph;
const paid: string[] = [];

beforeAll(async () => {
  app = await startTestPaygraph();
  // 50 charges: 10 paid (amount ,01) with one refund each, 40 left active.
  for (let i = 0; i < 50; i++) {
    const amount = i < 10 ? `${i + 1}.01` : `${i + 1}.00`;
    const { id } = (await app.gqlTyped(CREATE, { input: { amount, reference: `bulk-${i}` } })).data!.createPixCharge.pixCharge!;
    if (i < 10) paid.push(id);
  }
  for (const id of paid) {
    await eventually(async () => nodeAs((await app.gqlTyped(ChargeStatusDocument, { id })).data!.node, 'PixCharge').status === 'PAID');
    const result = await app.gqlTyped(REFUND, { input: { chargeId: id, amount: '0.50' } });
    expect(result.data!.refundPixCharge.userErrors).toEqual([]);
  }
  // Paygraph confirms every webhook by re-reading the provider (a refund: GET /charge/v1/refund) in
  // the background. Let the 20 confirmations (10 payments, 10 refunds) finish, so that none of them
  // lands in the provider calls the tests below count.
  const published = () => app.services.metrics.get('paygraph_webhook_events_total', { provider: 'ASTRA', result: 'published' });
  await eventually(async () => published() >= 20, 10_000);
}, 60_000);
afterAll(() => app.close());

function countCalls<T>(run: () => Promise<T>): Promise<{ result: T; calls: Record<string, number> }> {
  const before = app.sandbox!.astra.counters.snapshot();
  return run().then((result) => {
    const after = app.sandbox!.astra.counters.snapshot();
    const calls: Record<string, number> = {};
    for (const [route, count] of Object.entries(after)) {
      const delta = count - (before[route] ?? 0);
      if (delta > 0) calls[route] = delta;
    }
    return { result, calls };
  });
}

describe('per-request DataLoaders', () => {
  test('50 charges with their refunds: 1 list call + 1 refund scan, no N+1', async () => {
    const { result, calls } = await countCalls(() => app.gqlTyped(LIST, { first: 50 }));
    expect(result.errors).toBeUndefined();
    const edges = result.data!.pixCharges!.edges;
    expect(edges).toHaveLength(50);
    const withRefunds = edges.filter((edge: any) => edge.node.refunds.totalCount === 1);
    expect(withRefunds).toHaveLength(10);
    // Refund.charge resolves from the list's primed cache, not from new GETs.
    for (const edge of withRefunds) expect(edge.node.refunds.edges[0].node.charge.txid).toBe(edge.node.txid);
    expect(calls).toEqual({ 'GET /charge/v1/dynamic': 1, 'GET /charge/v1/refund': 1 });
  });

  test('reading the same charge twice in one operation fetches it once', async () => {
    const { result, calls } = await countCalls(() => app.gqlTyped(SameChargeThriceDocument, { id: paid[0] }));
    expect(result.errors).toBeUndefined();
    expect(calls).toEqual({ 'GET /charge/v1/dynamic/:txid': 1 });
  });

  test('loaders are per request: a second operation fetches again', async () => {
    const first = await countCalls(() => app.gqlTyped(NodeIdDocument, { id: paid[1] }));
    const second = await countCalls(() => app.gqlTyped(NodeIdDocument, { id: paid[1] }));
    expect(first.calls).toEqual({ 'GET /charge/v1/dynamic/:txid': 1 });
    expect(second.calls).toEqual({ 'GET /charge/v1/dynamic/:txid': 1 });
  });

  test('paging with after: continues where the previous page ended', async () => {
    const page1 = await app.gqlTyped(LIST, { first: 20 });
    const page2 = await app.gqlTyped(LIST, { first: 20, after: page1.data!.pixCharges!.pageInfo.endCursor });
    const page3 = await app.gqlTyped(LIST, { first: 20, after: page2.data!.pixCharges!.pageInfo.endCursor });
    const txids = [page1, page2, page3].flatMap((page) => page.data!.pixCharges!.edges.map((edge: any) => edge.node.txid));
    expect(txids).toHaveLength(50);
    expect(new Set(txids).size).toBe(50);
    expect(page1.data!.pixCharges!.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(page3.data!.pixCharges!.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(page1.data!.pixCharges!.totalCount).toBe(50);
  });

  test('filters by reference and status', async () => {
    const byReference = await app.gqlTyped(LIST, { filter: { reference: 'bulk-3' } });
    expect(byReference.data!.pixCharges!.edges.map((edge: any) => edge.node.amount.amount)).toEqual(['4.01']);
    const partially = await app.gqlTyped(LIST, { filter: { status: ['PARTIALLY_REFUNDED'] }, first: 50 });
    expect(partially.data!.pixCharges!.totalCount).toBe(10);
    const twoStatuses = await app.gqlTyped(LIST, { filter: { status: ['PAID', 'ACTIVE'] } });
    expect(twoStatuses.errors?.[0].extensions?.code).toBe('NOT_SUPPORTED');
  });

  test('statuses Astra does not have (ASM-A53): CANCELLED is an empty page, UNKNOWN is NOT_SUPPORTED, 0 Astra calls', async () => {
    const cancelled = await countCalls(() => app.gqlTyped(LIST, { filter: { status: ['CANCELLED'] } }));
    expect(cancelled.result.errors).toBeUndefined();
    expect(cancelled.result.data!.pixCharges!).toMatchObject({ totalCount: 0, edges: [] });
    const unknown = await countCalls(() => app.gqlTyped(LIST, { filter: { status: ['UNKNOWN'] } }));
    expect(unknown.result.errors?.[0].extensions?.code).toBe('NOT_SUPPORTED');
    expect({ ...cancelled.calls, ...unknown.calls }).toEqual({});
  });
});
