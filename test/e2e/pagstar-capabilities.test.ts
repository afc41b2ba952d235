import { randomUUID } from 'node:crypto';
import { request } from 'undici';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { startTestPaygraph, eventually, type TestPaygraph } from '../helpers/paygraph';
import { operation } from '../helpers/operations';
import { pagstarCallbackSecret } from '../../src/datasources/pagstar/callback-secret';

/** What Pagstar cannot do is refused clearly, before any call; its webhooks are hints confirmed by GET. */
const CREATE = operation('create-pix-charge');
const GET = operation('get-pix-charge');
const LIST = operation('list-pix-charges');
const REFUND = operation('refund-pix-charge');
const UPDATED = `subscription($id: ID!) { pixChargeUpdated(id: $id) { id status } }`;
const CREATE_ROUTE = 'POST /api/v2/wallet/partner/transactions/generate-anonymous-pix';

let app: TestPaygraph;
const clients: Client[] = [];

beforeAll(async () => {
  app = await startTestPaygraph({ PAGSTAR_POLL_INTERVAL_MS: '50' }, { pagstarSimulator: { sandboxDelayMs: 0, webhookRetryDelaysMs: [20, 20] } });
});
afterEach(async () => {
  for (const client of clients.splice(0)) await client.dispose();
});
afterAll(() => app.close());

async function createPagstar(input: Record<string, unknown>): Promise<any> {
  const response = await app.gql(CREATE, { input: { provider: 'PAGSTAR', ...input } });
  expect(response.errors).toBeUndefined();
  return response.data.createPixCharge;
}

async function pagstarSecret(): Promise<string> {
  return pagstarCallbackSecret(app.config.providers.pagstar.endpoint!);
}

