import { Agent, request } from 'undici';
import { startTestPaygraph, type GraphQLResponse, type TestPaygraph, providerCalls, expectRefused } from '../../helpers/paygraph';
import { openSocket } from '../../helpers/subscriptions';
import { wsOnce } from '../../helpers/ws-once';
import { CARDS, card } from '../../helpers/cards';

/**
 * Publishable keys (issue 24, deliverables 2 and 5) against a real Paygraph and its simulators:
 * only saveCard and decodeBrCode, only from the key's own origins (which CORS then lets through),
 * with budgets per key and per client address.
 */
const WRITER = 'writer-key-0123456789abcdef';
const PK = 'pk_test_0123456789abcdefgh';
const SHOP = 'https://shop.example';
const SHOP_WWW = 'https://www.shop.example';

let app: TestPaygraph;
let charge: string;

const fromShop = (origin = SHOP) => ({ authorization: `Bearer ${PK}`, origin });
const SAVE = 'mutation($input: SaveCardInput!) { saveCard(input: $input) { savedCard { token maskedNumber } userErrors { code } } }';
const DECODE = 'query($brCode: String!) { decodeBrCode(brCode: $brCode) { valid } }';

beforeAll(async () => {
  app = await startTestPaygraph({
    API_KEYS: `shop=${WRITER}:read+write+payouts+cards+webhooks`,
    PUBLISHABLE_KEYS: `shop=${PK}@${SHOP}|${SHOP_WWW}`,
    CORS_ORIGINS: 'https://checkout.example',
    PUBLISHABLE_KEY_RATE_LIMIT_PER_ADDRESS: '1000',
  });
  const created = await app.gql('mutation { createPixCharge(input: { amount: "5.00" }) { pixCharge { id } } }', {}, { authorization: `Bearer ${WRITER}` });
  charge = created.data.createPixCharge.pixCharge.id as string;
});
afterAll(() => app.close());

describe('what a publishable key may do, from its own origins', () => {
  test('tokenizes a card (one provider call) from each of its origins', async () => {
    for (const origin of [SHOP, SHOP_WWW]) {
      const before = providerCalls(app);
      const saved = await app.gql(SAVE, { input: { card: card(CARDS.approved) } }, fromShop(origin));
      expect(saved.errors).toBeUndefined();
      expect(saved.data.saveCard).toEqual({ savedCard: { token: expect.any(String), maskedNumber: expect.stringMatching(/1111$/) }, userErrors: [] });
      expect(providerCalls(app) - before).toBe(1);
    }
  });

  test('decodes a BR Code, over HTTP and graphql-ws', async () => {
    const http = await app.gql(DECODE, { brCode: '000201' }, fromShop());
    expect(http.data).toEqual({ decodeBrCode: { valid: false } });
    // graphql-ws: the browser's Origin comes with the upgrade request.
    const ws = await wsOnceFrom(SHOP, DECODE, { brCode: '000201' });
    expect(ws.data).toEqual({ decodeBrCode: { valid: false } });
  });

  const REFUSED: Array<[string, string, Record<string, unknown>?]> = [
    ['read a charge', 'query($id: ID!) { node(id: $id) { id } }', { id: 'CHARGE' }],
    ['list charges', '{ pixCharges(first: 1) { totalCount } }'],
    ['list saved cards', '{ savedCards(first: 1) { totalCount } }'],
    ['create a charge', 'mutation { createPixCharge(input: { amount: "1.00" }) { pixCharge { id } } }'],
    ['charge a card', 'mutation($input: ChargeCardInput!) { chargeCard(input: $input) { __typename } }'],
    ['charge a saved card', 'mutation($input: ChargeSavedCardInput!) { chargeSavedCard(input: $input) { __typename } }'],
    ['delete a saved card', 'mutation($input: DeleteSavedCardInput!) { deleteSavedCard(input: $input) { __typename } }'],
    ['refund', 'mutation($input: RefundPixChargeInput!) { refundPixCharge(input: $input) { __typename } }'],
    ['payouts', 'mutation($input: CreatePixPayoutBatchInput!) { createPixPayoutBatch(input: $input) { __typename } }'],
    ['payment links', 'mutation($input: CreatePaymentLinkInput!) { createPaymentLink(input: $input) { __typename } }'],
    ['Automatic Pix', 'mutation($input: CreateAutomaticPixAuthorizationInput!) { createAutomaticPixAuthorization(input: $input) { __typename } }'],
    ['client tokens', 'mutation($input: CreateClientTokenInput!) { createClientToken(input: $input) { __typename } }'],
    ['webhooks', '{ webhooks { id } }'],
    ['saveCard next to a list', 'mutation($input: SaveCardInput!) { saveCard(input: $input) { userErrors { code } } createPixCharge(input: { amount: "1.00" }) { __typename } }'],
  ];

  // Objects, not rows: a row shorter than the callback's parameters would make jest pass `done`.
  test.each(REFUSED.map(([name, query, variables]) => ({ name, query, variables })))('$name: FORBIDDEN, 0 provider calls', async ({ query, variables }) => {
    const withCharge = variables && Object.fromEntries(Object.entries(variables).map(([key, value]) => [key, value === 'CHARGE' ? charge : value]));
    const response = await expectRefused(app, 'FORBIDDEN', () => app.gql(query, withCharge ?? { input: { card: card(CARDS.approved) } }, fromShop()));
    expect(response.errors?.[0]?.message).toMatch(/publishable key may only run saveCard and decodeBrCode/);
  });

  test('subscriptions are FORBIDDEN over graphql-ws, 0 provider calls', async () => {
    await expectRefused(app, 'FORBIDDEN', () => wsOnceFrom(SHOP, 'subscription($id: ID!) { pixChargeUpdated(id: $id) { id } }', { id: charge }));
    await expectRefused(app, 'FORBIDDEN', () => wsOnceFrom(SHOP, 'subscription { paymentEvents { id } }'));
  });
});

