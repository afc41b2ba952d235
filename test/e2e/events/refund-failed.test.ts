import { startTestPaygraph, eventually, type TestPaygraph } from '../../helpers/paygraph';
import { subscribe, untilSubscribers, type TestSubscription } from '../../helpers/subscriptions';

/**
 * Issue 26 item 2b: a refund that ends FAILED publishes REFUND_FAILED (Astra sends no webhook for
 * it, ASM-A12: Paygraph watches the refunds it requests). In the sandbox a refund whose amount
 * ends in ,99 fails (ASM-A23); a charge of an amount ending in ,01 is paid by the simulator itself.
 */
const CREATE = `mutation($amount: Decimal!) { createPixCharge(input: { amount: $amount }) { pixCharge { id status } userErrors { code } } }`;
const CHARGE = `query($id: ID!) { node(id: $id) { ... on PixCharge { status amountRefunded { amount } } } }`;
const REFUND = `mutation($id: ID!, $amount: Decimal!, $key: String) {
  refundPixCharge(input: { chargeId: $id, amount: $amount, idempotencyKey: $key }) { refund { id status } userErrors { code message } }
}`;
const EVENTS = `subscription { paymentEvents(filter: { types: [REFUND_FAILED, PIX_CHARGE_REFUNDED] }) {
  id type subject { id ... on PixRefund { status failureReason amount { amount } charge { id } } ... on PixCharge { amountRefunded { amount } } }
} }`;

let app: TestPaygraph;
let subs: TestSubscription[] = [];
beforeAll(async () => {
  // Pollers read every 30 ms here (the poll interval is the smallest any provider asks for).
  app = await startTestPaygraph({ PAGSTAR_POLL_INTERVAL_MS: '30' }, { astraSimulator: { sandboxDelayMs: 50 } });
});
afterEach(async () => {
  await Promise.all(subs.map((s) => s.close()));
  subs = [];
  await untilSubscribers(() => -app.services.bus.subscriberCount, 0);
});
afterAll(() => app.close());

async function paidCharge(): Promise<string> {
  const created = await app.gql(CREATE, { amount: '20.01' });
  const id = created.data.createPixCharge.pixCharge.id;
  await eventually(async () => (await app.gql(CHARGE, { id })).data.node.status === 'PAID', 10_000);
  return id;
}

test('a refund that fails publishes REFUND_FAILED once, about that refund; the charge keeps its amount', async () => {
  const chargeId = await paidCharge();
  const events = subscribe(app.wsUrl, EVENTS);
  subs.push(events);
  await untilSubscribers(() => app.services.bus.subscriberCount, 1);

  const refunded = await app.gql(REFUND, { id: chargeId, amount: '1.99', key: 'refund-fails-1' });
  expect(refunded.data.refundPixCharge.userErrors).toEqual([]);
  const refund = refunded.data.refundPixCharge.refund;
  expect(refund.status).toBe('PROCESSING');
  // The same request again (a client retry) joins the same watch: still one event.
  await app.gql(REFUND, { id: chargeId, amount: '1.99', key: 'refund-fails-1' });

  const failed = await eventually(async () => events.received.find((m) => m.paymentEvents.type === 'REFUND_FAILED'), 10_000);
  expect(failed.paymentEvents.subject).toMatchObject({ id: refund.id, status: 'FAILED', amount: { amount: '1.99' }, charge: { id: chargeId } });
  expect(failed.paymentEvents.subject.failureReason).toBeTruthy();
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(events.received.filter((m) => m.paymentEvents.type === 'REFUND_FAILED')).toHaveLength(1);
  expect((await app.gql(CHARGE, { id: chargeId })).data.node.amountRefunded.amount).toBe('0.00');
});

test('a refund that completes publishes PIX_CHARGE_REFUNDED and no REFUND_FAILED', async () => {
  const chargeId = await paidCharge();
  const events = subscribe(app.wsUrl, EVENTS);
  subs.push(events);
  await untilSubscribers(() => app.services.bus.subscriberCount, 1);
  const refunded = await app.gql(REFUND, { id: chargeId, amount: '2.00' });
  expect(refunded.data.refundPixCharge.userErrors).toEqual([]);
  const done = await eventually(async () => events.received.find((m) => m.paymentEvents.type === 'PIX_CHARGE_REFUNDED'), 10_000);
  expect(done.paymentEvents.subject).toMatchObject({ id: chargeId, amountRefunded: { amount: '2.00' } });
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(events.received.map((m) => m.paymentEvents.type)).toEqual(['PIX_CHARGE_REFUNDED']);
});
