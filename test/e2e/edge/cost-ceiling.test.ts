import { request } from 'undici';
import { startTestPaygraph, type GraphQLResponse, type TestPaygraph } from '../../helpers/paygraph';
import { wsOnce } from '../../helpers/ws-once';

/**
 * The cost estimate is a ceiling (issue 23, case 4; docs/security.md): an operation admitted at
 * an estimate of N provider calls sends at most N requests to the provider, retries included,
 * however the provider fails. Real Paygraph, real Astra simulator, real HTTP.
 */
/** The case: 100 ids (the `nodes` cap), estimate 100; before the fix Astra received 300 GETs. */
const N = 100;
const NODES = 'query($ids: [ID!]!) { nodes(ids: $ids) { id ... on PixCharge { status } } }';

let app: TestPaygraph;
const ids: string[] = [];

beforeAll(async () => {
  // ASTRA_RETRY_LIMIT 2 (the default, explicit here): unbudgeted, every failing GET is sent 3 times.
  app = await startTestPaygraph({ ASTRA_RETRY_LIMIT: '2' });
  // Amounts not ending in ,01: the simulator leaves them ACTIVE, so no webhook re-reads run later.
  const created = await Promise.all(
    Array.from({ length: N }, (_, i) => app.gql('mutation($a: Decimal!) { createPixCharge(input: { amount: $a }) { pixCharge { id } } }', { a: `${i + 1}.00` })),
  );
  ids.push(...created.map((result) => result.data.createPixCharge.pixCharge.id as string));
}, 60_000);
afterEach(() => app.sandbox!.astra.faults.reset());
afterAll(() => app.close());

/** Requests the Astra simulator received for any GET route while `run` ran. */
async function countGets<T>(run: () => Promise<T>): Promise<{ result: T; gets: number }> {
  const sum = () =>
    Object.entries(app.sandbox!.astra.counters.snapshot())
      .filter(([route]) => route.startsWith('GET '))
      .reduce((total, [, count]) => total + count, 0);
  const before = sum();
  const result = await run();
  return { result, gets: sum() - before };
}

function failEveryGet() {
  app.sandbox!.astra.faults.set({ errorRate: 1, errorStatus: 503, routeFilter: 'GET ' });
}

/** `nodes` resolves its ids together (node.resolver.ts): the first failed id fails the field, non-null list → data null. */
function expectBudgetError(response: GraphQLResponse) {
  expect(response.data ?? null).toBeNull();
  expect(response.errors).toHaveLength(1);
  expect(response.errors![0].path).toEqual(['nodes']);
  expect(response.errors![0].extensions).toMatchObject({ code: 'COST_BUDGET_EXHAUSTED', provider: 'ASTRA', retryable: true });
}

describe('the estimate caps the provider requests an operation sends', () => {
  test(`nodes with ${N} ids and every GET answering 503: at most ${N} GETs (not ${3 * N}), typed errors`, async () => {
    failEveryGet();
    const { result, gets } = await countGets(() => app.gql(NODES, { ids }));
    expect(gets).toBeLessThanOrEqual(N);
    // Each id's first attempt was sent; only the retries were refused.
    expect(gets).toBe(N);
    expectBudgetError(result);
  });

  test('the same ceiling holds for GET /graphql (the express path)', async () => {
    failEveryGet();
    const url = new URL(app.graphqlUrl);
    url.searchParams.set('query', NODES);
    url.searchParams.set('variables', JSON.stringify({ ids: ids.slice(0, 5) }));
    const { result, gets } = await countGets(async () => {
      const response = await request(url, { method: 'GET', headers: { 'apollo-require-preflight': 'true' } });
      return (await response.body.json()) as GraphQLResponse;
    });
    expect(gets).toBe(5);
    expectBudgetError(result);
  });

  test('with a healthy provider, nodes still resolves every id with one GET each', async () => {
    const { result, gets } = await countGets(() => app.gql(NODES, { ids }));
    expect(result.errors).toBeUndefined();
    expect(result.data.nodes.map((node: { id: string }) => node.id)).toEqual(ids);
    expect(result.data.nodes.every((node: { status: string }) => node.status === 'ACTIVE')).toBe(true);
    expect(gets).toBe(N);
  });

  test('a retry that fits in the budget still happens: estimate 2, one distinct id, first GET 503 → answered', async () => {
    app.sandbox!.astra.faults.set({ failNextCount: 1, errorStatus: 503, routeFilter: 'GET ' });
    // The same id twice: the estimate counts 2, the request's loader sends one GET (+ its retry).
    const { result, gets } = await countGets(() => app.gql(NODES, { ids: [ids[0], ids[0]] }));
    expect(result.errors).toBeUndefined();
    expect(result.data.nodes).toEqual([
      { id: ids[0], status: 'ACTIVE' },
      { id: ids[0], status: 'ACTIVE' },
    ]);
    expect(gets).toBe(2);
  });

  test('a retry that does not fit is refused: estimate 1, first GET 503 → COST_BUDGET_EXHAUSTED after 1 GET', async () => {
    app.sandbox!.astra.faults.set({ failNextCount: 1, errorStatus: 503, routeFilter: 'GET ' });
    const { result, gets } = await countGets(() => app.gql('query($id: ID!) { node(id: $id) { id } }', { id: ids[0] }));
    expect(gets).toBe(1);
    expect(result.data?.node).toBeNull();
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['COST_BUDGET_EXHAUSTED']);
  });

  test('the rest of the data still resolves when one field runs out of budget', async () => {
    // Only the charge read fails; the list (its own estimate share) answers at once.
    app.sandbox!.astra.faults.set({ errorRate: 1, errorStatus: 503, routeFilter: 'GET /charge/v1/dynamic/:txid' });
    const query = 'query($id: ID!) { node(id: $id) { id } pixCharges(first: 1) { edges { node { id } } } }';
    const { result, gets } = await countGets(() => app.gql(query, { id: ids[0] }));
    // Estimate 3 (node 1 + pixCharges 2): the list uses 1, the failing read the 2 left.
    expect(gets).toBe(3);
    expect(result.data.pixCharges.edges).toHaveLength(1);
    expect(result.data.node).toBeNull();
    expect(result.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([[['node'], 'COST_BUDGET_EXHAUSTED']]);
  });

  test('the same ceiling holds for a query over graphql-ws', async () => {
    failEveryGet();
    const { result, gets } = await countGets(() => wsOnce(app.wsUrl, NODES, { ids: ids.slice(0, 10) }));
    expect(gets).toBe(10);
    expectBudgetError(result);
  });

  test('over graphql-ws a retry that fits still happens, and a healthy query answers', async () => {
    app.sandbox!.astra.faults.set({ failNextCount: 1, errorStatus: 503, routeFilter: 'GET ' });
    const retried = await countGets(() => wsOnce(app.wsUrl, NODES, { ids: [ids[1], ids[1]] }));
    expect(retried.result.errors).toBeUndefined();
    expect(retried.result.data.nodes[0]).toEqual({ id: ids[1], status: 'ACTIVE' });
    expect(retried.gets).toBe(2);
    const healthy = await countGets(() => wsOnce(app.wsUrl, NODES, { ids: ids.slice(0, 10) }));
    expect(healthy.result.errors).toBeUndefined();
    expect(healthy.result.data.nodes).toHaveLength(10);
    expect(healthy.gets).toBe(10);
  });
});