describe('origins (CORS per credential)', () => {
  test('from another origin, or with no Origin at all, the key is refused (401 / 4403) before any provider call', async () => {
    for (const headers of [fromShop('https://evil.example'), fromShop('https://checkout.example'), { authorization: `Bearer ${PK}` }]) {
      const before = providerCalls(app);
      const response = await request(app.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: SAVE, variables: { input: { card: card(CARDS.approved) } } }),
      });
      expect(response.statusCode).toBe(401);
      expect(((await response.body.json()) as GraphQLResponse).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(providerCalls(app)).toBe(before);
    }
    const socket = openSocket(app.wsUrl, { authorization: `Bearer ${PK}` });
    expect((await socket.closed).code).toBe(4403);
  });

  test('an unknown pk_ key is refused', async () => {
    const response = await app.gql(DECODE, { brCode: '000201' }, { authorization: 'Bearer pk_test_unknown0123456789ab', origin: SHOP });
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  test("the key's origins pass the CORS preflight next to CORS_ORIGINS; any other origin is answered 403", async () => {
    for (const origin of [SHOP, SHOP_WWW, 'https://checkout.example']) {
      const allowed = await preflight(origin);
      expect(allowed.status).toBe(204);
      expect(allowed.allowOrigin).toBe(origin);
    }
    expect((await preflight('https://evil.example')).status).toBe(403);
  });
});

async function preflight(origin: string): Promise<{ status: number; allowOrigin: unknown }> {
  const response = await request(app.graphqlUrl, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
  });
  await response.body.dump();
  return { status: response.statusCode, allowOrigin: response.headers['access-control-allow-origin'] };
}

/** One operation over graphql-ws with the upgrade request's Origin set, as a browser sends it. */
async function wsOnceFrom(origin: string, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> {
  const WebSocket = (await import('ws')).default;
  class FromOrigin extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { origin });
    }
  }
  return wsOnce(app.wsUrl, query, variables, { authorization: `Bearer ${PK}` }, FromOrigin);
}

describe('budgets per key and per client address', () => {
  let limited: TestPaygraph;
  beforeAll(async () => {
    limited = await startTestPaygraph({
      API_KEYS: `shop=${WRITER}`,
      PUBLISHABLE_KEYS: `shop=${PK}@${SHOP}`,
      PUBLISHABLE_KEY_RATE_LIMIT_PER_ADDRESS: '2',
      PUBLISHABLE_KEY_RATE_LIMIT: '3',
    });
  });
  afterAll(() => limited.close());

  const decodeFrom = async (localAddress: string) => {
    const dispatcher = new Agent({ localAddress });
    try {
      const response = await request(limited.graphqlUrl, {
        method: 'POST',
        dispatcher,
        headers: { 'content-type': 'application/json', ...fromShop() },
        body: JSON.stringify({ query: DECODE, variables: { brCode: '000201' } }),
      });
      return { status: response.statusCode, body: (await response.body.json()) as GraphQLResponse };
    } finally {
      await dispatcher.close();
    }
  };

  test('one address spends its share, another address goes on until the key is spent', async () => {
    expect((await decodeFrom('127.0.0.1')).status).toBe(200);
    expect((await decodeFrom('127.0.0.1')).status).toBe(200);
    const overAddress = await decodeFrom('127.0.0.1');
    expect(overAddress.status).toBe(429);
    expect(overAddress.body.errors?.[0]?.message).toMatch(/from this address/);
    const other = await decodeFrom('127.0.0.2');
    expect(other.body.errors).toBeUndefined();
    expect(other.status).toBe(200);
    const overKey = await decodeFrom('127.0.0.3');
    expect(overKey.status).toBe(429);
    expect(overKey.body.errors?.[0]?.message).toMatch(/with this publishable key \(at most 3/);
    // A server key is not counted against the publishable key.
    expect((await limited.gql(DECODE, { brCode: '000201' }, { authorization: `Bearer ${WRITER}` })).data).toEqual({ decodeBrCode: { valid: false } });
  });
});
