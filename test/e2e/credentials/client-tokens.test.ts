import { request } from 'undici';
import { SignJWT, UnsecuredJWT } from 'jose';
import { startTestPaygraph, type GraphQLResponse, type TestPaygraph, providerCalls, expectRefused } from '../../helpers/paygraph';
import { openSocket } from '../../helpers/subscriptions';
import { wsOnce } from '../../helpers/ws-once';
import { encodeGlobalId } from '../../../src/lib/global-id';
import { LINK_UPDATED, createLink } from '../../helpers/payment-links';

/**
 * Client tokens (issue 24, deliverable 1) against a real Paygraph and its simulators: what a token
 * for charge A may do over HTTP and graphql-ws, that everything else is FORBIDDEN before any
 * provider call, and that every malformed token shape is refused.
 */
const WRITER = 'writer-key-0123456789abcdef';
const READER = 'reader-key-0123456789abcdef';
const SIGNING_SECRET = 'new-client-token-secret-0123456789abcdef';
const OLD_SECRET = 'old-client-token-secret-0123456789abcdef';
const CHECKOUT = 'https://checkout.example';

let app: TestPaygraph;
let chargeA: string;
let chargeB: string;
let tokenA: string;

const asWriter = { authorization: `Bearer ${WRITER}` };
const bearer = (token: string, origin?: string) => ({ authorization: `Bearer ${token}`, ...(origin ? { origin } : {}) });

const CREATE_CHARGE = 'mutation { createPixCharge(input: { amount: "5.00" }) { pixCharge { id } userErrors { code } } }';
const CREATE_TOKEN = `mutation($input: CreateClientTokenInput!) { createClientToken(input: $input) { clientToken expiresAt userErrors { field code message } } }`;
const NODE = 'query($id: ID!) { node(id: $id) { id ... on PixCharge { status amount { amount } } } }';

async function createCharge(): Promise<string> {
  const created = await app.gql(CREATE_CHARGE, {}, asWriter);
  return created.data.createPixCharge.pixCharge.id as string;
}

async function issue(input: Record<string, unknown>, headers: Record<string, string> = asWriter): Promise<GraphQLResponse> {
  return app.gql(CREATE_TOKEN, { input }, headers);
}

/** A token signed by the test itself with jose: every claim and header under its control. */
async function signed(overrides: { kid?: string; secret?: string; iss?: string; aud?: string; sub?: string; exp?: number; nbf?: number; typ?: string } = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ cid: 'shop' })
    .setProtectedHeader({ alg: 'HS256', kid: overrides.kid ?? 'k-new', typ: overrides.typ ?? 'paygraph-client+jwt' })
    .setIssuer(overrides.iss ?? 'paygraph')
    .setAudience(overrides.aud ?? 'paygraph-client')
    .setSubject(overrides.sub ?? chargeA)
    .setJti(`jti-${now}-${Math.random()}`)
    .setIssuedAt(now - 10)
    .setNotBefore(overrides.nbf ?? now - 10)
    .setExpirationTime(overrides.exp ?? now + 600)
    .sign(new TextEncoder().encode(overrides.secret ?? SIGNING_SECRET));
}

beforeAll(async () => {
  app = await startTestPaygraph({
    LOG_LEVEL: 'trace',
    API_KEYS: `shop=${WRITER}:read+write+payouts+cards+webhooks,web=${READER}:read`,
    CLIENT_TOKEN_KEYS: `k-new:${SIGNING_SECRET},k-old:${OLD_SECRET}`,
    CORS_ORIGINS: CHECKOUT,
  });
  chargeA = await createCharge();
  chargeB = await createCharge();
  const issued = await issue({ subjectId: chargeA });
  expect(issued.data.createClientToken.userErrors).toEqual([]);
  tokenA = issued.data.createClientToken.clientToken as string;
});
afterAll(() => app.close());

