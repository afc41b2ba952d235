import { randomUUID } from 'node:crypto';
import { request } from 'undici';
import { startTestPaygraph, type TestPaygraph } from '../helpers/paygraph';
import { expectOutcomePending, shortWindowEnv, waitRetryAfter } from '../helpers/in-flight';
import { subscribe, untilSubscribers, type TestSubscription } from '../helpers/subscriptions';
import { batchInput, CREATE_BATCH, RELEASE_BATCH, simCheckoutIds, stallNextCreates } from '../helpers/pix-payouts';

const EVENTS = `subscription { paymentEvents(filter: { types: [PIX_PAYOUT_PAYMENT_UPDATED] }) { id type subject { id ... on PixPayout { batch { id } } } } }`;

let app: TestPaygraph;
let subs: TestSubscription[] = [];
beforeAll(async () => {
  // A short provider timeout, so the stalled create below times out quickly, and a short in-flight
  // window (issue 23), so its key's repeat after the horizon comes seconds later.
  app = await startTestPaygraph(shortWindowEnv(400, 2_000, 2_500));
});
afterEach(async () => {
  await Promise.all(subs.map((s) => s.close()));
  subs = [];
});
afterAll(() => app.close());

const count = (route: string) => app.sandbox!.astra.counters.count(route);
const metric = (result: string) => app.services.metrics.get('paygraph_webhook_events_total', { provider: 'ASTRA', result });

async function createBatch(input: Record<string, unknown>): Promise<any> {
  const response = await app.gql(CREATE_BATCH, { input });
  expect(response.data.createPixPayoutBatch.userErrors).toEqual([]);
  return response.data.createPixPayoutBatch.pixPayoutBatch;
}

async function outboundUrl(): Promise<string> {
  const token = await app.providers.astra.tokens.getToken();
  const response = await request(`${app.sandbox!.astra.url}/webhook/v1?type=PIX_OUTBOUND`, {
    headers: { authorization: `Bearer ${token}`, 'x-transaction-id': randomUUID() },
  });
  const body = (await response.body.json()) as { content: Array<{ url: string }> };
  return body.content[0].url;
}

async function deliver(url: string, payload: Record<string, unknown>): Promise<number> {
  const body = {
    amount: 1.5,
    pixKey: { type: 'CPF', value: '12345678909' },
    beneficiaryName: 'X',
    endToEndId: 'E00000000202501011200FORGEDFORGED',
    processedAt: new Date().toISOString(),
    failureReason: null,
    userReference: null,
    ...payload,
  };
  const response = await request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  await response.body.text();
  return response.statusCode;
}

describe('payout money safety', () => {
  test('a create that times out after the provider stored the batch: OUTCOME_PENDING at once, after the horizon the retry adopts ONE batch', async () => {
    const input = batchInput(5);
    const posts = count('POST /v1/pix-checkout');
    await stallNextCreates(app.sandbox!.astra.url, 1);
    const first = await app.gql(CREATE_BATCH, { input });
    expect(first.errors?.[0].extensions?.code).toBe('PROVIDER_UNAVAILABLE');
    const callsBefore = app.sandbox!.astra.counters.total;
    const pending = await app.gql(CREATE_BATCH, { input });
    const retryAfter = expectOutcomePending(pending);
    expect(app.sandbox!.astra.counters.total).toBe(callsBefore); // not even a read
    await waitRetryAfter(retryAfter);
    const second = await app.gql(CREATE_BATCH, { input });
    const batch = second.data.createPixPayoutBatch.pixPayoutBatch;
    expect(second.data.createPixPayoutBatch.userErrors).toEqual([]);
    expect(batch).toMatchObject({ status: 'CREATED', paymentCount: 5 });
    // A third try replays: still one batch, no further POST.
    const third = await app.gql(CREATE_BATCH, { input });
    expect(third.data.createPixPayoutBatch.pixPayoutBatch.id).toBe(batch.id);
    expect(count('POST /v1/pix-checkout') - posts).toBe(1);
    expect((await simCheckoutIds(app.sandbox!.astra.url)).filter((id) => id === batch.batchId)).toHaveLength(1);
  });

  test('the same key with a different batch is an IDEMPOTENCY_CONFLICT, with no provider call', async () => {
    const input = batchInput(2);
    await createBatch(input);
    const posts = count('POST /v1/pix-checkout');
    const changed = await app.gql(CREATE_BATCH, { input: { ...input, reference: 'another' } });
    expect(changed.data.createPixPayoutBatch.userErrors).toEqual([expect.objectContaining({ code: 'IDEMPOTENCY_CONFLICT' })]);
    expect(count('POST /v1/pix-checkout')).toBe(posts);
  });

  test('forged PIX_OUTBOUND deliveries publish nothing', async () => {
    const events = subscribe(app.wsUrl, EVENTS);
    subs.push(events);
    await untilSubscribers(() => app.services.bus.subscriberCount, 1);
    const url = await outboundUrl();
    const unreleased = await createBatch(batchInput(2));
    const released = await createBatch(batchInput(2, { payments: [{ paymentId: 'P1', pixKey: { type: 'CPF', value: '12345678909' }, amount: '1.99', beneficiaryName: 'A' }] }));
    const before = { published: metric('published'), suspicious: metric('suspicious'), unknown: metric('unknown_subject') };
    await app.gql(RELEASE_BATCH, { id: released.id });
    await app.sandbox!.astra.waitForIdle();
    await app.services.relay.idle();
    // The real FAILED delivery: its payment's event and the batch's FAILED step.
    expect(metric('published') - before.published).toBe(2);
    expect((await events.waitFor(1)).paymentEvents.subject.batch.id).toBe(released.id);
    const forged = [
      { checkoutId: 'PGunknownbatch000000000000000000000000000', paymentId: 'PAY-0', status: 'PAID' },
      { checkoutId: unreleased.batchId, paymentId: 'PAY-0', status: 'PAID' },
      { checkoutId: released.batchId, paymentId: 'P1', status: 'PAID' }, // Astra reports it FAILED
      { checkoutId: released.batchId, paymentId: 'NOPE', status: 'FAILED' },
      { checkoutId: released.batchId, paymentId: 'P1', status: 'PENDING' },
    ];
    for (const payload of forged) expect(await deliver(url, payload)).toBe(200);
    await app.services.relay.idle();
    expect(metric('published') - before.published).toBe(2);
    expect(metric('suspicious') - before.suspicious).toBe(4);
    expect(metric('unknown_subject') - before.unknown).toBe(1);
    // Sentinel: a real payout's event, published after the forged deliveries were handled.
    const sentinel = await createBatch(batchInput(1));
    await app.gql(RELEASE_BATCH, { id: sentinel.id });
    expect((await events.waitFor(2)).paymentEvents.subject.batch.id).toBe(sentinel.id);
    expect(events.received).toHaveLength(2);
  });
});
