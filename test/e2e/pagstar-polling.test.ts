import { randomUUID } from 'node:crypto';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { startTestPaygraph, eventually, type TestPaygraph } from '../helpers/paygraph';
import { encodeGlobalId } from '../../src/lib/global-id';
import type { PagstarSimulator } from '@paygraph/sandbox/pagstar';

/**
 * Pagstar has no webhook for Paygraph to rely on in every set-up, so subscriptions to Pagstar
 * charges are served by polling (docs/providers.md "Pagstar polling"): one poller per charge, HEAD /check first, GET only
 * on change, backoff when Pagstar is down, stop at a terminal status or when nobody watches.
 * Counts come from the simulator's request log, per deposit reference.
 */
const CHECK = 'HEAD /api/v2/wallet/partner/transactions/:external_reference/check';
const DETAILS = 'GET /api/v2/wallet/partner/transactions/:external_reference';
const CREATE = `mutation($input: CreatePixChargeInput!) { createPixCharge(input: $input) { pixCharge { id txid status } userErrors { code message } } }`;
const NODE = `query($id: ID!) { node(id: $id) { id ... on PixCharge { status providerStatus } } }`;
const UPDATED = `subscription($id: ID!) { pixChargeUpdated(id: $id) { id status } }`;
const EVENTS = `subscription($filter: PaymentEventFilter) { paymentEvents(filter: $filter) { id type provider subject { id ... on PixCharge { status } } } }`;
const INTERVAL_MS = 50;

let app: TestPaygraph;
let sim: PagstarSimulator;
const clients: Client[] = [];

beforeAll(async () => {
  app = await startTestPaygraph(
    { PAGSTAR_POLL_INTERVAL_MS: String(INTERVAL_MS), PAGSTAR_RETRY_LIMIT: '1' },
    { pagstarSimulator: { sandboxDelayMs: 0, webhookRetryDelaysMs: [20, 20] } },
  );
  sim = app.sandbox!.pagstar;
});
afterEach(async () => {
  sim.faults.reset();
  for (const client of clients.splice(0)) await client.dispose();
  await eventually(async () => app.services.bus.subscriberCount === 0, 3_000);
});
afterAll(() => app.close());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function calls(route: string, reference: string): number {
  return sim.counters.log.filter((entry) => entry.route === route && entry.path.includes(reference)).length;
}

async function createCharge(amount: string): Promise<{ id: string; txid: string }> {
  const response = await app.gql(CREATE, { input: { provider: 'PAGSTAR', amount } });
  expect(response.data.createPixCharge.userErrors).toEqual([]);
  return response.data.createPixCharge.pixCharge;
}

function newClient(): Client {
  const client = createClient({ url: app.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0 });
  clients.push(client);
  return client;
}

/** Starts `count` subscriptions and resolves once the server registered all of them. */
async function subscribeMany(client: Client, query: string, variables: Record<string, unknown>, count: number): Promise<Array<AsyncIterableIterator<any>>> {
  const before = app.services.bus.subscriberCount;
  const iterators = Array.from({ length: count }, () => client.iterate({ query, variables }));
  const firsts = iterators.map((iterator) => iterator.next());
  await eventually(async () => app.services.bus.subscriberCount >= before + count, 5_000, 5);
  // Keep the pending first results: re-expose them through a wrapper per iterator.
  return iterators.map((iterator, i) => {
    let first: Promise<IteratorResult<any>> | undefined = firsts[i];
    return {
      next: () => {
        const pending = first;
        first = undefined;
        return pending ?? iterator.next();
      },
      return: () => iterator.return!(),
      [Symbol.asyncIterator]() {
        return this;
      },
    } as AsyncIterableIterator<any>;
  });
}

/**
 * `count` pixChargeUpdated subscriptions; resolves once each has sent the charge's current state
 * (ACTIVE), which it does right after registering with the bus. Iterators continue after it.
 */
