import { startTestPaygraph, eventually, type TestPaygraph } from '../helpers/paygraph';
import { subscribe, untilSubscribers, type TestSubscription } from '../helpers/subscriptions';
import { batchInput, BATCH_PAYMENTS, CANCEL_BATCH, CREATE_BATCH, payment, RELEASE_BATCH } from '../helpers/pix-payouts';
import { defaultGraphiqlTabs } from '../../src/graphiql/default-tabs';
import { encodeGlobalId } from '../../src/lib/global-id';
import { brasiliaToday } from '../../src/lib/brasilia-calendar';

const ROUTE = {
  create: 'POST /v1/pix-checkout',
  details: 'GET /v1/pix-checkout/:checkoutId',
  payments: 'GET /v1/pix-checkout/:checkoutId/payments',
  release: 'PUT /v1/pix-checkout/:checkoutId/release',
  cancel: 'PUT /v1/pix-checkout/:checkoutId/cancel',
};
const EVENTS = `subscription { paymentEvents(filter: { types: [PIX_PAYOUT_PAYMENT_UPDATED] }) { id type subject { id ... on PixPayout { paymentId batch { id } } } } }`;
const UPDATED = `subscription($id: ID!) { pixPayoutBatchUpdated(id: $id) { id status paidCount completedAt } }`;

let app: TestPaygraph;
let subs: TestSubscription[] = [];
beforeAll(async () => {
  app = await startTestPaygraph();
});
afterEach(async () => {
  await Promise.all(subs.map((s) => s.close()));
  subs = [];
  await untilSubscribers(() => -app.services.bus.subscriberCount, 0);
});
afterAll(() => app.close());

const count = (route: string) => app.sandbox!.astra.counters.count(route);
const published = () => app.services.metrics.get('paygraph_webhook_events_total', { provider: 'ASTRA', result: 'published' });

function calls(): () => Record<string, number> {
  const before = Object.fromEntries(Object.entries(ROUTE).map(([name, route]) => [name, count(route)]));
  return () => Object.fromEntries(Object.entries(ROUTE).map(([name, route]) => [name, count(route) - before[name]]));
}

async function create(payments: number): Promise<any> {
  const response = await app.gql(CREATE_BATCH, { input: batchInput(payments) });
  expect(response.data.createPixPayoutBatch.userErrors).toEqual([]);
  return response.data.createPixPayoutBatch.pixPayoutBatch;
}

async function allPayments(id: string, status?: string): Promise<any[]> {
  const items: any[] = [];
  for (let after: string | undefined; ;) {
    const response = await app.gql(BATCH_PAYMENTS, { id, first: 100, after, status });
    const connection = response.data.node.payments;
    items.push(...connection.edges.map((edge: any) => edge.node));
    if (!connection.pageInfo.hasNextPage) return items;
    after = connection.pageInfo.endCursor;
  }
}

