import { randomUUID } from 'node:crypto';
import { request } from 'undici';
import { startTestPaygraph, eventually, type TestPaygraph } from '../../helpers/paygraph';
import { subscribe, untilSubscribers, type TestSubscription } from '../../helpers/subscriptions';
import { batchInput, CANCEL_BATCH, CREATE_BATCH, RELEASE_BATCH } from '../../helpers/pix-payouts';

/**
 * Issue 26 item 2b: every step of a payout batch is an event, and each payment's outcome is an
 * event about that payment (PIX_PAYOUT_PAYMENT_UPDATED, subject the PixPayout Node).
 */
const EVENTS = `subscription { paymentEvents(filter: { types: [PIX_PAYOUT_UPDATED, PIX_PAYOUT_PAYMENT_UPDATED] }) {
  id type
  subject { id
    ... on PixPayoutBatch { status paidCount }
    ... on PixPayout { paymentId paymentStatus: status failureReason batch { id } }
  }
} }`;
const BATCH_UPDATED = `subscription($id: ID!) { pixPayoutBatchUpdated(id: $id) { id status paidCount } }`;
const PAYOUT_UPDATED = `subscription($id: ID!) { pixPayoutUpdated(id: $id) { id paymentId status } }`;
const NODE = `query($id: ID!) { node(id: $id) { __typename id ... on PixPayout { paymentId status provider batch { id status } } } }`;
const PAYMENT_IDS = `query($id: ID!) { node(id: $id) { ... on PixPayoutBatch { payments(first: 10) { edges { node { id paymentId status } } } } } }`;

let app: TestPaygraph;
let subs: TestSubscription[] = [];
beforeAll(async () => {
  app = await startTestPaygraph({}, { astraSimulator: { sandboxDelayMs: 20 } });
});
afterEach(async () => {
  await Promise.all(subs.map((s) => s.close()));
  subs = [];
  await untilSubscribers(() => -app.services.bus.subscriberCount, 0);
});
afterAll(() => app.close());

function open(query: string, variables?: Record<string, unknown>): TestSubscription {
  const sub = subscribe(app.wsUrl, query, variables);
  subs.push(sub);
  return sub;
}

async function create(count: number): Promise<any> {
  const response = await app.gql(CREATE_BATCH, { input: batchInput(count) });
  expect(response.data.createPixPayoutBatch.userErrors).toEqual([]);
  return response.data.createPixPayoutBatch.pixPayoutBatch;
}

const ofBatch = (sub: TestSubscription, batchId: string) => sub.received.map((m) => m.paymentEvents).filter((e) => e.subject.id === batchId || e.subject.batch?.id === batchId);

async function settled(): Promise<void> {
  await app.sandbox!.astra.waitForIdle();
  await app.services.relay.idle();
}

