import { startTestPaygraph, eventually, type TestPaygraph } from '../helpers/paygraph';
import { subscribe, untilSubscribers, type TestSubscription } from '../helpers/subscriptions';
import { defaultGraphiqlTabs } from '../../src/graphiql/default-tabs';
import { callsDuring, createLink, LINK_EVENTS, LINK_UPDATED, postJson, registeredLinkWebhookUrl } from '../helpers/payment-links';

const DAY_MS = 86_400_000;
let app: TestPaygraph;
let subs: TestSubscription[] = [];

beforeAll(async () => {
  // Tokens outlive the clock jumps below (a link expires in days); the sandbox delay is short.
  app = await startTestPaygraph({}, { astraSimulator: { sandboxDelayMs: 20, tokenTtlSeconds: 60 * 86_400 }, confirmRetryDelaysMs: [30, 30, 30] });
});
afterEach(async () => {
  await Promise.all(subs.map((s) => s.close()));
  subs = [];
  await untilSubscribers(() => -app.services.bus.subscriberCount, 0);
});
afterAll(() => app.close());

async function open(query: string, variables?: Record<string, unknown>): Promise<TestSubscription> {
  const expected = app.services.bus.subscriberCount + 1;
  const sub = subscribe(app.wsUrl, query, variables);
  subs.push(sub);
  await untilSubscribers(() => app.services.bus.subscriberCount, expected);
  return sub;
}

const published = () => app.services.metrics.get('paygraph_webhook_events_total', { provider: 'ASTRA', result: 'published' });

/**
 * "Nothing else arrived" without a sleep: a fresh ,01 link (paid by the simulator itself) is the
 * sentinel; the bus delivers in publish order, so whatever came before it has arrived. Returns the
 * events received before the sentinel's.
 */
async function eventsBeforeSentinel(sub: TestSubscription): Promise<any[]> {
  const sentinel = await createLink(app, { amount: '1.01', reference: 'sentinel' });
  for (let n = sub.received.length + 1; ; n++) {
    const data = await sub.waitFor(n);
    if (data.paymentEvents.subject.id === sentinel.id) return sub.received.slice(0, n - 1).map((d) => d.paymentEvents);
  }
}