async function deliver(body: unknown, secret?: string): Promise<number> {
  const response = await request(`${app.url}/webhooks/pagstar/${secret ?? (await pagstarSecret())}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  await response.body.dump();
  return response.statusCode;
}

function payload(reference: string, status: string, type = 'payment') {
  return { status, type, value: 30, external_reference: reference, transaction_id: null, end2end: null, user_id: null, created_at: null, updated_at: null };
}

describe('Pagstar capabilities', () => {
  test('refundPixCharge on a Pagstar charge → NOT_SUPPORTED user error, no provider call', async () => {
    const { pixCharge } = await createPagstar({ amount: '9.01' });
    await eventually(async () => (await app.gql(GET, { id: pixCharge.id })).data.node.status === 'PAID');
    const before = app.sandbox!.pagstar.counters.total;
    const response = await app.gql(REFUND, { input: { chargeId: pixCharge.id, amount: '1.00' } });
    expect(response.errors).toBeUndefined();
    expect(response.data.refundPixCharge).toEqual({
      refund: null,
      pixCharge: null,
      userErrors: [{ field: ['input', 'chargeId'], code: 'NOT_SUPPORTED', message: 'PAGSTAR does not support refunds.' }],
    });
    expect(app.sandbox!.pagstar.counters.total).toBe(before);
  });

  test('pixCharges(filter: {provider: PAGSTAR}) → NOT_SUPPORTED on the pixCharges field (null), not a null `data`: Pagstar has no list', async () => {
    const response = await app.gql(LIST, { filter: { provider: 'PAGSTAR' }, first: 5 });
    expect(response.data).toEqual({ pixCharges: null });
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: 'Pagstar cannot list Pix charges (read one with node(id:)).',
        path: ['pixCharges'],
        extensions: expect.objectContaining({ code: 'NOT_SUPPORTED', provider: 'PAGSTAR', filter: ['filter', 'provider'] }),
      }),
    ]);
  });

  test('node(id) shows what Pagstar returns and null for what it does not (never invented)', async () => {
    const { pixCharge, userErrors } = await createPagstar({
      amount: '31.50',
      description: 'Pedido 9',
      reference: 'order-9',
      expiresIn: 600,
      debtor: { name: 'Maria Souza', document: '123.456.789-09' },
    });
    expect(userErrors).toEqual([]);
    // The create answer carries what Paygraph sent plus Pagstar's expiration_date.
    expect(pixCharge).toMatchObject({
      status: 'ACTIVE',
      providerStatus: null,
      reference: 'order-9',
      description: 'Pedido 9',
      debtor: { name: 'Maria Souza', document: '12345678909' },
    });
    expect(Date.parse(pixCharge.expiresAt) - Date.now()).toBeGreaterThan(590_000);

    const node = (await app.gql(GET, { id: pixCharge.id })).data.node;
    expect(node).toMatchObject({
      provider: 'PAGSTAR',
      txid: pixCharge.txid,
      status: 'ACTIVE',
      providerStatus: '0',
      amount: { amount: '31.50', currency: 'BRL' },
      amountRefunded: { amount: '0.00' },
      brCode: pixCharge.brCode,
      description: null,
      reference: null,
      debtor: null,
      payer: null,
      expiresAt: null,
      paidAt: null,
      endToEndId: null,
      refunds: { totalCount: 0, edges: [] },
    });
    expect(node.createdAt).toEqual(expect.any(String));
  });

  test.each([
    ['expiresIn below 60 s', { amount: '5.00', expiresIn: 59 }, 'INVALID'],
    ['expiresIn above 86400 s', { amount: '5.00', expiresIn: 86_401 }, 'INVALID'],
    ['reference over 255 characters', { amount: '5.00', reference: 'r'.repeat(256) }, 'INVALID'],
    ['a debtor without a name', { amount: '5.00', debtor: { document: '12345678909' } }, 'REQUIRED'],
    ['onlyDebtorMayPay (Pagstar has no such option)', { amount: '5.00', onlyDebtorMayPay: true, debtor: { name: 'Ana', document: '12345678909' } }, 'PROVIDER_REJECTED'],
    ['an alphanumeric CNPJ (Pagstar takes digits only)', { amount: '5.00', debtor: { name: 'Loja', document: '12ABC34501DE35' } }, 'PROVIDER_REJECTED'],
  ])('%s is refused before any call', async (_name, input, code) => {
    const sim = app.sandbox!.pagstar;
    const before = sim.counters.count(CREATE_ROUTE);
    const result = await createPagstar(input);
    expect(result.pixCharge).toBeNull();
    expect(result.userErrors).toEqual([expect.objectContaining({ code })]);
    expect(sim.counters.count(CREATE_ROUTE)).toBe(before);
  });

  test('a Pagstar 422 becomes a PROVIDER_REJECTED user error with the flattened messages', async () => {
    app.sandbox!.pagstar.faults.set({ failNextCount: 1, errorStatus: 422, routeFilter: 'generate-anonymous-pix' });
    const result = await createPagstar({ amount: '5.00' });
    expect(result.pixCharge).toBeNull();
    expect(result.userErrors).toEqual([
      expect.objectContaining({ code: 'PROVIDER_REJECTED', message: expect.stringMatching(/^Pagstar rejected the request: HTTP 422 \(x-transaction-id [0-9a-f-]{36}\)$/) }),
    ]);
    app.sandbox!.pagstar.faults.reset();
  });
});

describe('Pagstar webhooks', () => {
  test("deposits carry Paygraph's secret notification URL as callback; the secret never reaches the logs", async () => {
    const { pixCharge } = await createPagstar({ amount: '7.01' });
    const delivery = await eventually(async () => app.sandbox!.pagstar.deliveries().find((d) => d.payload.external_reference === pixCharge.txid && d.ok));
    const secret = await pagstarSecret();
    expect(delivery.url).toBe(`${app.url}/webhooks/pagstar/${secret}`);
    expect(delivery.payload.status).toBe('approved');
    await app.services.relay.idle();
    expect(app.logs.join('\n')).not.toContain(secret);
  });

  test('a forged "approved" for a pending deposit publishes nothing; the poller still reports the real payment', async () => {
    const { pixCharge } = await createPagstar({ amount: '30.00' });
    const client = createClient({ url: app.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0 });
    clients.push(client);
    const before = app.services.bus.subscriberCount;
    const updates = client.iterate({ query: UPDATED, variables: { id: pixCharge.id } });
    // The current state comes first, once the subscription is registered with the bus.
    expect((await updates.next()).value.data.pixChargeUpdated).toEqual({ id: pixCharge.id, status: 'ACTIVE' });
    expect(app.services.bus.subscriberCount).toBeGreaterThan(before);

    expect(await deliver(payload(pixCharge.txid, 'approved'))).toBe(200);
    await app.services.relay.idle();
    expect(app.logs.some((line) => line.includes('"webhook_suspicious"') && line.includes('"PAGSTAR"'))).toBe(true);
    expect((await app.gql(GET, { id: pixCharge.id })).data.node.status).toBe('ACTIVE');

    expect(await app.sandbox!.pagstar.payDeposit(pixCharge.txid)).toBe(true);
    const { value } = await updates.next();
    expect(value.data.pixChargeUpdated).toEqual({ id: pixCharge.id, status: 'PAID' });
  });

  test('transfer notifications are acknowledged and ignored; malformed ones are 422; a wrong secret is 401', async () => {
    expect(await deliver(payload(randomUUID(), 'approved', 'transfer'))).toBe(200);
    expect(app.logs.some((line) => line.includes('"webhook_unconfirmable"') && line.includes('PAGSTAR_TRANSFER'))).toBe(true);
    expect(await deliver({ status: 'approved', type: 'refund', external_reference: randomUUID() })).toBe(422);
    expect(await deliver({ type: 'payment' })).toBe(422);
    expect(await deliver(payload(randomUUID(), 'approved'), 'not-the-secret')).toBe(401);
  });

  test('PAGSTAR_WEBHOOK_IPS refuses deliveries from other addresses', async () => {
    const guarded = await startTestPaygraph({ PAGSTAR_WEBHOOK_IPS: '3.128.119.90' });
    try {
      const secret = pagstarCallbackSecret(guarded.config.providers.pagstar.endpoint!);
      const response = await request(`${guarded.url}/webhooks/pagstar/${secret}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(payload(randomUUID(), 'approved')),
      });
      await response.body.dump();
      expect(response.statusCode).toBe(403);
    } finally {
      await guarded.close();
    }
  });
});