describe('Pix payout batches through the graph', () => {
  test('1,000 payments: one POST, read in pages, released, PARTIALLY_COMPLETED with exactly the ,99 payments failed', async () => {
    const events = subscribe(app.wsUrl, EVENTS);
    subs.push(events);
    await untilSubscribers(() => app.services.bus.subscriberCount, 1);
    const measured = calls();
    const batch = await create(1000);
    expect(batch).toMatchObject({ status: 'CREATED', paymentCount: 1000, paidCount: 0 });
    expect(measured()).toMatchObject({ create: 1, details: 0 });

    const pending = await allPayments(batch.id);
    expect(pending.map((p) => p.paymentId)).toEqual(Array.from({ length: 1000 }, (_, i) => `PAY-${i}`));
    expect(measured().payments).toBe(10);

    const updates = subscribe(app.wsUrl, UPDATED, { id: batch.id });
    subs.push(updates);
    expect((await updates.waitFor(1)).pixPayoutBatchUpdated.status).toBe('CREATED');
    const release = await app.gql(RELEASE_BATCH, { id: batch.id });
    expect(release.data.releasePixPayoutBatch).toMatchObject({ userErrors: [], pixPayoutBatch: { status: 'PROCESSING' } });
    expect(measured()).toMatchObject({ release: 1 });

    const before = published();
    await app.sandbox!.astra.waitForIdle();
    const paymentEvents = () => events.received.length;
    await eventually(async () => paymentEvents() >= 1000, 60_000);
    await app.services.relay.idle();
    // One PIX_PAYOUT_PAYMENT_UPDATED per delivery (1,000, none twice), plus each batch step the
    // re-reads saw once (PIX_PAYOUT_UPDATED, ids from the step: the sandbox settles a batch at once).
    const steps = published() - before - 1000;
    expect(steps).toBeGreaterThanOrEqual(1);
    expect(steps).toBeLessThanOrEqual(3);
    const final = await eventually(async () => updates.received.find((u) => u.pixPayoutBatchUpdated.status === 'PARTIALLY_COMPLETED'), 10_000);
    expect(final.pixPayoutBatchUpdated.paidCount).toBe(900);
    const failed = await allPayments(batch.id, 'FAILED');
    expect(failed.map((p) => p.paymentId)).toEqual(Array.from({ length: 100 }, (_, k) => `PAY-${k * 10 + 9}`));
    expect(failed.every((p) => p.amount.amount.endsWith('.99') && p.failureReason && p.endToEndId === null)).toBe(true);
    const paid = await allPayments(batch.id, 'PAID');
    expect(paid).toHaveLength(900);
    expect(paid.every((p) => /^E/.test(p.endToEndId))).toBe(true);
    expect(events.received).toHaveLength(1000);
    expect(new Set(events.received.map((e) => e.paymentEvents.subject.paymentId)).size).toBe(1000);
    expect(events.received.every((e) => e.paymentEvents.subject.batch.id === batch.id)).toBe(true);
    // The closing note's measured counts.
    console.log(
      'provider calls (1,000-payment flow incl. 1,000 PIX_OUTBOUND confirmations):',
      JSON.stringify(measured()),
      'pixPayoutBatchUpdated messages:',
      updates.received.length,
    );
    // A volume test: 1,000 deliveries confirmed and published. It takes a few seconds alone but shares one
    // core with the rest of the suite in CI's one-core runs, where jest's 20 s default was once exceeded.
  }, 90_000);

  test('release is a state transition: two concurrent releases send ONE release; cancel afterwards → INVALID_STATE', async () => {
    const batch = await create(3);
    const measured = calls();
    const [a, b] = await Promise.all([app.gql(RELEASE_BATCH, { id: batch.id }), app.gql(RELEASE_BATCH, { id: batch.id })]);
    for (const response of [a, b]) expect(response.data.releasePixPayoutBatch).toMatchObject({ userErrors: [], pixPayoutBatch: { id: batch.id } });
    expect(measured().release).toBe(1);
    const again = await app.gql(RELEASE_BATCH, { id: batch.id });
    expect(again.data.releasePixPayoutBatch.pixPayoutBatch.status).not.toBe('CREATED');
    expect(measured().release).toBe(1);
    const cancel = await app.gql(CANCEL_BATCH, { id: batch.id });
    expect(cancel.data.cancelPixPayoutBatch.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_STATE', field: ['input', 'batchId'] })]);
    expect(measured().cancel).toBe(0);
  });

  test('release and cancel at once: one wins, the other answers INVALID_STATE (never PROVIDER_REJECTED)', async () => {
    const batch = await create(2);
    const [release, cancel] = await Promise.all([app.gql(RELEASE_BATCH, { id: batch.id }), app.gql(CANCEL_BATCH, { id: batch.id })]);
    const outcomes = [release.data.releasePixPayoutBatch, cancel.data.cancelPixPayoutBatch];
    const codes = outcomes.map((payload: any) => payload.userErrors.map((e: any) => e.code).join()).sort();
    expect(codes).toEqual(['', 'INVALID_STATE']);
    const winner = outcomes.find((payload: any) => payload.userErrors.length === 0).pixPayoutBatch.status;
    const node = await app.gql(`query($id: ID!) { node(id: $id) { ... on PixPayoutBatch { status } } }`, { id: batch.id });
    expect(winner === 'CANCELLED' ? node.data.node.status === 'CANCELLED' : node.data.node.status !== 'CANCELLED').toBe(true);
  });

  test('a cancelled batch cannot be released (INVALID_STATE, no release call)', async () => {
    const batch = await create(2);
    const measured = calls();
    const cancel = await app.gql(CANCEL_BATCH, { id: batch.id });
    expect(cancel.data.cancelPixPayoutBatch).toMatchObject({ userErrors: [], pixPayoutBatch: { status: 'CANCELLED' } });
    const release = await app.gql(RELEASE_BATCH, { id: batch.id });
    expect(release.data.releasePixPayoutBatch.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_STATE' })]);
    expect(measured()).toMatchObject({ cancel: 1, release: 0 });
  });

  test('a payment scheduled for tomorrow waits for the simulator date (ASM-A35), then the batch completes', async () => {
    const tomorrow = brasiliaToday(new Date(Date.now() + 86_400_000));
    const response = await app.gql(CREATE_BATCH, { input: batchInput(0, { payments: [payment(0), payment(1, { scheduledDate: tomorrow })] }) });
    const batch = response.data.createPixPayoutBatch.pixPayoutBatch;
    await app.gql(RELEASE_BATCH, { id: batch.id });
    await app.sandbox!.astra.waitForIdle();
    expect((await allPayments(batch.id)).map((p) => p.status)).toEqual(['PAID', 'PENDING']);
    app.sandbox!.astra.clock.advance(86_400_000);
    await app.sandbox!.astra.waitForIdle();
    expect((await allPayments(batch.id)).map((p) => p.status)).toEqual(['PAID', 'PAID']);
    const node = await app.gql(`query($id: ID!) { node(id: $id) { ... on PixPayoutBatch { status paidCount completedAt } } }`, { id: batch.id });
    expect(node.data.node).toMatchObject({ status: 'COMPLETED', paidCount: 2 });
  });

  test('pixPayoutBatches lists the batches this client created, newest first', async () => {
    const first = await create(1);
    const second = await create(1);
    const response = await app.gql(`{ pixPayoutBatches(first: 2) { totalCount edges { node { id status } } } }`);
    expect(response.data.pixPayoutBatches.edges.map((e: any) => e.node.id)).toEqual([second.id, first.id]);
  });

  test('the GraphiQL payout tabs run as shipped: released, PARTIALLY_COMPLETED, the ,99 payment FAILED', async () => {
    const tab = (name: string) => defaultGraphiqlTabs(true).find((candidate) => candidate.name === name)!;
    const created = await app.gql(tab('PayoutBatch').query);
    expect(created.data.createPixPayoutBatch.userErrors).toEqual([]);
    const id = created.data.createPixPayoutBatch.pixPayoutBatch.id;
    expect((await app.gql(tab('PayoutBatch').query)).data.createPixPayoutBatch.pixPayoutBatch.id).toBe(id);
    const released = await app.gql(tab('ReleasePayoutBatch').query, { id });
    expect(released.data.releasePixPayoutBatch.userErrors).toEqual([]);
    await app.sandbox!.astra.waitForIdle();
    const read = await app.gql(tab('PayoutBatchPayments').query, { id });
    expect(read.data.node.status).toBe('PARTIALLY_COMPLETED');
    expect(read.data.node.payments.edges.map((e: any) => [e.node.paymentId, e.node.status])).toEqual([
      ['PAY-1', 'PAID'],
      ['PAY-2', 'FAILED'],
      ['PAY-3', 'PAID'],
    ]);
  });

  test('unknown and malformed batch ids: NOT_FOUND / INVALID user errors; pixPayoutBatchUpdated of an unknown batch ends with NOT_FOUND', async () => {
    const unknownId = encodeGlobalId('PixPayoutBatch', 'ASTRA', 'PGnope');
    expect((await app.gql(CANCEL_BATCH, { id: unknownId })).data.cancelPixPayoutBatch.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
    expect((await app.gql(RELEASE_BATCH, { id: 'not-an-id' })).data.releasePixPayoutBatch.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID', field: ['input', 'batchId'] }),
    ]);
    const updates = subscribe(app.wsUrl, UPDATED, { id: unknownId });
    subs.push(updates);
    await updates.completed;
    expect(updates.received).toEqual([]);
    expect(JSON.stringify(updates.errors)).toContain('NOT_FOUND');
  });
});
