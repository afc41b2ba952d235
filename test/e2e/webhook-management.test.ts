import { randomUUID } from 'node:crypto';
import { startTestPaygraph, eventually, type GraphQLResponse, type TestPaygraph } from '../helpers/paygraph';
import { encodeGlobalId } from '../../src/lib/global-id';
import { extractSecret } from '../../src/lib/webhook-url';

const ALL_TYPES = ['CARD_CHARGEBACK', 'CARD_PAYMENT_INBOUND', 'CARD_RECURRING_INBOUND', 'PAYMENT_LINK_INBOUND', 'PIX_OUTBOUND', 'PIX_QR_INBOUND', 'PIX_QR_PARTNER_INBOUND'];

const FIELDS = 'fragment W on Webhook { id provider url eventType createdAt updatedAt }';
const LIST = `query($provider: PaymentProvider) { webhooks(provider: $provider) { ...W } } ${FIELDS}`;
const REGISTER = `mutation($input: RegisterWebhookInput!) { registerWebhook(input: $input) { webhook { ...W } userErrors { field code message } } } ${FIELDS}`;
const UPDATE = `mutation($input: UpdateWebhookInput!) { updateWebhook(input: $input) { webhook { ...W } userErrors { field code message } } } ${FIELDS}`;
const DELETE = 'mutation($input: DeleteWebhookInput!) { deleteWebhook(input: $input) { deletedId userErrors { field code message } } }';
const NODE = `query($id: ID!) { node(id: $id) { __typename ...W } } ${FIELDS}`;
const DELIVERIES = `query($id: ID!, $first: Int, $after: String) {
  node(id: $id) { ... on Webhook { eventType deliveries(first: $first, after: $after) {
    edges { cursor node { id eventType httpStatus success attemptedAt } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  } } }
}`;

let app: TestPaygraph;
/** Every GraphQL response of this file, for the leak scan. */
const responses: string[] = [];
/** Every secret seen in the simulator's webhook list, for the leak scan. */
const seenSecrets = new Set<string>();

async function gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
  const response = await app.gql<T>(query, variables);
  responses.push(JSON.stringify(response));
  return response;
}

interface SimWebhook {
  id: string;
  url: string;
  type: string;
}

/** The simulator's own view (raw URLs), read as Astra's API client would. */
async function simWebhooks(): Promise<SimWebhook[]> {
  const token = await app.providers.astra.tokens.getToken();
  const response = await fetch(`${app.sandbox!.astra.url}/webhook/v1?size=100`, {
    headers: { authorization: `Bearer ${token}`, 'x-transaction-id': randomUUID(), accept: 'application/json' },
  });
  const hooks = ((await response.json()) as { content: SimWebhook[] }).content;
  for (const hook of hooks) {
    const secret = extractSecret(hook.url, 'ASTRA');
    if (secret) seenSecrets.add(secret);
  }
  return hooks;
}

async function simWebhookOf(type: string): Promise<SimWebhook> {
  const hook = (await simWebhooks()).find((candidate) => candidate.type === type);
  if (!hook) throw new Error(`no ${type} webhook at the simulator`);
  return hook;
}

async function listed(): Promise<any[]> {
  const response = await gql(LIST);
  expect(response.errors).toBeUndefined();
  return response.data.webhooks;
}

async function webhookOf(type: string): Promise<any> {
  return (await listed()).find((webhook) => webhook.eventType === type);
}

const verify = (secret: string) => app.services.webhookSecrets.verify('ASTRA', secret);
const counters = () => app.sandbox!.astra.counters;
const paygraphUrl = () => `${app.url}/webhooks/astra/****`;

/** Deletes the webhook of `type` and registers Paygraph's own URL for it again. */
async function restorePaygraphWebhook(type: string): Promise<void> {
  const current = await webhookOf(type);
  if (current) expect((await gql(DELETE, { input: { id: current.id } })).data.deleteWebhook.userErrors).toEqual([]);
  const registered = await gql(REGISTER, { input: { eventType: type } });
  expect(registered.data.registerWebhook.userErrors).toEqual([]);
}

