import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { startTestPaygraph, eventually, type TestPaygraph } from '../helpers/paygraph';
import { operation } from '../helpers/operations';
import type { SimCounters } from '@paygraph/sandbox/shared';
import { PROVIDER_MODULES, type ProviderModuleId } from '../../src/provider-modules';
import type { ProviderCode } from '../../src/providers';
import { PIX_CONTRACT_FACTS } from '../helpers/provider-contracts';

/**
 * One contract for every Pix provider: what a frontend relies on must hold whichever provider
 * serves the charge. Real HTTP through the graph against the embedded simulators.
 */
const CREATE = operation('create-pix-charge');
const GET = operation('get-pix-charge');
const SIMULATE = `mutation($input: SimulatePixChargePaymentInput!) {
  simulatePixChargePayment(input: $input) { pixCharge { id status } userErrors { field code message } }
}`;
const UPDATED = `subscription($id: ID!) { pixChargeUpdated(id: $id) { id status provider amount { amount } } }`;

let app: TestPaygraph;
const clients: Client[] = [];

beforeAll(async () => {
  app = await startTestPaygraph(
    { PAGSTAR_POLL_INTERVAL_MS: '50' },
    { astraSimulator: { sandboxDelayMs: 30 }, pagstarSimulator: { sandboxDelayMs: 30, webhookRetryDelaysMs: [20, 20] }, pixApiSimulator: { sandboxDelayMs: 30 } },
  );
});
afterEach(async () => {
  for (const client of clients.splice(0)) await client.dispose();
});
afterAll(() => app.close());

/** Per provider module: its simulator's counters, create route and description limit. */
function contractOf(id: ProviderModuleId): { counters: SimCounters; createRoute: string; descriptionMax: number } {
  return { counters: app.sandbox![id].counters, ...PIX_CONTRACT_FACTS[id] };
}

async function create(provider: ProviderCode, input: Record<string, unknown>): Promise<any> {
  const response = await app.gql(CREATE, { input: { provider, ...input } });
  expect(response.errors).toBeUndefined();
  expect(response.data.createPixCharge.userErrors).toEqual([]);
  return response.data.createPixCharge.pixCharge;
}

async function nodeOf(id: string): Promise<any> {
  const response = await app.gql(GET, { id });
  expect(response.errors).toBeUndefined();
  return response.data.node;
}

function subscribe(id: string): AsyncIterableIterator<any> {
  const client = createClient({ url: app.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0 });
  clients.push(client);
  return client.iterate({ query: UPDATED, variables: { id } });
}

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: nothing within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// Every module of the list (src/provider-modules.ts), not a hand-written pair.
const MODULES = PROVIDER_MODULES.map((module) => ({ id: module.id, provider: module.info.code }));

describe.each(MODULES)('Pix charge contract: $provider', ({ id, provider }) => {
  test('create → node(id) → auto-paid (amount ending in ,01) → PAID', async () => {
    const charge = await create(provider, { amount: '10.01', description: 'Order 7', reference: `order-7-${provider}` });
    expect(charge).toMatchObject({ provider, status: 'ACTIVE', amount: { amount: '10.01', currency: 'BRL' }, amountRefunded: { amount: '0.00' } });
    expect(charge.txid).toEqual(expect.any(String));
    expect(charge.brCode).toEqual(expect.any(String));
    expect(charge.qrCodeSvg).toMatch(/^<svg/);

    const read = await nodeOf(charge.id);
    expect(read).toMatchObject({ __typename: 'PixCharge', id: charge.id, txid: charge.txid, provider, amount: { amount: '10.01' } });

    const paid = await eventually(async () => {
      const current = await nodeOf(charge.id);
      return current.status === 'PAID' ? current : undefined;
    });
    expect(paid.providerStatus).toEqual(expect.any(String));
    expect(paid.refunds).toMatchObject({ totalCount: 0, edges: [] });
  });

  test('simulatePixChargePayment pays an ACTIVE charge → PAID', async () => {
    const charge = await create(provider, { amount: '12.00' });
    const response = await app.gql(SIMULATE, { input: { chargeId: charge.id } });
    expect(response.errors).toBeUndefined();
    expect(response.data.simulatePixChargePayment.userErrors).toEqual([]);
    expect(response.data.simulatePixChargePayment.pixCharge).toMatchObject({ id: charge.id, status: 'PAID' });
    expect((await nodeOf(charge.id)).status).toBe('PAID');
  });

  test.each([
    ['amount "0"', { amount: '0' }, ['input', 'amount']],
    ['amount "abc"', { amount: 'abc' }, ['input', 'amount']],
    ['a description over the provider limit', (max: number) => ({ amount: '5.00', description: 'x'.repeat(max + 1) }), ['input', 'description']],
  ] as const)('bad input (%s) is rejected before any provider call', async (_name, input, field) => {
    const { counters, createRoute, descriptionMax } = contractOf(id);
    const logStart = counters.log.length;
    const body = typeof input === 'function' ? input(descriptionMax) : input;
    const response = await app.gql(CREATE, { input: { provider, ...body } });
    expect(response.errors).toBeUndefined();
    expect(response.data.createPixCharge.pixCharge).toBeNull();
    expect(response.data.createPixCharge.userErrors).toEqual([expect.objectContaining({ field, code: 'INVALID' })]);
    // Background status checks of other tests' charges may run meanwhile; nothing else may.
    const calls = counters.log.slice(logStart).filter((entry) => !entry.route.endsWith('/check'));
    expect(calls).toEqual([]);
    expect(counters.log.slice(logStart).some((entry) => entry.route === createRoute)).toBe(false);
  });

  test('the description limit itself is accepted', async () => {
    const { descriptionMax } = contractOf(id);
    const charge = await create(provider, { amount: '5.00', description: 'y'.repeat(descriptionMax) });
    expect(charge.status).toBe('ACTIVE');
  });

  test('a graphql-ws pixChargeUpdated subscriber receives the current state (ACTIVE), then PAID', async () => {
    const charge = await create(provider, { amount: '15.00' });
    const subscribersBefore = app.services.bus.subscriberCount;
    const updates = subscribe(charge.id);
    const current = await within(updates.next(), 5_000, 'pixChargeUpdated current state');
    expect(current.value.data.pixChargeUpdated).toMatchObject({ id: charge.id, status: 'ACTIVE', provider });
    expect(app.services.bus.subscriberCount).toBeGreaterThan(subscribersBefore);

    const paid = await app.gql(SIMULATE, { input: { chargeId: charge.id } });
    expect(paid.data.simulatePixChargePayment.userErrors).toEqual([]);

    const { value, done } = await within(updates.next(), 5_000, 'pixChargeUpdated');
    expect(done).toBe(false);
    expect(value.errors).toBeUndefined();
    expect(value.data.pixChargeUpdated).toMatchObject({ id: charge.id, status: 'PAID', provider, amount: { amount: '15.00' } });
  });
});
