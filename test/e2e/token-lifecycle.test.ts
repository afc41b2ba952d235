import { startTestPaygraph, type TestPaygraph } from '../helpers/paygraph';
import { operation } from '../helpers/operations';

const CREATE = operation('create-pix-charge');
const LIST = `{ pixCharges(first: 1) { totalCount } }`;
const NODE = `query($id: ID!) { node(id: $id) { ... on PixCharge { status } } }`;
const TOKEN_ROUTE = 'POST /oauth/v1/token';
const GET_ROUTE = 'GET /charge/v1/dynamic/:txid';

describe('Astra token manager through the graph', () => {
  let app: TestPaygraph | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  test('1,000 concurrent cold requests make exactly 1 token call', async () => {
    app = await startTestPaygraph();
    const responses = await Promise.all(Array.from({ length: 1_000 }, () => app!.gql(LIST)));
    expect(responses.filter((r) => r.errors)).toHaveLength(0);
    expect(app.sandbox!.astra.counters.count(TOKEN_ROUTE)).toBe(1);
  }, 60_000);

  test('tokens expiring during a run of concurrent requests cause 0 client errors', async () => {
    app = await startTestPaygraph({}, { astraSimulator: { tokenTtlSeconds: 1 } });
    const sim = app.sandbox!.astra;
    let errors = 0;
    let waves = 0;
    // Keep the load on until the token has been renewed twice (however long that takes on this
    // machine), so requests run across two token changes.
    const tokensAtStart = sim.counters.count(TOKEN_ROUTE);
    while (sim.counters.count(TOKEN_ROUTE) < tokensAtStart + 2 || waves < 2) {
      const wave = await Promise.all(Array.from({ length: 25 }, () => app!.gql(LIST)));
      errors += wave.filter((r) => r.errors).length;
      waves++;
    }
    const wave = await Promise.all(Array.from({ length: 25 }, () => app!.gql(LIST)));
    errors += wave.filter((r) => r.errors).length;
    expect(errors).toBe(0);
  }, 30_000);

  test('a token revoked mid-run: one refresh, every request still succeeds', async () => {
    app = await startTestPaygraph();
    const sim = app.sandbox!.astra;
    await app.gql(LIST);
    sim.revokeTokens();
    const responses = await Promise.all(Array.from({ length: 100 }, () => app!.gql(LIST)));
    expect(responses.filter((r) => r.errors)).toHaveLength(0);
    expect(sim.counters.count(TOKEN_ROUTE)).toBe(2);
  });

  test('a forced 401 is retried exactly once after one refresh', async () => {
    app = await startTestPaygraph();
    const sim = app.sandbox!.astra;
    const id = (await app.gql(CREATE, { input: { amount: '1.00' } })).data.createPixCharge.pixCharge.id;
    const tokensBefore = sim.counters.count(TOKEN_ROUTE);
    const getsBefore = sim.counters.count(GET_ROUTE);
    sim.faults.set({ force401Count: 1 });
    const ok = await app.gql(NODE, { id });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.node.status).toBe('ACTIVE');
    expect(sim.counters.count(GET_ROUTE) - getsBefore).toBe(2);
    expect(sim.counters.count(TOKEN_ROUTE) - tokensBefore).toBe(1);

    sim.faults.set({ force401Count: 2 });
    const failed = await app.gql(NODE, { id });
    expect(failed.errors?.[0].extensions?.code).toBe('PROVIDER_AUTH_FAILED');
    expect(sim.counters.count(GET_ROUTE) - getsBefore).toBe(4); // the second 401 is not retried again
  });
});
