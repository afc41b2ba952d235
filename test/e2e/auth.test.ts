import { request } from 'undici';
import { startTestPaygraph, type TestPaygraph } from '../helpers/paygraph';
import { subscribe } from '../helpers/subscriptions';

const READER = 'reader-key-0123456789abcdef';
const WRITER = 'writer-key-0123456789abcdef';

let app: TestPaygraph;
beforeAll(async () => {
  app = await startTestPaygraph({ API_KEYS: `web=${READER}:read,ops=${WRITER}` });
});
afterAll(() => app.close());

const LIST = `{ pixCharges(first: 1) { totalCount } }`;
const CREATE = `mutation { createPixCharge(input: { amount: "1.00" }) { pixCharge { id } userErrors { code } } }`;

describe('API keys and scopes', () => {
  test('no key → 401 UNAUTHENTICATED, no provider call', async () => {
    const before = app.sandbox!.astra.counters.total;
    const response = await request(app.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: LIST }) });
    const body = (await response.body.json()) as any;
    expect(response.statusCode).toBe(401);
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(app.sandbox!.astra.counters.total).toBe(before);
  });

  test('a wrong key is refused the same way', async () => {
    const response = await app.gql(LIST, {}, { authorization: 'Bearer not-a-valid-key-000000' });
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('a read-only key can query but not mutate', async () => {
    expect((await app.gql(LIST, {}, { authorization: `Bearer ${READER}` })).errors).toBeUndefined();
    const mutation = await app.gql(CREATE, {}, { 'x-api-key': READER });
    expect(mutation.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  test('a read+write key can mutate', async () => {
    const mutation = await app.gql(CREATE, {}, { authorization: `Bearer ${WRITER}` });
    expect(mutation.errors).toBeUndefined();
    expect(mutation.data.createPixCharge.userErrors).toEqual([]);
  });

  test('graphql-ws applies the same keys: refused without one, accepted with connectionParams', async () => {
    const refused = subscribe(app.wsUrl, `subscription { paymentEvents { id } }`);
    await refused.completed;
    expect((refused.errors[0] as { code?: number }).code).toBe(4403);
    await refused.close();

    const accepted = subscribe(app.wsUrl, `subscription { paymentEvents { id } }`, undefined, { authorization: `Bearer ${READER}` });
    const deadline = Date.now() + 3_000;
    while (app.services.bus.subscriberCount < 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    expect(app.services.bus.subscriberCount).toBe(1);
    await accepted.close();
  });
});
