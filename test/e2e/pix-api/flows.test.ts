import { request } from 'undici';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { startTestPaygraph, eventually, type TestPaygraph } from '../../helpers/paygraph';
import { extractSecret } from '../../../src/lib/webhook-url';

/**
 * The API Pix through the graph against its embedded simulator (real HTTP on loopback): create →
 * pay → refund with the callbacks confirmed by reading back, retries after a lost answer that make
 * one charge and one refund at the PSP, forged callbacks that publish nothing, and cancelling.
 */
const CREATE = `mutation($input: CreatePixChargeInput!) {
  createPixCharge(input: $input) { pixCharge { id txid provider status amount { amount } brCode } userErrors { field code message } }
}`;
const READ = `query($id: ID!) { node(id: $id) { ... on PixCharge {
  id status amountRefunded { amount } paidAt endToEndId payer { name document }
  payments { endToEndId amount { amount } paidAt payer { name document } }
  refunds(first: 5) { edges { node { id status amount { amount } } } }
} } }`;
const PAY = `mutation($input: SimulatePixChargePaymentInput!) { simulatePixChargePayment(input: $input) { pixCharge { id status } userErrors { code message } } }`;
const REFUND = `mutation($input: RefundPixChargeInput!) {
  refundPixCharge(input: $input) { refund { id status amount { amount } } pixCharge { id status } userErrors { field code message } }
}`;
const CANCEL = `mutation($input: CancelPixChargeInput!) { cancelPixCharge(input: $input) { pixCharge { id status } userErrors { field code message } } }`;
const UPDATED = `subscription($id: ID!) { pixChargeUpdated(id: $id) { id status amountRefunded { amount } } }`;

let app: TestPaygraph;
const clients: Client[] = [];

beforeAll(async () => {
  app = await startTestPaygraph({ PIX_API_RETRY_LIMIT: '2', PIX_API_TIMEOUT_MS: '1000' }, { pixApiSimulator: { sandboxDelayMs: 50 } });
});
afterEach(async () => {
  for (const client of clients.splice(0)) await client.dispose();
  app.sandbox!.pixApi.faults.set({ dropAfterCommitCount: 0 });
});
afterAll(() => app.close());

const sim = () => app.sandbox!.pixApi;
const route = (name: string) => sim().counters.count(name);

async function create(input: Record<string, unknown>): Promise<any> {
  const response = await app.gql(CREATE, { input: { provider: 'PIX_API', ...input } });
  expect(response.errors).toBeUndefined();
  expect(response.data.createPixCharge.userErrors).toEqual([]);
  return response.data.createPixCharge.pixCharge;
}

async function read(id: string): Promise<any> {
  const response = await app.gql(READ, { id });
  expect(response.errors).toBeUndefined();
  return response.data.node;
}

function subscribe(id: string): AsyncIterableIterator<any> {
  const client = createClient({ url: app.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0 });
  clients.push(client);
  return client.iterate({ query: UPDATED, variables: { id } });
}

async function paid(): Promise<any> {
  const charge = await create({ amount: '20.00', description: 'Pedido 12' });
  const response = await app.gql(PAY, { input: { chargeId: charge.id } });
  expect(response.data.simulatePixChargePayment.userErrors).toEqual([]);
  return charge;
}

