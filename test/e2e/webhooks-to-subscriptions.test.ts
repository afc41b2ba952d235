import { randomUUID } from 'node:crypto';
import { request } from 'undici';
import { startTestPaygraph, eventually, type TestPaygraph } from '../helpers/paygraph';
import { operation } from '../helpers/operations';
import { encodeGlobalId } from '../../src/lib/global-id';
import { subscribe, untilSubscribers, type TestSubscription } from '../helpers/subscriptions';

const CREATE = operation('create-pix-charge');
const EVENTS = `subscription($filter: PaymentEventFilter, $after: String) {
  paymentEvents(filter: $filter, after: $after) {
    id cursor type provider occurredAt
    subject { id ... on PixCharge { txid status amount { amount } amountRefunded { amount } } }
  }
}`;
const CHARGE_UPDATED = `subscription($id: ID!) { pixChargeUpdated(id: $id) { id status } }`;

let app: TestPaygraph;
let subs: TestSubscription[] = [];

beforeAll(async () => {
  app = await startTestPaygraph({}, { astraSimulator: { sandboxDelayMs: 20 }, confirmRetryDelaysMs: [30, 30, 30, 30] });
});
afterEach(async () => {
  await Promise.all(subs.map((s) => s.close()));
  subs = [];
  // The server drops a closed subscription asynchronously; the next test counts subscribers to know
  // when its own is registered, so start it from zero.
  await untilSubscribers(() => -app.services.bus.subscriberCount, 0);
  app.sandbox!.astra.faults.reset();
});
afterAll(() => app.close());

function open(query: string, variables?: Record<string, unknown>): TestSubscription {
  const sub = subscribe(app.wsUrl, query, variables);
  subs.push(sub);
  return sub;
}

async function createCharge(amount: string): Promise<any> {
  const response = await app.gql(CREATE, { input: { amount } });
  expect(response.data.createPixCharge.userErrors).toEqual([]);
  return response.data.createPixCharge.pixCharge;
}

/** The URL Paygraph registered at the simulator for PIX_QR_INBOUND (contains the secret). */
async function registeredUrl(): Promise<string> {
  const token = await app.providers.astra.tokens.getToken();
  const response = await request(`${app.sandbox!.astra.url}/webhook/v1?type=PIX_QR_INBOUND`, {
    headers: { authorization: `Bearer ${token}`, 'x-transaction-id': randomUUID() },
  });
  const body = (await response.body.json()) as { content: Array<{ url: string }> };
  return body.content[0].url;
}

async function post(url: string, body: string, contentType = 'application/json') {
  const response = await request(url, { method: 'POST', headers: { 'content-type': contentType }, body });
  await response.body.text();
  return response.statusCode;
}

/**
 * "Nothing else arrived" without a sleep: pays a fresh ,01 charge (the simulator pays those by itself)
 * and waits for its event. The bus delivers in publish order, so anything published before the
 * sentinel has reached the client by the time the sentinel does. Returns what came before it.
 */
async function receivedBeforeSentinel(sub: TestSubscription, amount = '0.01'): Promise<any[]> {
  const sentinel = await createCharge(amount);
  const index = sub.received.length;
  for (let n = index + 1; ; n++) {
    const data = await sub.waitFor(n);
    if (data.paymentEvents.subject.id === sentinel.id) return sub.received.slice(0, n - 1);
  }
}

function paymentPayload(charge: any, endToEndId: string) {
  return JSON.stringify({
    txid: charge.txid,
    amount: Number(charge.amount.amount),
    payer: { documentNumber: '12345678909', name: 'X' },
    endToEndId,
    type: 'PAYMENT',
    status: 'PAID',
    paymentDate: new Date().toISOString(),
    userReference: null,
  });
}