describe('payout batch steps and per-payment events', () => {
  test('a 3-payment batch: CREATED, PROCESSING and PARTIALLY_COMPLETED steps each once; one PIX_PAYOUT_PAYMENT_UPDATED per payment naming it', async () => {
    const events = open(EVENTS);
    await untilSubscribers(() => app.services.bus.subscriberCount, 1);
    // Payments: 1.50, 2.50 and PAY-2 forced to end in ,99 (fails in the sandbox, ASM-A35).
    const input = batchInput(3);
    input.payments[2].amount = '3.99';
    const created = await app.gql(CREATE_BATCH, { input });
    const batch = created.data.createPixPayoutBatch.pixPayoutBatch;
    const updates = open(BATCH_UPDATED, { id: batch.id });
    expect((await updates.waitFor(1)).pixPayoutBatchUpdated.status).toBe('CREATED');
    await untilSubscribers(() => app.services.bus.subscriberCount, 2);

    await app.gql(RELEASE_BATCH, { id: batch.id });
    await settled();
    const steps = await eventually(async () => {
      const found = ofBatch(events, batch.id);
      return found.filter((e) => e.type === 'PIX_PAYOUT_UPDATED').length >= 3 && found.filter((e) => e.type === 'PIX_PAYOUT_PAYMENT_UPDATED').length >= 3 && found;
    });
    const batchSteps = steps.filter((e) => e.type === 'PIX_PAYOUT_UPDATED').map((e) => `${e.subject.status}/${e.subject.paidCount}`);
    expect(batchSteps).toEqual(['CREATED/0', 'PROCESSING/0', 'PARTIALLY_COMPLETED/2']);
    const payments = steps.filter((e) => e.type === 'PIX_PAYOUT_PAYMENT_UPDATED').map((e) => e.subject);
    expect(payments.map((p) => `${p.paymentId}:${p.paymentStatus}`).sort()).toEqual(['PAY-0:PAID', 'PAY-1:PAID', 'PAY-2:FAILED']);
    expect(new Set(payments.map((p) => p.id)).size).toBe(3);
    expect(payments.every((p) => p.batch.id === batch.id)).toBe(true);
    expect(payments.find((p) => p.paymentId === 'PAY-2').failureReason).toBeTruthy();

    const batchMessages = await eventually(async () => updates.received.length >= 3 && updates.received);
    expect(batchMessages.map((m) => m.pixPayoutBatchUpdated.status)).toEqual(['CREATED', 'PROCESSING', 'PARTIALLY_COMPLETED']);
  });

  test('a PixPayout is a Node: node(id:) re-reads it with its batch; pixPayoutUpdated emits it now and when it is paid', async () => {
    const batch = await create(2);
    const listed = await app.gql(PAYMENT_IDS, { id: batch.id });
    const [first] = listed.data.node.payments.edges.map((e: any) => e.node);
    expect(first).toMatchObject({ paymentId: 'PAY-0', status: 'PENDING' });
    const read = await app.gql(NODE, { id: first.id });
    expect(read.data.node).toMatchObject({
      __typename: 'PixPayout',
      id: first.id,
      paymentId: 'PAY-0',
      status: 'PENDING',
      provider: 'ASTRA',
      batch: { id: batch.id, status: 'CREATED' },
    });

    const updates = open(PAYOUT_UPDATED, { id: first.id });
    expect((await updates.waitFor(1)).pixPayoutUpdated).toMatchObject({ id: first.id, status: 'PENDING' });
    await app.gql(RELEASE_BATCH, { id: batch.id });
    await settled();
    const paid = await eventually(async () => updates.received.find((m) => m.pixPayoutUpdated.status === 'PAID'));
    expect(paid.pixPayoutUpdated.paymentId).toBe('PAY-0');
    const again = await app.gql(NODE, { id: first.id });
    expect(again.data.node.status).toBe('PAID');
  });

  test('a cancelled batch publishes its CANCELLED step', async () => {
    const events = open(EVENTS);
    await untilSubscribers(() => app.services.bus.subscriberCount, 1);
    const batch = await create(1);
    await app.gql(CANCEL_BATCH, { id: batch.id });
    const steps = await eventually(async () => {
      const found = ofBatch(events, batch.id);
      return found.length >= 2 && found;
    });
    expect(steps.map((e) => `${e.type}:${e.subject.status}`)).toEqual(['PIX_PAYOUT_UPDATED:CREATED', 'PIX_PAYOUT_UPDATED:CANCELLED']);
  });

  test('a PIX_OUTBOUND delivered twice publishes its payment event and batch step once', async () => {
    const batch = await create(1);
    await app.gql(RELEASE_BATCH, { id: batch.id });
    await settled();
    const events = open(`subscription($after: String) { paymentEvents(after: $after) { id type subject { id } } }`);
    await untilSubscribers(() => app.services.bus.subscriberCount, 1);
    const published = () => app.services.metrics.get('paygraph_webhook_events_total', { provider: 'ASTRA', result: 'published' });
    const duplicates = () => app.services.metrics.get('paygraph_webhook_events_total', { provider: 'ASTRA', result: 'duplicate_event' });
    const before = published();
    const duplicatesBefore = duplicates();
    const url = await registeredUrl('PIX_OUTBOUND');
    const payment = await app.gql(PAYMENT_IDS, { id: batch.id });
    expect(payment.data.node.payments.edges[0].node.status).toBe('PAID');
    // The provider's retry of the same delivery (the dedupe key is forgotten to force a second confirmation).
    const body = { checkoutId: batch.batchId, paymentId: 'PAY-0', status: 'PAID', amount: 1.5, processedAt: new Date().toISOString() };
    await forgetDedupe(`ASTRA:outbound:${batch.batchId}:PAY-0:PAID`);
    expect(await post(url, body)).toBe(200);
    await settled();
    expect(published() - before).toBe(0);
    // Both events of the delivery (the payment's and the batch step) were recognised by their ids.
    expect(duplicates() - duplicatesBefore).toBe(2);
    expect(events.received).toEqual([]);
  });
});

async function registeredUrl(type: string): Promise<string> {
  const token = await app.providers.astra.tokens.getToken();
  const response = await request(`${app.sandbox!.astra.url}/webhook/v1?type=${type}`, { headers: { authorization: `Bearer ${token}`, 'x-transaction-id': randomUUID() } });
  const body = (await response.body.json()) as { content: Array<{ url: string }> };
  return body.content[0].url;
}

async function post(url: string, body: unknown): Promise<number> {
  const response = await request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  await response.body.text();
  return response.statusCode;
}

async function forgetDedupe(key: string): Promise<void> {
  // The memory inbox's dedupe set: only a provider retry after the 24 h window would pass it.
  const inbox = (app.services.relay as any).inbox;
  await inbox.forget(key);
}