test('create → pay → the payment is exposed → partial refund → PARTIALLY_REFUNDED, each step published from the PSP callback', async () => {
  const charge = await create({ amount: '20.00', description: 'Pedido 10', reference: 'order-10' });
  expect(charge).toMatchObject({ provider: 'PIX_API', status: 'ACTIVE', amount: { amount: '20.00' } });
  expect(charge.txid).toMatch(/^[a-zA-Z0-9]{26,35}$/);
  expect(charge.brCode).toMatch(/^000201/);
  const updates = subscribe(charge.id);
  expect((await updates.next()).value.data.pixChargeUpdated.status).toBe('ACTIVE');

  const payment = await app.gql(PAY, { input: { chargeId: charge.id, payer: { name: 'Ana Lima', document: '52998224725' } } });
  expect(payment.data.simulatePixChargePayment.userErrors).toEqual([]);
  expect((await updates.next()).value.data.pixChargeUpdated.status).toBe('PAID');
  const read1 = await read(charge.id);
  expect(read1.payments).toHaveLength(1);
  expect(read1.payments[0]).toMatchObject({ amount: { amount: '20.00' }, endToEndId: read1.endToEndId, payer: { name: 'Ana Lima' } });
  expect(read1.endToEndId).toMatch(/^E[a-zA-Z0-9]{31}$/);

  const refund = await app.gql(REFUND, { input: { chargeId: charge.id, amount: '5.00', reason: 'item devolvido', idempotencyKey: `refund-${charge.txid}` } });
  expect(refund.data.refundPixCharge.userErrors).toEqual([]);
  expect(refund.data.refundPixCharge.refund).toMatchObject({ status: 'PROCESSING', amount: { amount: '5.00' } });
  const refunded = (await updates.next()).value.data.pixChargeUpdated;
  expect(refunded).toMatchObject({ status: 'PARTIALLY_REFUNDED', amountRefunded: { amount: '5.00' } });
  const read2 = await read(charge.id);
  expect(read2.refunds.edges.map((edge: any) => edge.node.status)).toEqual(['REFUNDED']);
});

test('a create whose answer is lost is retried with the same derived txid: one charge at the PSP', async () => {
  const before = { puts: route('PUT /api/v2/cob/:txid') };
  sim().faults.set({ dropAfterCommitCount: 1, routeFilter: 'PUT /api/v2/cob' });
  const charge = await create({ amount: '33.00', idempotencyKey: 'order-lost-answer' });
  expect(route('PUT /api/v2/cob/:txid') - before.puts).toBe(2);
  // The same key later answers the same charge (the idempotency store), and a fresh key another one.
  const again = await create({ amount: '33.00', idempotencyKey: 'order-lost-answer' });
  expect(again.id).toBe(charge.id);
  const list = await app.gql(`query { pixCharges(first: 100, filter: { provider: PIX_API }) { edges { node { txid amount { amount } } } } }`);
  expect(list.errors).toBeUndefined();
  expect(list.data.pixCharges.edges.filter((edge: any) => edge.node.txid === charge.txid)).toHaveLength(1);
});

test('a refund whose answer is lost is retried with the same derived id: one refund at the PSP', async () => {
  const charge = await paid();
  await eventually(async () => (await read(charge.id)).status === 'PAID');
  const puts = route('PUT /api/v2/pix/:e2eid/devolucao/:id');
  const reads = route('GET /api/v2/pix/:e2eid/devolucao/:id');
  sim().faults.set({ dropAfterCommitCount: 1, routeFilter: 'PUT /api/v2/pix' });
  const response = await app.gql(REFUND, { input: { chargeId: charge.id, amount: '3.00', idempotencyKey: `lost-refund-${charge.txid}` } });
  expect(response.errors).toBeUndefined();
  expect(response.data.refundPixCharge.userErrors).toEqual([]);
  // The charge and its refunds are two reads at the PSP (the cob, then each devolução): wait until
  // both show the settled refund, or one read can catch it settling between the two.
  const settled = await eventually(async () => {
    const node = await read(charge.id);
    return node.status === 'PARTIALLY_REFUNDED' && node.refunds.edges.every((edge: any) => edge.node.status === 'REFUNDED') && node;
  });
  expect(settled.refunds.edges).toHaveLength(1);
  // One PUT (its answer lost), then the refund read back by its derived id instead of a second PUT.
  expect(route('PUT /api/v2/pix/:e2eid/devolucao/:id') - puts).toBe(1);
  expect(route('GET /api/v2/pix/:e2eid/devolucao/:id') - reads).toBe(1);
  expect(settled).toMatchObject({ status: 'PARTIALLY_REFUNDED', amountRefunded: { amount: '3.00' } });
});