describe('webhook → confirmation → subscription', () => {
  // How fast is measured by the benchmark (docs/performance.md); here: the event comes from the
  // simulator's successful delivery, confirmed by a re-fetch, and arrives exactly once.
  test('a subscriber receives PIX_CHARGE_PAID with the charge PAID after the delivery', async () => {
    const events = open(EVENTS);
    await untilSubscribers(() => app.services.bus.subscriberCount, 1);
    const published = app.services.metrics.get('paygraph_webhook_events_total', { provider: 'ASTRA', result: 'published' });
    const charge = await createCharge('5.01');
    const event = (await events.waitFor(1)).paymentEvents;
    expect(event).toMatchObject({ type: 'PIX_CHARGE_PAID', provider: 'ASTRA', subject: { id: charge.id, status: 'PAID' } });
    expect(app.services.metrics.get('paygraph_webhook_events_total', { provider: 'ASTRA', result: 'published' }) - published).toBe(1);
    const deliveredAt = await eventually(async () => {
      const token = await app.providers.astra.tokens.getToken();
      const response = await request(`${app.sandbox!.astra.url}/webhook/v1/results?type=PIX_QR_INBOUND&success=true`, {
        headers: { authorization: `Bearer ${token}`, 'x-transaction-id': randomUUID() },
      });
      const body = (await response.body.json()) as { content: Array<{ attemptedAt: string; payload: { txid: string } }> };
      return body.content.find((record) => record.payload.txid === charge.txid)?.attemptedAt;
    });
    expect(Number.isNaN(Date.parse(deliveredAt))).toBe(false);
    expect(await receivedBeforeSentinel(events)).toHaveLength(1);
  });

  test('pixChargeUpdated(id) sends the charge as it is now, then follows it through payment and refund', async () => {
    const charge = await createCharge('8.00');
    const updates = open(CHARGE_UPDATED, { id: charge.id });
    // The current state comes first, unprompted: no separate read, no subscribe-then-read race.
    expect((await updates.waitFor(1)).pixChargeUpdated).toEqual({ id: charge.id, status: 'ACTIVE' });
    await app.sandbox!.astra.payCharge(charge.txid);
    expect((await updates.waitFor(2)).pixChargeUpdated).toEqual({ id: charge.id, status: 'PAID' });
    await app.gql(operation('refund-pix-charge'), { input: { chargeId: charge.id, amount: '1.00' } });
    expect((await updates.waitFor(3)).pixChargeUpdated).toEqual({ id: charge.id, status: 'PARTIALLY_REFUNDED' });
    expect(updates.received).toHaveLength(3);
  });

  test('pixChargeUpdated(id) of a charge that is already PAID starts with PAID and never repeats it', async () => {
    const charge = await createCharge('8.50');
    const watchPaid = open(EVENTS, { filter: { subjectId: charge.id } });
    await untilSubscribers(() => app.services.bus.subscriberCount, 1);
    await app.sandbox!.astra.payCharge(charge.txid);
    await watchPaid.waitFor(1);
    const updates = open(CHARGE_UPDATED, { id: charge.id });
    expect((await updates.waitFor(1)).pixChargeUpdated).toEqual({ id: charge.id, status: 'PAID' });
    await app.gql(operation('refund-pix-charge'), { input: { chargeId: charge.id } });
    expect((await updates.waitFor(2)).pixChargeUpdated).toEqual({ id: charge.id, status: 'REFUNDED' });
    expect(updates.received.map((update) => update.pixChargeUpdated.status)).toEqual(['PAID', 'REFUNDED']);
  });

  test('pixChargeUpdated(id) of an unknown charge ends with NOT_FOUND and leaves no subscriber behind', async () => {
    const updates = open(CHARGE_UPDATED, { id: encodeGlobalId('PixCharge', 'ASTRA', 'unknowntxid000000000000000000') });
    await updates.completed;
    expect(updates.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'NOT_FOUND' }) })]);
    await eventually(async () => app.services.bus.subscriberCount === 0, 3_000);
  });

  test('the same delivery sent 3 times yields 1 event', async () => {
    const charge = await createCharge('7.00');
    const events = open(EVENTS, { filter: { subjectId: charge.id } });
    await untilSubscribers(() => app.services.bus.subscriberCount, 1);
    const duplicatesBefore = app.services.metrics.get('paygraph_webhook_deliveries_total', { provider: 'ASTRA', outcome: 'duplicate' });
    await app.sandbox!.astra.payCharge(charge.txid); // the simulator's own delivery: #1
    expect((await events.waitFor(1)).paymentEvents.type).toBe('PIX_CHARGE_PAID');
    const paidNode = await app.gql(`query($id: ID!) { node(id: $id) { ... on PixCharge { endToEndId } } }`, { id: charge.id });
    const url = await registeredUrl();
    const body = paymentPayload(charge, paidNode.data.node.endToEndId);
    expect([await post(url, body), await post(url, body)]).toEqual([200, 200]); // #2 and #3
    await app.services.relay.idle();
    expect(app.services.metrics.get('paygraph_webhook_deliveries_total', { provider: 'ASTRA', outcome: 'duplicate' }) - duplicatesBefore).toBe(2);
    // The subscription is filtered on this charge: a refund of it is the next event it must see,
    // so a second PAID published by the duplicates would show up before it.
    await app.gql(operation('refund-pix-charge'), { input: { chargeId: charge.id, amount: '1.00' } });
    expect((await events.waitFor(2)).paymentEvents.type).toBe('PIX_CHARGE_REFUNDED');
    expect(events.received.map((data) => data.paymentEvents.type)).toEqual(['PIX_CHARGE_PAID', 'PIX_CHARGE_REFUNDED']);
  });

  test('a forged delivery (unknown secret) gets 401 and publishes nothing', async () => {
    const charge = await createCharge('9.00');
    const events = open(EVENTS);
    await untilSubscribers(() => app.services.bus.subscriberCount, 1);
    const status = await post(`${app.url}/webhooks/astra/forged-secret-000000000000`, paymentPayload(charge, 'E00000000202401011200AAAAAAAAAAA'));
    expect(status).toBe(401);
    await app.services.relay.idle();
    expect(await receivedBeforeSentinel(events)).toEqual([]);
    expect(app.services.metrics.get('paygraph_webhook_rejected_total', { provider: 'ASTRA', reason: 'bad_secret' })).toBeGreaterThan(0);
  });

  test('a "paid" claim for a charge the provider reports unpaid is suspicious: 200, nothing published', async () => {
    const charge = await createCharge('9.50');
    const events = open(EVENTS);
    await untilSubscribers(() => app.services.bus.subscriberCount, 1);
    expect(await post(await registeredUrl(), paymentPayload(charge, 'E12345678202401011200ABCDEFGHIJK'))).toBe(200);
    await app.services.relay.idle();
    expect(await receivedBeforeSentinel(events)).toEqual([]);
    expect(app.services.metrics.get('paygraph_webhook_events_total', { provider: 'ASTRA', result: 'suspicious' })).toBe(1);
    expect(app.logs.some((line) => line.includes('webhook_suspicious'))).toBe(true);
  });

  test.each([
    ['malformed JSON', '{"txid": ', 'application/json', 400, 'malformed_json'],
    ['wrong content type', 'txid=1', 'application/x-www-form-urlencoded', 415, 'wrong_content_type'],
    ['missing fields', JSON.stringify({ txid: 'astra1', type: 'PAYMENT' }), 'application/json', 422, 'invalid_payload'],
    ['a body over the limit', JSON.stringify({ txid: 'x'.repeat(70_000) }), 'application/json', 413, null],
  ])('%s: rejected with the right status, nothing published', async (_name, body, contentType, status, reason) => {
    const events = open(EVENTS);
    await untilSubscribers(() => app.services.bus.subscriberCount, 1);
    expect(await post(await registeredUrl(), body, contentType)).toBe(status);
    if (reason) expect(app.services.metrics.get('paygraph_webhook_rejected_total', { provider: 'ASTRA', reason: reason })).toBeGreaterThan(0);
    await app.services.relay.idle();
    expect(await receivedBeforeSentinel(events)).toEqual([]);
  });

  test('an unknown payload type is acknowledged and logged, never published', async () => {
    const events = open(EVENTS);
    await untilSubscribers(() => app.services.bus.subscriberCount, 1);
    const before = app.services.metrics.get('paygraph_webhook_deliveries_total', { provider: 'ASTRA', outcome: 'ignored' });
    expect(await post(await registeredUrl(), JSON.stringify({ newEventKind: 'SOMETHING', id: 42 }))).toBe(200);
    await app.services.relay.idle();
    expect(await receivedBeforeSentinel(events)).toEqual([]);
    expect(app.services.metrics.get('paygraph_webhook_deliveries_total', { provider: 'ASTRA', outcome: 'ignored' }) - before).toBe(1);
    expect(app.logs.some((line) => line.includes('webhook_unconfirmable') && line.includes('UNKNOWN'))).toBe(true);
  });

  test('a webhook for an unknown charge and a replay of an old delivery publish nothing', async () => {
    const events = open(EVENTS);
    await untilSubscribers(() => app.services.bus.subscriberCount, 1);
    const url = await registeredUrl();
    const unknown = paymentPayload({ txid: 'astraUNKNOWN00000000000000000', amount: { amount: '1.00' } }, 'E12345678202401011200ZZZZZZZZZZZ');
    expect(await post(url, unknown)).toBe(200);
    const old = JSON.stringify({ ...JSON.parse(unknown), endToEndId: 'E12345678202001011200OLDOLDOLDOL', paymentDate: '2020-01-01T00:00:00.000Z' });
    expect(await post(url, old)).toBe(200);
    await app.services.relay.idle();
    expect(await receivedBeforeSentinel(events)).toEqual([]);
    expect(app.services.metrics.get('paygraph_webhook_events_total', { provider: 'ASTRA', result: 'unknown_subject' })).toBe(1);
    expect(app.services.metrics.get('paygraph_webhook_deliveries_total', { provider: 'ASTRA', outcome: 'stale' })).toBe(1);
  });

  test('a confirmation that cannot reach the provider is retried, not dropped and not published unconfirmed', async () => {
    const events = open(EVENTS);
    await untilSubscribers(() => app.services.bus.subscriberCount, 1);
    const charge = await createCharge('4.00');
    const reads = () => app.sandbox!.astra.counters.count('GET /charge/v1/dynamic/:txid');
    const readsBefore = reads();
    app.sandbox!.astra.faults.set({ failNextCount: 6, errorStatus: 503, routeFilter: 'GET /charge/v1/dynamic/:txid' });
    await app.sandbox!.astra.payCharge(charge.txid);
    const event = (await events.waitFor(1)).paymentEvents;
    // Published only after a read succeeded: all 6 failing reads happened before the event arrived.
    expect(reads() - readsBefore).toBeGreaterThanOrEqual(7);
    expect(event.subject).toMatchObject({ id: charge.id, status: 'PAID' });
    expect(app.logs.some((line) => line.includes('webhook_confirm_retry'))).toBe(true);
    await app.services.relay.idle();
    expect(await receivedBeforeSentinel(events)).toHaveLength(1);
  });

  test('a confirmation that never reaches the provider publishes nothing and is counted as failed', async () => {
    const events = open(EVENTS);
    await untilSubscribers(() => app.services.bus.subscriberCount, 1);
    const charge = await createCharge('4.50');
    const failedBefore = app.services.metrics.get('paygraph_webhook_events_total', { provider: 'ASTRA', result: 'confirm_failed' });
    app.sandbox!.astra.faults.set({ failNextCount: 1_000, errorStatus: 503, routeFilter: 'GET /charge/v1/dynamic/:txid' });
    await app.sandbox!.astra.payCharge(charge.txid);
    await eventually(async () => app.services.metrics.get('paygraph_webhook_events_total', { provider: 'ASTRA', result: 'confirm_failed' }) > failedBefore || undefined, 15_000);
    await app.services.relay.idle();
    app.sandbox!.astra.faults.reset();
    expect(await receivedBeforeSentinel(events)).toEqual([]);
  });
});