async function watchMany(client: Client, id: string, count: number): Promise<Array<AsyncIterableIterator<any>>> {
  const iterators = Array.from({ length: count }, () => client.iterate({ query: UPDATED, variables: { id } }));
  const firsts = await within(Promise.all(iterators.map((iterator) => iterator.next())), 15_000);
  for (const first of firsts) expect(first.value.data.pixChargeUpdated).toEqual({ id, status: 'ACTIVE' });
  return iterators;
}

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`nothing within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** Resolves when the check counter of `reference` has not moved for `quietMs`. */
async function checksSettle(reference: string, quietMs = 4 * INTERVAL_MS): Promise<number> {
  let last = calls(CHECK, reference);
  for (let i = 0; i < 20; i++) {
    await sleep(quietMs);
    const now = calls(CHECK, reference);
    if (now === last) return now;
    last = now;
  }
  throw new Error('status checks never stopped');
}

describe('Pagstar charge polling', () => {
  test('50 subscribers on one charge share ONE poller; GET only after a change; it stops at PAID', async () => {
    const charge = await createCharge('21.00');
    const subscriptions = [...(await watchMany(newClient(), charge.id, 25)), ...(await watchMany(newClient(), charge.id, 25))];
    // Each subscription read the current state once when it started; the poller reads nothing more.
    const initialReads = calls(DETAILS, charge.txid);
    expect(initialReads).toBe(50);
    const start = calls(CHECK, charge.txid);
    await sleep(12 * INTERVAL_MS);
    const checks = calls(CHECK, charge.txid) - start;
    // One poller makes ~12 checks in 12 intervals; 50 pollers would make ≥ 50 in the first one.
    expect(checks).toBeGreaterThanOrEqual(3);
    expect(checks).toBeLessThanOrEqual(25);
    expect(calls(DETAILS, charge.txid)).toBe(initialReads); // pending all along: no full read

    expect(await sim.payDeposit(charge.txid)).toBe(true);
    const updates = await within(Promise.all(subscriptions.map((s) => s.next())), 5_000);
    for (const update of updates) expect(update.value.data.pixChargeUpdated).toEqual({ id: charge.id, status: 'PAID' });
    // The change was read in full by the poller and by the webhook confirmation, once each.
    expect(calls(DETAILS, charge.txid) - initialReads).toBeGreaterThanOrEqual(1);
    expect(calls(DETAILS, charge.txid) - initialReads).toBeLessThanOrEqual(2);

    // Terminal status: the poller is gone although 50 subscribers are still connected.
    const settled = await checksSettle(charge.txid);
    await sleep(6 * INTERVAL_MS);
    expect(calls(CHECK, charge.txid)).toBe(settled);
  });

  test('a paid charge is reported once when both the poller and the webhook see it', async () => {
    const charge = await createCharge('22.00');
    const client = newClient();
    const [events] = await subscribeMany(client, EVENTS, { filter: { subjectId: charge.id } }, 1);
    await watchMany(client, charge.id, 1); // starts the poller
    const initialReads = calls(DETAILS, charge.txid);
    const received: any[] = [];
    void (async () => {
      for await (const event of events) received.push(event.data.paymentEvents);
    })().catch(() => undefined);
    await eventually(async () => calls(CHECK, charge.txid) > 0, 3_000, 5);

    expect(await sim.payDeposit(charge.txid)).toBe(true);
    await eventually(async () => sim.deliveries().some((d) => d.payload.external_reference === charge.txid && d.ok), 3_000);
    await app.services.relay.idle();
    await checksSettle(charge.txid);
    await eventually(async () => received.length > 0, 3_000);
    await sleep(5 * INTERVAL_MS);

    // Both paths confirmed the payment with a GET, and the bus published one event.
    expect(calls(DETAILS, charge.txid) - initialReads).toBe(2);
    expect(received).toEqual([{ id: expect.any(String), type: 'PIX_CHARGE_PAID', provider: 'PAGSTAR', subject: { id: charge.id, status: 'PAID' } }]);
  });

  test('the poller stops when the last subscriber leaves', async () => {
    const charge = await createCharge('23.00');
    const subscribers = [newClient(), newClient(), newClient()];
    for (const client of subscribers) await watchMany(client, charge.id, 1);
    await eventually(async () => calls(CHECK, charge.txid) >= 3, 3_000, 5);

    await subscribers[0].dispose();
    await subscribers[1].dispose();
    const stillPolling = calls(CHECK, charge.txid);
    await eventually(async () => calls(CHECK, charge.txid) > stillPolling + 2, 3_000, 5); // one subscriber left: still polling

    await subscribers[2].dispose();
    await eventually(async () => app.services.bus.subscriberCount === 0, 3_000, 5);
    const settled = await checksSettle(charge.txid);
    await sleep(6 * INTERVAL_MS);
    expect(calls(CHECK, charge.txid)).toBe(settled);
  });

  test('Pagstar down: pollers back off, node(id) fails with a retryable typed error, polling recovers', async () => {
    const charge = await createCharge('24.00');
    const [updates] = await watchMany(newClient(), charge.id, 1);
    const checks = () => sim.counters.log.filter((entry) => entry.route === CHECK && entry.path.includes(charge.txid));
    await eventually(async () => checks().length >= 3, 3_000, 5); // polling while healthy

    // Backoff, judged from the simulator's request log: after the n-th failure in a row the next
    // probe waits at least interval × 2^(n-1) (equal jitter: half the ceiling at least). Timers
    // never fire early, so these lower bounds hold however loaded the machine is.
    sim.faults.set({ errorRate: 1, errorStatus: 503 });
    const failed = () => checks().filter((entry) => entry.status === 503);
    await eventually(async () => failed().length >= 5, 10_000, 10);
    const at = failed()
      .slice(0, 5)
      .map((entry) => entry.at);
    for (let n = 1; n < at.length; n++) {
      expect(at[n] - at[n - 1]).toBeGreaterThanOrEqual(INTERVAL_MS * 2 ** (n - 1) - 2);
    }

    // node(id:) is admitted at 1 provider call: its one GET fails and no retry fits in that estimate
    // (docs/security.md, "the estimate is a ceiling"). The pollers are not budgeted and keep going.
    const response = await app.gql(NODE, { id: charge.id });
    expect(response.data?.node ?? null).toBeNull();
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'COST_BUDGET_EXHAUSTED', provider: 'PAGSTAR', retryable: true });

    sim.faults.reset();
    expect(await sim.payDeposit(charge.txid)).toBe(true);
    const { value } = await within(updates.next(), 8_000);
    expect(value.data.pixChargeUpdated).toEqual({ id: charge.id, status: 'PAID' });
  });

  test('node(id) of an unknown Pagstar reference is null; watching it ends with NOT_FOUND and polls at most once', async () => {
    const reference = randomUUID();
    const id = encodeGlobalId('PixCharge', 'PAGSTAR', reference);
    const response = await app.gql(NODE, { id });
    expect(response.errors).toBeUndefined();
    expect(response.data.node).toBeNull();

    const updates = newClient().iterate({ query: UPDATED, variables: { id } });
    // graphql-ws delivers a failed subscribe as one result with errors, then completes.
    const { value } = await within(updates.next(), 5_000);
    expect(value).toEqual({ errors: [expect.objectContaining({ extensions: expect.objectContaining({ code: 'NOT_FOUND' }) })] });
    expect((await within(updates.next(), 5_000)).done).toBe(true);
    // The poller started with the subscription (so no change could slip by) and stopped with it.
    await eventually(async () => app.services.bus.subscriberCount === 0, 3_000, 5);
    expect(await checksSettle(reference)).toBeLessThanOrEqual(1);
  });

  // Last: advancing the simulator clock ends every pending deposit of this file.
  test('a deposit Pagstar cancels after expiry + 1 h → EXPIRED, once, and the poller stops', async () => {
    const response = await app.gql(CREATE, { input: { provider: 'PAGSTAR', amount: '25.00', expiresIn: 60 } });
    const charge = response.data.createPixCharge.pixCharge;
    const client = newClient();
    const [events] = await subscribeMany(client, EVENTS, { filter: { subjectId: charge.id } }, 1);
    const [updates] = await watchMany(client, charge.id, 1);

    sim.clock.advance(60_000); // expired, but Pagstar still accepts payment for an hour: still pending
    await sleep(5 * INTERVAL_MS);
    expect((await app.gql(NODE, { id: charge.id })).data.node).toEqual({ id: charge.id, status: 'ACTIVE', providerStatus: '0' });

    sim.clock.advance(60 * 60_000);
    const { value } = await within(updates.next(), 5_000);
    expect(value.data.pixChargeUpdated).toEqual({ id: charge.id, status: 'EXPIRED' });
    const { value: event } = await within(events.next(), 5_000);
    expect(event.data.paymentEvents).toMatchObject({ type: 'PIX_CHARGE_EXPIRED', subject: { id: charge.id, status: 'EXPIRED' } });
    await app.services.relay.idle();
    await checksSettle(charge.txid);
    expect(await within(Promise.race([events.next(), sleep(5 * INTERVAL_MS).then(() => 'none')]), 2_000)).toBe('none');
  });
});