test('forged callbacks publish nothing: a wrong secret is refused, an unknown e2eid is not confirmed by the PSP', async () => {
  const charge = await create({ amount: '15.00' });
  await paid(); // makes the simulator deliver one genuine callback, which reveals Paygraph's registered URL
  const delivered = await eventually(async () =>
    sim()
      .callbacks()
      .find((d) => d.status === 200),
  );
  const secret = extractSecret(delivered.url.replace(/\/pix$/, ''), 'PIX_API')!;
  const updates = subscribe(charge.id);
  expect((await updates.next()).value.data.pixChargeUpdated.status).toBe('ACTIVE');
  const forged = { pix: [{ endToEndId: 'E99999999202601011200abcdefghijk', txid: charge.txid, valor: '15.00', horario: new Date().toISOString() }] };

  const post = async (path: string) => {
    const response = await request(`${app.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(forged) });
    await response.body.dump();
    return response.statusCode;
  };
  expect(await post('/webhooks/pix_api/not-the-secret/pix')).toBe(401);
  expect(await post(`/webhooks/pix_api/${secret}/pix`)).toBe(200);
  await eventually(async () => app.logs.some((line) => line.includes('webhook_unknown_subject') && line.includes('PIX_API')));
  expect((await read(charge.id)).status).toBe('ACTIVE');
  const next = await Promise.race([updates.next(), new Promise((resolve) => setTimeout(() => resolve('nothing'), 300))]);
  expect(next).toBe('nothing');
});

test('cancelPixCharge removes an ACTIVE API Pix charge; a paid one is INVALID_STATE; Astra answers NOT_SUPPORTED', async () => {
  const charge = await create({ amount: '8.00' });
  const cancelled = await app.gql(CANCEL, { input: { id: charge.id } });
  expect(cancelled.data.cancelPixCharge).toEqual({ pixCharge: { id: charge.id, status: 'CANCELLED' }, userErrors: [] });
  expect((await read(charge.id)).status).toBe('CANCELLED');
  const payment = await app.gql(PAY, { input: { chargeId: charge.id } });
  expect(payment.data.simulatePixChargePayment.userErrors).not.toEqual([]);

  const paidCharge = await paid();
  await eventually(async () => (await read(paidCharge.id)).status === 'PAID');
  const refused = await app.gql(CANCEL, { input: { id: paidCharge.id } });
  expect(refused.data.cancelPixCharge.userErrors).toEqual([expect.objectContaining({ field: ['input', 'id'], code: 'INVALID_STATE' })]);

  const astra = await app.gql(CREATE, { input: { provider: 'ASTRA', amount: '8.00' } });
  const astraId = astra.data.createPixCharge.pixCharge.id;
  const notSupported = await app.gql(CANCEL, { input: { id: astraId } });
  expect(notSupported.data.cancelPixCharge.userErrors).toEqual([{ field: ['input', 'id'], code: 'NOT_SUPPORTED', message: 'ASTRA cannot cancel Pix charges.' }]);
});

test('onlyDebtorMayPay, which the API Pix cannot enforce, is refused on its field before any PSP call', async () => {
  const before = sim().counters.total;
  const response = await app.gql(CREATE, {
    input: { provider: 'PIX_API', amount: '9.00', debtor: { name: 'Ana Lima', document: '529.982.247-25' }, onlyDebtorMayPay: true },
  });
  expect(response.data.createPixCharge).toEqual({
    pixCharge: null,
    userErrors: [expect.objectContaining({ field: ['input', 'onlyDebtorMayPay'], code: 'PROVIDER_REJECTED' })],
  });
  expect(sim().counters.total).toBe(before);
});

test('webhook management: the webhook Paygraph registered at start-up is listed for PIX_API, named by the Pix key, its secret masked; no delivery log', async () => {
  const response = await app.gql(`query { webhooks(provider: PIX_API) { id deliveries(first: 1) { edges { node { id } } } } }`);
  expect(response.errors?.[0]?.extensions?.code).toBe('NOT_SUPPORTED');
  const listed = await app.gql(`query { webhooks(provider: PIX_API) { id provider url eventType } }`);
  expect(listed.errors).toBeUndefined();
  expect(listed.data.webhooks).toEqual([{ id: expect.any(String), provider: 'PIX_API', url: expect.stringMatching(/\/webhooks\/pix_api\/\*{4}$/), eventType: 'PIX_QR_INBOUND' }]);
});