describe('resuming and fan-out', () => {
  test('a subscriber that reconnects with after: its last cursor receives exactly the events it missed', async () => {
    const first = open(EVENTS);
    await untilSubscribers(() => app.services.bus.subscriberCount, 1);
    const a = await createCharge('1.01');
    const lastSeen = (await first.waitFor(1)).paymentEvents;
    expect(lastSeen.subject.id).toBe(a.id);
    await first.close();
    subs = subs.filter((s) => s !== first);
    await untilSubscribers(() => 1 - app.services.bus.subscriberCount, 1);

    const missed = [await createCharge('2.01'), await createCharge('3.01')];
    await app.sandbox!.astra.waitForIdle();
    await app.services.relay.idle();
    const resumed = open(EVENTS, { after: lastSeen.cursor });
    const replayed = [(await resumed.waitFor(1)).paymentEvents, (await resumed.waitFor(2)).paymentEvents];
    expect(replayed.map((e) => e.subject.id)).toEqual(missed.map((c) => c.id));
    const live = await createCharge('4.01');
    expect((await resumed.waitFor(3)).paymentEvents.subject.id).toBe(live.id);
    expect(await receivedBeforeSentinel(resumed)).toHaveLength(3);
  });

  test('100 concurrent subscribers each receive every event exactly once', async () => {
    const many = Array.from({ length: 100 }, () => open(EVENTS, { filter: { types: ['PIX_CHARGE_PAID'] } }));
    await untilSubscribers(() => app.services.bus.subscriberCount, 100, 10_000);
    const charges = [await createCharge('11.01'), await createCharge('12.01'), await createCharge('13.01')];
    for (const sub of many) await sub.waitFor(3, 10_000);
    // A fourth (sentinel) charge: each subscriber must see it as its 4th event, nothing duplicated before.
    const sentinel = await createCharge('14.01');
    const expected = charges.map((c) => c.id).sort();
    for (const sub of many) {
      expect((await sub.waitFor(4, 10_000)).paymentEvents.subject.id).toBe(sentinel.id);
      expect(
        sub.received
          .slice(0, 3)
          .map((d) => d.paymentEvents.subject.id)
          .sort(),
      ).toEqual(expected);
    }
  }, 30_000);
});

test('closing the server ends all subscriptions cleanly', async () => {
  const other = await startTestPaygraph();
  const clients = Array.from({ length: 5 }, () => subscribe(other.wsUrl, EVENTS));
  await untilSubscribers(() => other.services.bus.subscriberCount, 5);
  await other.close();
  await Promise.all(clients.map((c) => c.completed));
  expect(other.services.bus.subscriberCount).toBe(0);
  await Promise.all(clients.map((c) => c.close()));
});