describe('createClientToken', () => {
  test('issues a token for an existing subject with the default 15-minute TTL, after exactly one provider read', async () => {
    const before = providerCalls(app);
    const issued = await issue({ subjectId: chargeB });
    expect(providerCalls(app) - before).toBe(1);
    const { clientToken, expiresAt, userErrors } = issued.data.createClientToken;
    expect(userErrors).toEqual([]);
    expect(clientToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const ttlMs = new Date(expiresAt as string).getTime() - Date.now();
    expect(ttlMs).toBeGreaterThan(890_000);
    expect(ttlMs).toBeLessThanOrEqual(900_000);
  });

  test('an unknown subject is NOT_FOUND; a subject of another type, or a TTL out of range, is INVALID with no provider call', async () => {
    const unknown = await issue({ subjectId: encodeGlobalId('PixCharge', 'ASTRA', 'unknowntxid0000000000000000000001') });
    expect(unknown.data.createClientToken).toEqual({
      clientToken: null,
      expiresAt: null,
      userErrors: [expect.objectContaining({ field: ['input', 'subjectId'], code: 'NOT_FOUND' })],
    });
    const before = providerCalls(app);
    const webhook = await issue({ subjectId: encodeGlobalId('Webhook', 'ASTRA', 'wh-1') });
    expect(webhook.data.createClientToken.userErrors).toEqual([expect.objectContaining({ field: ['input', 'subjectId'], code: 'INVALID' })]);
    for (const ttlSeconds of [0, 9, 86_401]) {
      const ttl = await issue({ subjectId: chargeA, ttlSeconds });
      expect(ttl.data.createClientToken.userErrors).toEqual([expect.objectContaining({ field: ['input', 'ttlSeconds'], code: 'INVALID' })]);
    }
    const origin = await issue({ subjectId: chargeA, origin: 'https://elsewhere.example' });
    expect(origin.data.createClientToken.userErrors).toEqual([expect.objectContaining({ field: ['input', 'origin'], code: 'INVALID' })]);
    expect(providerCalls(app)).toBe(before);
  });

  test('needs a server key with write: a read key and a client token are FORBIDDEN', async () => {
    await expectRefused(app, 'FORBIDDEN', () => issue({ subjectId: chargeA }, { authorization: `Bearer ${READER}` }));
    await expectRefused(app, 'FORBIDDEN', () => issue({ subjectId: chargeA }, bearer(tokenA)));
  });

  test('issuance is one audit line (client, subject, TTL, kid, jti); neither the token nor the key secret is ever logged', async () => {
    const issued = await issue({ subjectId: chargeA, ttlSeconds: 60 });
    const token = issued.data.createClientToken.clientToken as string;
    await app.gql(NODE, { id: chargeA }, bearer(token));
    const audit = app.logs.map((line) => JSON.parse(line) as Record<string, unknown>).filter((line) => line.event === 'client_token_issued' && line.ttlSeconds === 60);
    expect(audit).toEqual([expect.objectContaining({ clientId: 'shop', subjectId: chargeA, ttlSeconds: 60, kid: 'k-new', jti: expect.any(String) })]);
    const signature = token.split('.')[2];
    for (const line of app.logs) {
      expect(line).not.toContain(signature);
      expect(line).not.toContain(SIGNING_SECRET);
      expect(line).not.toContain(OLD_SECRET);
    }
  });
});

describe('what a client token for charge A may do', () => {
  test('read its subject with node and nodes, over HTTP and graphql-ws', async () => {
    const http = await app.gql(NODE, { id: chargeA }, bearer(tokenA));
    expect(http.errors).toBeUndefined();
    expect(http.data.node).toEqual({ id: chargeA, status: 'ACTIVE', amount: { amount: '5.00' } });
    const nodes = await app.gql('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [chargeA] }, bearer(tokenA));
    expect(nodes.data.nodes).toEqual([{ id: chargeA }]);
    const ws = await wsOnce(app.wsUrl, NODE, { id: chargeA }, { authorization: `Bearer ${tokenA}` });
    expect(ws.data?.node.id).toBe(chargeA);
  });

  test('cannot read charge B, nor A and B together, nor any list (HTTP and graphql-ws), with 0 provider calls', async () => {
    await expectRefused(app, 'FORBIDDEN', () => app.gql(NODE, { id: chargeB }, bearer(tokenA)));
    await expectRefused(app, 'FORBIDDEN', () => app.gql('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [chargeA, chargeB] }, bearer(tokenA)));
    await expectRefused(app, 'FORBIDDEN', () => app.gql('{ pixCharges(first: 1) { totalCount } }', {}, bearer(tokenA)));
    await expectRefused(app, 'FORBIDDEN', () => app.gql('{ paymentLinks(first: 1) { totalCount } }', {}, bearer(tokenA)));
    // A second root field, or one hidden in a fragment, does not slip through.
    await expectRefused(app, 'FORBIDDEN', () =>
      app.gql(`query($a: ID!, $b: ID!) { a: node(id: $a) { id } ...F } fragment F on Query { b: node(id: $b) { id } }`, { a: chargeA, b: chargeB }, bearer(tokenA)),
    );
    await expectRefused(app, 'FORBIDDEN', () => wsOnce(app.wsUrl, NODE, { id: chargeB }, { authorization: `Bearer ${tokenA}` }));
  });

  const MUTATION_FAMILIES: Array<[string, string]> = [
    ['Pix charges', 'mutation { createPixCharge(input: { amount: "1.00" }) { pixCharge { id } } }'],
    ['refunds', 'mutation($input: RefundPixChargeInput!) { refundPixCharge(input: $input) { __typename } }'],
    ['sandbox payment', 'mutation($input: SimulatePixChargePaymentInput!) { simulatePixChargePayment(input: $input) { __typename } }'],
    ['payment links', 'mutation($input: CreatePaymentLinkInput!) { createPaymentLink(input: $input) { __typename } }'],
    ['payouts', 'mutation($input: CreatePixPayoutBatchInput!) { createPixPayoutBatch(input: $input) { __typename } }'],
    ['cards', 'mutation($input: ChargeCardInput!) { chargeCard(input: $input) { __typename } }'],
    ['saved cards', 'mutation($input: SaveCardInput!) { saveCard(input: $input) { __typename } }'],
    ['card recurrences', 'mutation($input: CreateCardRecurrenceInput!) { createCardRecurrence(input: $input) { __typename } }'],
    ['Automatic Pix', 'mutation($input: CreateAutomaticPixAuthorizationInput!) { createAutomaticPixAuthorization(input: $input) { __typename } }'],
    ['static QR codes', 'mutation($input: CreateStaticPixQrCodeInput!) { createStaticPixQrCode(input: $input) { __typename } }'],
    ['client tokens', `mutation { createClientToken(input: { subjectId: "${'$'}{A}" }) { clientToken } }`],
    ['webhooks', 'mutation { registerWebhook(input: { eventType: CARD_CHARGEBACK }) { __typename } }'],
    ['webhook list', '{ webhooks { id } }'],
  ];

  test.each(MUTATION_FAMILIES)('%s: FORBIDDEN before execution, 0 provider calls', async (_family, query) => {
    const response = await expectRefused(app, 'FORBIDDEN', () => app.gql(query.replace('${A}', chargeA), {}, bearer(tokenA)));
    expect(response.errors?.[0]?.message).toMatch(/client token may only read and follow its own object/);
  });

  test('over HTTP the refusal is a 403', async () => {
    const response = await request(app.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(tokenA) },
      body: JSON.stringify({ query: NODE, variables: { id: chargeB } }),
    });
    expect(response.statusCode).toBe(403);
    expect(((await response.body.json()) as GraphQLResponse).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  test('a mutation over graphql-ws is FORBIDDEN too', async () => {
    await expectRefused(app, 'FORBIDDEN', () => wsOnce(app.wsUrl, MUTATION_FAMILIES[0][1], undefined, { authorization: `Bearer ${tokenA}` }));
  });

  test('subscribing to another subject, or to paymentEvents without its subject filter, is FORBIDDEN', async () => {
    const params = { authorization: `Bearer ${tokenA}` };
    await expectRefused(app, 'FORBIDDEN', () => wsOnce(app.wsUrl, 'subscription($id: ID!) { pixChargeUpdated(id: $id) { id } }', { id: chargeB }, params));
    await expectRefused(app, 'FORBIDDEN', () => wsOnce(app.wsUrl, 'subscription { paymentEvents { id } }', undefined, params));
    await expectRefused(app, 'FORBIDDEN', () => wsOnce(app.wsUrl, 'subscription($id: ID!) { paymentEvents(filter: { subjectId: $id }) { id } }', { id: chargeB }, params));
  });

  test('subscribes to its own charge and sees it become paid; paymentEvents filtered to it is allowed', async () => {
    const socket = openSocket(app.wsUrl, { authorization: `Bearer ${tokenA}` });
    const updates = socket.subscribe('subscription($id: ID!) { pixChargeUpdated(id: $id) { id status } }', { id: chargeA });
    const events = socket.subscribe('subscription($id: ID!) { paymentEvents(filter: { subjectId: $id }) { subject { id } } }', { id: chargeA });
    expect(await updates.waitFor(1)).toEqual({ pixChargeUpdated: { id: chargeA, status: 'ACTIVE' } });
    const paid = await app.gql(
      'mutation($input: SimulatePixChargePaymentInput!) { simulatePixChargePayment(input: $input) { userErrors { code } } }',
      { input: { chargeId: chargeA } },
      asWriter,
    );
    expect(paid.errors).toBeUndefined();
    expect(await updates.waitFor(2)).toEqual({ pixChargeUpdated: { id: chargeA, status: 'PAID' } });
    expect(await events.waitFor(1)).toEqual({ paymentEvents: { subject: { id: chargeA } } });
    await socket.close();
  });
});

describe('refused token shapes: 401 over HTTP, 4403 over graphql-ws, 0 provider calls', () => {
  const now = () => Math.floor(Date.now() / 1000);
  const SHAPES: Array<[string, () => Promise<string>]> = [
    ['expired', () => signed({ exp: now() - 60, nbf: now() - 120 })],
    ['not yet valid', () => signed({ nbf: now() + 3_600 })],
    ['forged signature', () => signed({ secret: 'another-secret-of-at-least-32-bytes-000' })],
    ['unknown kid', () => signed({ kid: 'k-unknown' })],
    ['wrong audience', () => signed({ aud: 'someone-else' })],
    ['wrong issuer', () => signed({ iss: 'someone-else' })],
    [
      'alg: none',
      () =>
        Promise.resolve(new UnsecuredJWT({ cid: 'shop' }).setIssuer('paygraph').setAudience('paygraph-client').setSubject(chargeA).setIssuedAt().setExpirationTime('10m').encode()),
    ],
    ['bound to another origin', async () => (await issue({ subjectId: chargeA, origin: CHECKOUT })).data.createClientToken.clientToken as string],
  ];

  test.each(SHAPES)('%s', async (_shape, make) => {
    const token = await make();
    const before = providerCalls(app);
    const response = await request(app.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(token, 'https://evil.example') },
      body: JSON.stringify({ query: NODE, variables: { id: chargeA } }),
    });
    const body = (await response.body.json()) as GraphQLResponse;
    expect(response.statusCode).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const socket = openSocket(app.wsUrl, { authorization: `Bearer ${token}` });
    expect((await socket.closed).code).toBe(4403);
    expect(providerCalls(app)).toBe(before);
  });

  test('the control: the same test signer with the right claims is accepted, also with the previous key (rotation by kid)', async () => {
    for (const token of [await signed(), await signed({ kid: 'k-old', secret: OLD_SECRET })]) {
      const response = await app.gql(NODE, { id: chargeA }, bearer(token));
      expect(response.data?.node?.id).toBe(chargeA);
    }
  });

  test('a token bound to its origin works from that origin only', async () => {
    const bound = (await issue({ subjectId: chargeA, origin: CHECKOUT })).data.createClientToken.clientToken as string;
    expect((await app.gql(NODE, { id: chargeA }, bearer(bound, CHECKOUT))).data?.node?.id).toBe(chargeA);
    expect((await app.gql(NODE, { id: chargeA }, bearer(bound))).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('expiry over graphql-ws', () => {
  test('the socket of an expiring token is closed with 4401 "client token expired", ending its subscription', async () => {
    const { token } = await app.services.clientTokens!.issuer.issue({ clientId: 'shop', subjectId: chargeB, ttlSeconds: 2 });
    const socket = openSocket(app.wsUrl, { authorization: `Bearer ${token}` });
    const updates = socket.subscribe('subscription($id: ID!) { pixChargeUpdated(id: $id) { id } }', { id: chargeB });
    expect(await updates.waitFor(1)).toEqual({ pixChargeUpdated: { id: chargeB } });
    expect(await socket.closed).toEqual({ code: 4401, reason: 'client token expired' });
    await updates.completed;
  });
});

describe('without CLIENT_TOKEN_KEYS in production', () => {
  test('client tokens are disabled: createClientToken answers NOT_SUPPORTED without a provider call', async () => {
    const production = await startTestPaygraph({ NODE_ENV: 'production', API_KEYS: `shop=${WRITER}` });
    try {
      const before = production.sandbox!.astra.counters.total;
      const response = await production.gql(CREATE_TOKEN, { input: { subjectId: chargeA } }, asWriter);
      expect(response.data.createClientToken.userErrors).toEqual([expect.objectContaining({ code: 'NOT_SUPPORTED' })]);
      expect(production.sandbox!.astra.counters.total).toBe(before);
      expect(production.logs.some((line) => line.includes('CLIENT_TOKEN_KEYS is not set: client tokens are disabled'))).toBe(true);
    } finally {
      await production.close();
    }
  });
});

describe('open sandbox (no API_KEYS), a payment link as subject', () => {
  let open: TestPaygraph;
  beforeAll(async () => {
    open = await startTestPaygraph();
  });
  afterAll(() => open.close());

  test('a client token still narrows its holder to its own payment link, over POST, GET and graphql-ws', async () => {
    const link = await createLink(open);
    const charge = (await open.gql(CREATE_CHARGE)).data.createPixCharge.pixCharge.id as string;
    const issued = await open.gql(CREATE_TOKEN, { input: { subjectId: link.id } });
    const token = issued.data.createClientToken.clientToken as string;
    const headers = { authorization: `Bearer ${token}` };

    expect((await open.gql('query($id: ID!) { node(id: $id) { id ... on PaymentLink { status } } }', { id: link.id }, headers)).data.node).toEqual({
      id: link.id,
      status: link.status,
    });
    const url = `${open.graphqlUrl}?query=${encodeURIComponent('query($id: ID!) { node(id: $id) { id } }')}&variables=${encodeURIComponent(JSON.stringify({ id: link.id }))}`;
    const get = await request(url, { headers: { ...headers, accept: 'application/json' } });
    expect(((await get.body.json()) as GraphQLResponse).data).toEqual({ node: { id: link.id } });
    const socket = openSocket(open.wsUrl, headers);
    const updates = socket.subscribe(LINK_UPDATED, { id: link.id });
    expect((await updates.waitFor(1)).paymentLinkUpdated.id).toBe(link.id);
    await socket.close();

    const calls = () => open.sandbox!.astra.counters.total;
    const before = calls();
    for (const [query, variables] of [
      ['query($id: ID!) { node(id: $id) { id } }', { id: charge }],
      ['{ paymentLinks(first: 1) { totalCount } }', {}],
      ['mutation { createPixCharge(input: { amount: "1.00" }) { pixCharge { id } } }', {}],
    ] as const) {
      expect((await open.gql(query, variables, headers)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(calls()).toBe(before);
    // Without a token the open sandbox is as open as before.
    expect((await open.gql('query($id: ID!) { node(id: $id) { id } }', { id: charge })).data.node).toEqual({ id: charge });
  });
});