beforeAll(async () => {
  app = await startTestPaygraph();
});
afterAll(() => app.close());

describe('webhook management through the graph', () => {
  test('at start-up (sandbox) every event type is registered at a Paygraph URL, listed masked', async () => {
    const webhooks = await listed();
    expect(webhooks.map((webhook) => webhook.eventType).sort()).toEqual(ALL_TYPES);
    for (const webhook of webhooks) {
      expect(webhook).toEqual({
        id: expect.any(String),
        provider: 'ASTRA',
        url: paygraphUrl(),
        eventType: expect.any(String),
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
    }
    const summary = app.logs.map((line) => JSON.parse(line)).filter((line) => line.event === 'webhooks_self_registered');
    // The API Pix registers its one webhook (PIX_QR_INBOUND) at its own simulator too.
    expect(summary).toEqual([
      expect.objectContaining({ provider: 'ASTRA', registered: 7, kept: 0, failed: 0 }),
      expect.objectContaining({ provider: 'PIX_API', registered: 1, kept: 0, failed: 0 }),
    ]);
  });

  test('the secret in each URL the simulator holds is one Paygraph knows, and they are all different', async () => {
    const hooks = await simWebhooks();
    expect(hooks).toHaveLength(7);
    const secrets = hooks.map((hook) => {
      expect(hook.url.startsWith(`${app.url}/webhooks/astra/`)).toBe(true);
      return extractSecret(hook.url, 'ASTRA')!;
    });
    expect(new Set(secrets).size).toBe(7);
    for (const secret of secrets) {
      expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
      await expect(verify(secret)).resolves.toBe(true);
    }
    await expect(verify(`${secrets[0].slice(0, -1)}x`)).resolves.toBe(secrets[0].endsWith('x'));
  });

  test('node(id) reads a webhook again; an unknown one is null', async () => {
    const webhook = await webhookOf('PIX_QR_INBOUND');
    const read = await gql(NODE, { id: webhook.id });
    expect(read.errors).toBeUndefined();
    expect(read.data.node).toEqual({ __typename: 'Webhook', ...webhook });

    const unknown = await gql(NODE, { id: encodeGlobalId('Webhook', 'ASTRA', randomUUID()) });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data.node).toBeNull();
  });

  test('an invalid url is INVALID on [input, url] with zero provider calls', async () => {
    const id = (await webhookOf('PIX_OUTBOUND')).id;
    const bad = ['ftp://hooks.example.com/x', 'hooks.example.com/x', 'not a url', '', `https://hooks.example.com/${'a'.repeat(480)}`, `${app.url}/webhooks/astra/****`];
    const before = counters().total;
    for (const url of bad) {
      const registered = await gql(REGISTER, { input: { eventType: 'PIX_OUTBOUND', url } });
      expect(registered.data.registerWebhook).toEqual({ webhook: null, userErrors: [{ field: ['input', 'url'], code: 'INVALID', message: expect.any(String) }] });
      const updated = await gql(UPDATE, { input: { id, url } });
      expect(updated.data.updateWebhook).toEqual({ webhook: null, userErrors: [{ field: ['input', 'url'], code: 'INVALID', message: expect.any(String) }] });
    }
    expect(counters().total).toBe(before);
  });

  test('PAGSTAR webhooks are NOT_SUPPORTED, with zero provider calls', async () => {
    const before = counters().total;
    const registered = await gql(REGISTER, { input: { provider: 'PAGSTAR', eventType: 'PIX_QR_INBOUND', url: 'https://hooks.example.com/p' } });
    expect(registered.data.registerWebhook.userErrors).toEqual([{ field: ['input', 'provider'], code: 'NOT_SUPPORTED', message: expect.any(String) }]);
    const query = await gql(LIST, { provider: 'PAGSTAR' });
    expect(query.errors?.[0].extensions?.code).toBe('NOT_SUPPORTED');
    expect(counters().total).toBe(before);
  });

  test('one webhook per type: a second one is INVALID_STATE naming the existing id, and nothing is created', async () => {
    const existing = await webhookOf('PIX_QR_INBOUND');
    const secretsBefore = await app.services.webhookSecrets.fingerprints('ASTRA');
    const posts = counters().count('POST /webhook/v1');
    for (const url of ['https://hooks.example.com/second', undefined]) {
      const response = await gql(REGISTER, { input: { eventType: 'PIX_QR_INBOUND', url } });
      expect(response.data.registerWebhook).toEqual({
        webhook: null,
        userErrors: [{ field: ['input', 'eventType'], code: 'INVALID_STATE', message: expect.stringContaining(existing.id) }],
      });
    }
    expect(counters().count('POST /webhook/v1')).toBe(posts);
    expect(await app.services.webhookSecrets.fingerprints('ASTRA')).toEqual(secretsBefore);
  });

  test('delete a Paygraph webhook (secret revoked), register a foreign URL, update each field alone, delete it', async () => {
    const paygraph = await webhookOf('CARD_CHARGEBACK');
    const oldSecret = extractSecret((await simWebhookOf('CARD_CHARGEBACK')).url)!;
    const deleted = await gql(DELETE, { input: { id: paygraph.id } });
    expect(deleted.data.deleteWebhook).toEqual({ deletedId: paygraph.id, userErrors: [] });
    await expect(verify(oldSecret)).resolves.toBe(false);
    expect((await gql(NODE, { id: paygraph.id })).data.node).toBeNull();
    expect((await gql(DELETE, { input: { id: paygraph.id } })).data.deleteWebhook.userErrors).toEqual([{ field: ['input', 'id'], code: 'NOT_FOUND', message: expect.any(String) }]);

    const foreignUrl = 'https://hooks.example.com/astra/chargebacks?tenant=7';
    const registered = await gql(REGISTER, { input: { eventType: 'CARD_CHARGEBACK', url: foreignUrl } });
    expect(registered.data.registerWebhook.userErrors).toEqual([]);
    const foreign = registered.data.registerWebhook.webhook;
    expect(foreign).toMatchObject({ provider: 'ASTRA', eventType: 'CARD_CHARGEBACK', url: foreignUrl });
    expect((await simWebhookOf('CARD_CHARGEBACK')).url).toBe(foreignUrl);

    // url only: ASM-A17 PUT needs both, so Paygraph reads the current type and sends it along.
    const urlOnly = await gql(UPDATE, { input: { id: foreign.id, url: 'https://hooks.example.com/astra/v2' } });
    expect(urlOnly.data.updateWebhook.userErrors).toEqual([]);
    expect(urlOnly.data.updateWebhook.webhook).toMatchObject({ id: foreign.id, url: 'https://hooks.example.com/astra/v2', eventType: 'CARD_CHARGEBACK' });

    // eventType only, to a type another webhook has: refused before the PUT.
    const puts = counters().count('PUT /webhook/v1/:webhookId');
    const taken = await gql(UPDATE, { input: { id: foreign.id, eventType: 'PIX_QR_INBOUND' } });
    expect(taken.data.updateWebhook.userErrors).toEqual([
      { field: ['input', 'eventType'], code: 'INVALID_STATE', message: expect.stringMatching(/PIX_QR_INBOUND already exists/) },
    ]);
    expect(counters().count('PUT /webhook/v1/:webhookId')).toBe(puts);

    // eventType only, to a free type: the URL is kept.
    await gql(DELETE, { input: { id: (await webhookOf('CARD_RECURRING_INBOUND')).id } });
    const typeOnly = await gql(UPDATE, { input: { id: foreign.id, eventType: 'CARD_RECURRING_INBOUND' } });
    expect(typeOnly.data.updateWebhook.userErrors).toEqual([]);
    expect(typeOnly.data.updateWebhook.webhook).toMatchObject({ id: foreign.id, url: 'https://hooks.example.com/astra/v2', eventType: 'CARD_RECURRING_INBOUND' });
    expect(new Date(typeOnly.data.updateWebhook.webhook.updatedAt).getTime()).toBeGreaterThanOrEqual(new Date(foreign.updatedAt).getTime());

    const nothing = await gql(UPDATE, { input: { id: foreign.id } });
    expect(nothing.data.updateWebhook.userErrors).toEqual([{ field: ['input'], code: 'REQUIRED', message: expect.any(String) }]);
    const notAWebhook = await gql(UPDATE, { input: { id: encodeGlobalId('PixCharge', 'ASTRA', 'astra123'), url: 'https://x.example' } });
    expect(notAWebhook.data.updateWebhook.userErrors).toEqual([{ field: ['input', 'id'], code: 'INVALID', message: expect.any(String) }]);

    expect((await gql(DELETE, { input: { id: foreign.id } })).data.deleteWebhook).toEqual({ deletedId: foreign.id, userErrors: [] });
    await restorePaygraphWebhook('CARD_CHARGEBACK');
    await restorePaygraphWebhook('CARD_RECURRING_INBOUND');
    expect((await listed()).map((webhook) => webhook.url)).toEqual(Array(7).fill(paygraphUrl()));
  });

  test('registerWebhook without url registers a fresh Paygraph URL whose secret Paygraph knows', async () => {
    const before = extractSecret((await simWebhookOf('PAYMENT_LINK_INBOUND')).url)!;
    await restorePaygraphWebhook('PAYMENT_LINK_INBOUND');
    const webhook = await webhookOf('PAYMENT_LINK_INBOUND');
    expect(webhook.url).toBe(paygraphUrl());
    const secret = extractSecret((await simWebhookOf('PAYMENT_LINK_INBOUND')).url)!;
    expect(secret).not.toBe(before);
    await expect(verify(secret)).resolves.toBe(true);
    await expect(verify(before)).resolves.toBe(false);
  });

  test("updateWebhook cannot move Paygraph's own registration to another URL (issue 23): INVALID_STATE, no PUT, the secret stays valid", async () => {
    const webhook = await webhookOf('PIX_OUTBOUND');
    const raw = (await simWebhookOf('PIX_OUTBOUND')).url;
    const puts = counters().count('PUT /webhook/v1/:webhookId');
    const updated = await gql(UPDATE, { input: { id: webhook.id, url: 'https://hooks.example.com/payouts' } });
    expect(updated.data.updateWebhook).toEqual({ webhook: null, userErrors: [{ field: ['input', 'url'], code: 'INVALID_STATE', message: expect.any(String) }] });
    expect(counters().count('PUT /webhook/v1/:webhookId')).toBe(puts);
    expect((await simWebhookOf('PIX_OUTBOUND')).url).toBe(raw);
    await expect(verify(extractSecret(raw)!)).resolves.toBe(true);
  });

  test("updateWebhook may change the event type of Paygraph's own registration: the URL and secret stay, a warn audit line names both types", async () => {
    const own = await webhookOf('PIX_OUTBOUND');
    const raw = (await simWebhookOf('PIX_OUTBOUND')).url;
    await gql(DELETE, { input: { id: (await webhookOf('CARD_RECURRING_INBOUND')).id } });
    const moved = await gql(UPDATE, { input: { id: own.id, eventType: 'CARD_RECURRING_INBOUND' } });
    expect(moved.data.updateWebhook).toEqual({ webhook: expect.objectContaining({ id: own.id, url: paygraphUrl(), eventType: 'CARD_RECURRING_INBOUND' }), userErrors: [] });
    expect((await simWebhookOf('CARD_RECURRING_INBOUND')).url).toBe(raw);
    await expect(verify(extractSecret(raw)!)).resolves.toBe(true);
    const audit = app.logs.map((line) => JSON.parse(line)).filter((line) => line.event === 'webhook_updated' && line.eventTypeBefore === 'PIX_OUTBOUND');
    expect(audit).toEqual([
      expect.objectContaining({
        level: 40,
        clientId: 'anonymous',
        eventType: 'CARD_RECURRING_INBOUND',
        urlBefore: paygraphUrl(),
        urlAfter: paygraphUrl(),
        paygraphRegistration: true,
      }),
    ]);

    expect((await gql(UPDATE, { input: { id: own.id, eventType: 'PIX_OUTBOUND' } })).data.updateWebhook.userErrors).toEqual([]);
    await restorePaygraphWebhook('CARD_RECURRING_INBOUND');
    expect((await listed()).map((webhook) => webhook.url)).toEqual(Array(7).fill(paygraphUrl()));
  });

  test('without PUBLIC_URL, registering without url is REQUIRED on [input, url], with zero provider calls', async () => {
    const original = app.services.publicUrl;
    app.services.publicUrl = () => undefined;
    try {
      const before = counters().total;
      const response = await gql(REGISTER, { input: { eventType: 'PIX_OUTBOUND' } });
      expect(response.data.registerWebhook).toEqual({
        webhook: null,
        userErrors: [{ field: ['input', 'url'], code: 'REQUIRED', message: expect.stringContaining('PUBLIC_URL') }],
      });
      expect(counters().total).toBe(before);
    } finally {
      app.services.publicUrl = original;
    }
  });

  test('a registration the provider refuses or fails leaves no secret behind (POST is not retried)', async () => {
    const hook = await webhookOf('PAYMENT_LINK_INBOUND');
    await gql(DELETE, { input: { id: hook.id } });
    const secretsBefore = (await app.services.webhookSecrets.fingerprints('ASTRA')).sort();
    const sim = app.sandbox!.astra;
    try {
      sim.faults.set({ failNextCount: 1, errorStatus: 400, routeFilter: 'POST /webhook/v1' });
      const rejected = await gql(REGISTER, { input: { eventType: 'PAYMENT_LINK_INBOUND' } });
      expect(rejected.data.registerWebhook).toEqual({ webhook: null, userErrors: [{ field: ['input'], code: 'PROVIDER_REJECTED', message: expect.any(String) }] });
      expect((await app.services.webhookSecrets.fingerprints('ASTRA')).sort()).toEqual(secretsBefore);

      const posts = sim.counters.count('POST /webhook/v1');
      sim.faults.set({ failNextCount: 1, errorStatus: 503, routeFilter: 'POST /webhook/v1' });
      const unavailable = await gql(REGISTER, { input: { eventType: 'PAYMENT_LINK_INBOUND' } });
      expect(unavailable.errors?.[0].extensions?.code).toBe('PROVIDER_UNAVAILABLE');
      expect(sim.counters.count('POST /webhook/v1')).toBe(posts + 1);
      expect((await app.services.webhookSecrets.fingerprints('ASTRA')).sort()).toEqual(secretsBefore);
    } finally {
      sim.faults.reset();
    }
    await restorePaygraphWebhook('PAYMENT_LINK_INBOUND');
  });

  test('Webhook.deliveries shows the delivery attempts after ,01 charges are paid, newest first, paged', async () => {
    const webhook = await webhookOf('PIX_QR_INBOUND');
    // Three paid charges → at least three delivery records, so paging past the first page is exercised.
    for (const amount of ['1.01', '2.01', '3.01']) {
      const created = await gql(`mutation { createPixCharge(input: { amount: "${amount}" }) { pixCharge { id } userErrors { code } } }`);
      expect(created.data.createPixCharge.userErrors).toEqual([]);
    }

    // Whether the ingress route answers 2xx (or 404 while it does not exist) is not this test's
    // concern: every attempt is a delivery record.
    const connection = await eventually(async () => {
      const response = await gql(DELIVERIES, { id: webhook.id, first: 10 });
      expect(response.errors).toBeUndefined();
      const deliveries = response.data.node.deliveries;
      return deliveries.edges.length >= 3 ? deliveries : undefined;
    });
    for (const { node } of connection.edges) {
      expect(node).toEqual({ id: expect.any(String), eventType: 'PIX_QR_INBOUND', httpStatus: expect.anything(), success: expect.any(Boolean), attemptedAt: expect.any(String) });
      expect(node.httpStatus === null || Number.isInteger(node.httpStatus)).toBe(true);
      expect(Math.abs(Date.now() - Date.parse(node.attemptedAt))).toBeLessThan(60_000);
    }
    await app.sandbox!.astra.waitForIdle();

    // Newest first.
    const allEdges = (await gql(DELIVERIES, { id: webhook.id, first: 100 })).data.node.deliveries.edges;
    const all: string[] = allEdges.map((edge: any) => edge.node.id);
    expect(all.length).toBeGreaterThanOrEqual(3);
    expect(new Set(all).size).toBe(all.length);
    const times = allEdges.map((edge: any) => Date.parse(edge.node.attemptedAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);

    // Paging: one at a time with `after`, every record exactly once, in the same order.
    const walked: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < all.length; page++) {
      const { edges, pageInfo } = (await gql(DELIVERIES, { id: webhook.id, first: 1, after })).data.node.deliveries;
      expect(edges).toHaveLength(1);
      expect(pageInfo).toEqual({
        hasNextPage: page < all.length - 1,
        hasPreviousPage: page > 0,
        startCursor: edges[0].cursor,
        endCursor: edges[0].cursor,
      });
      walked.push(edges[0].node.id);
      after = pageInfo.endCursor;
    }
    expect(walked).toEqual(all);
    const past = (await gql(DELIVERIES, { id: webhook.id, first: 1, after })).data.node.deliveries;
    expect(past.edges).toEqual([]);
    expect(past.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });

    // Another webhook got none of them.
    const other = await webhookOf('CARD_CHARGEBACK');
    expect((await gql(DELIVERIES, { id: other.id, first: 10 })).data.node.deliveries.edges).toEqual([]);
  });

  test('no webhook secret ever appears in a response or a log line', async () => {
    await simWebhooks();
    expect(seenSecrets.size).toBeGreaterThanOrEqual(12);
    expect(responses.length).toBeGreaterThan(40);
    expect(app.logs.length).toBeGreaterThan(20);
    for (const secret of seenSecrets) {
      for (const text of responses) expect(text).not.toContain(secret);
      for (const line of app.logs) expect(line).not.toContain(secret);
    }
  });
});

describe('webhook management needs the right scopes', () => {
  let readOnly: TestPaygraph;
  const KEY = 'reader-key-0123456789';
  beforeAll(async () => {
    readOnly = await startTestPaygraph({ API_KEYS: `reader=${KEY}:read` });
  });
  afterAll(() => readOnly.close());

  test('a read-only key lists webhooks but cannot register, update or delete them', async () => {
    const auth = { authorization: `Bearer ${KEY}` };
    const list = await readOnly.gql(LIST, {}, auth);
    expect(list.errors).toBeUndefined();
    expect(list.data.webhooks).toHaveLength(7);
    const id = list.data.webhooks[0].id;
    const attempts = [
      readOnly.gql(REGISTER, { input: { eventType: 'PIX_OUTBOUND', url: 'https://x.example/h' } }, auth),
      readOnly.gql(UPDATE, { input: { id, url: 'https://x.example/h' } }, auth),
      readOnly.gql(DELETE, { input: { id } }, auth),
    ];
    for (const response of await Promise.all(attempts)) expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