describe('payment link events, end to end through the simulator webhooks', () => {
  test('a ,01 link is paid by Pix in the sandbox: PAYMENT_LINK_PAID reaches a subscriber exactly once', async () => {
    const events = await open(LINK_EVENTS, { filter: { types: ['PAYMENT_LINK_PAID'] } });
    const before = published();
    const { result: link, calls } = await callsDuring(app, async () => {
      const created = await createLink(app, { amount: '25.01' });
      await events.waitFor(1);
      return created;
    });
    expect(link.status).toBe('CREATED');
    const event = events.received[0].paymentEvents;
    expect(event).toMatchObject({ type: 'PAYMENT_LINK_PAID', provider: 'ASTRA', subject: { id: link.id, status: 'PAID', providerStatus: '2:PAID', payment: { method: 'PIX' } } });
    expect(event.subject.payment.receipt).toMatch(/^E\d{8}/);
    // One POST to create, one GET to confirm the delivery (the re-fetch is the subject).
    expect(calls).toEqual({ 'POST /payment-link/v1': 1, 'GET /payment-link/v1/:linkPaymentUuid': 1 });
    expect(published() - before).toBe(1);

    // The simulator's exact delivery, replayed: deduplicated, never a second event.
    const payment = (await app.gql(`query($id: ID!) { node(id: $id) { ... on PaymentLink { payment { paymentId receipt paidAt } } } }`, { id: link.id })).data.node.payment;
    const replay = {
      paymentLinkUuid: link.providerId,
      paymentId: payment.paymentId,
      paymentReceipt: payment.receipt,
      paymentMethod: 'PIX',
      paymentDate: payment.paidAt,
      amount: 25.01,
    };
    expect(await postJson(await registeredLinkWebhookUrl(app), replay)).toBe(200);
    const mine = (await eventsBeforeSentinel(events)).filter((e) => e.subject.id === link.id);
    expect(mine).toHaveLength(1);
  });

  test('a link expires on the simulator clock: PAYMENT_LINK_STATUS_CHANGED and paymentLinkUpdated follow', async () => {
    const link = await createLink(app, { amount: '40.00', expiresInDays: 1 });
    const { result: updates, calls } = await callsDuring(app, async () => {
      const sub = await open(LINK_UPDATED, { id: link.id });
      expect((await sub.waitFor(1)).paymentLinkUpdated).toEqual({ id: link.id, status: 'CREATED', payment: null });
      const events = await open(LINK_EVENTS, { filter: { subjectId: link.id } });

      app.sandbox!.astra.clock.advance(DAY_MS + 1_000);
      const event = (await events.waitFor(1)).paymentEvents;
      expect(event).toMatchObject({ type: 'PAYMENT_LINK_STATUS_CHANGED', subject: { id: link.id, status: 'EXPIRED', providerStatus: '3:EXPIRED' } });
      expect((await sub.waitFor(2)).paymentLinkUpdated).toEqual({ id: link.id, status: 'EXPIRED', payment: null });
      return sub;
    });
    // One read when subscribing, one re-fetch confirming the delivery (shared by both subscribers).
    expect(calls).toEqual({ 'GET /payment-link/v1/:linkPaymentUuid': 2 });
    await app.sandbox!.astra.waitForIdle();
    expect(updates.received).toHaveLength(2);
  });

  test('forged deliveries publish nothing: a payment of an open link, a status it does not have, an unknown link', async () => {
    const open_ = await createLink(app, { amount: '12.00' });
    const events = await open(LINK_EVENTS);
    const url = await registeredLinkWebhookUrl(app);
    const before = published();
    const gets = () => app.sandbox!.astra.counters.count('GET /payment-link/v1/:linkPaymentUuid');
    const getsBefore = gets();
    const { calls } = await callsDuring(app, async () => {
      expect(
        await postJson(url, {
          paymentLinkUuid: open_.providerId,
          paymentId: 'astra250123160327254lnkFORGED00001',
          paymentMethod: 'PIX',
          paymentReceipt: 'E1',
          paymentDate: new Date().toISOString(),
          amount: 12,
        }),
      ).toBe(200);
      expect(await postJson(url, { paymentLinkUuid: open_.providerId, status: { code: 3, description: 'EXPIRED' }, updatedAt: new Date().toISOString() })).toBe(200);
      expect(await postJson(url, { paymentLinkUuid: '00000000-0000-4000-8000-000000000000', paymentId: 'astraX', paymentMethod: 'PIX', amount: 1 })).toBe(200);
      // Each is confirmed by one re-fetch, which contradicts it.
      await eventually(async () => gets() - getsBefore >= 3);
    });
    expect(calls['GET /payment-link/v1/:linkPaymentUuid']).toBe(3);
    expect(await eventsBeforeSentinel(events)).toEqual([]);
    expect(published() - before).toBe(1); // the sentinel only
    const node = await app.gql(`query($id: ID!) { node(id: $id) { ... on PaymentLink { status payment { paymentId } } } }`, { id: open_.id });
    expect(node.data.node).toEqual({ status: 'CREATED', payment: null });
  });
});

test('the GraphiQL payment-link tabs run as shipped: the link is paid in the sandbox', async () => {
  const tab = (name: string) => defaultGraphiqlTabs(true).find((candidate) => candidate.name === name)!;
  const events = await open(LINK_EVENTS, { filter: { types: ['PAYMENT_LINK_PAID'] } });
  const created = await app.gql(tab('CreatePaymentLink').query);
  expect(created.data.createPaymentLink.userErrors).toEqual([]);
  const id = created.data.createPaymentLink.paymentLink.id;
  expect((await events.waitFor(1)).paymentEvents.subject.id).toBe(id);
  const read = await app.gql(tab('ReadPaymentLink').query, { id });
  expect(read.data.node).toMatchObject({ id, status: 'PAID', reference: 'order-2', payment: { method: 'PIX', amount: { amount: '150.01' } } });
});
