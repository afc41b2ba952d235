/**
 * 50 graphql-ws subscribers on one Automatic Pix payment make ONE poller (issue 13), the one that
 * watches it in the background since its creation (issue 26). The poll
 * interval is the longest allowed, so each poller makes exactly one probe (its immediate first
 * one) during the test: the simulator's counter of payment reads is then 50 (each subscriber's
 * own first read) + the number of pollers.
 */
import { eventually, startTestPaygraph, type TestPaygraph } from '../helpers/paygraph';
import { subscribe, type TestSubscription } from '../helpers/subscriptions';
import { approvedAuthorization, CREATE_PAY, simDate } from '../helpers/automatic-pix';

const GET_PAYMENT = 'GET /automatic-pix/v1/payments/:paymentId';
const EVENTS = 'subscription { paymentEvents(filter: { types: [AUTOMATIC_PIX_PAYMENT_UPDATED] }) { type subject { id } } }';
const UPDATED = 'subscription($id: ID!) { automaticPixPaymentUpdated(id: $id) { id status } }';

let app: TestPaygraph;

beforeAll(async () => {
  app = await startTestPaygraph({ PAGSTAR_POLL_INTERVAL_MS: '600000' });
});
afterAll(() => app.close());

test('50 subscribers on one payment: one poller, one event', async () => {
  const authorization = await approvedAuthorization(app);
  // The payment is watched in the background from its creation (issue 26): listen and count from before it.
  const events = subscribe(app.wsUrl, EVENTS);
  await eventually(async () => app.services.bus.subscriberCount === 1);
  const reads = () => app.sandbox!.astra.counters.count(GET_PAYMENT);
  const before = reads();
  const { data } = await app.gql(CREATE_PAY, { input: { authorizationId: authorization.id, amount: '30.00', dueDate: simDate(app, 1) } });
  const payment = data.createAutomaticPixPayment.payment;

  const subscriptions: TestSubscription[] = Array.from({ length: 50 }, () => subscribe(app.wsUrl, UPDATED, { id: payment.id }));
  try {
    await Promise.all(subscriptions.map((s) => s.waitFor(1, 10_000)));
    for (const s of subscriptions) expect(s.received[0].automaticPixPaymentUpdated).toEqual({ id: payment.id, status: 'SCHEDULED' });
    // The poller's first probe publishes the state it found: one event, whoever watches.
    await events.waitFor(1, 10_000);
    await eventually(async () => reads() - before >= 51);
    expect(reads() - before).toBe(51);
    expect(events.received).toHaveLength(1);
  } finally {
    await Promise.all([...subscriptions, events].map((s) => s.close()));
  }
  await eventually(async () => app.services.bus.subscriberCount === 0);
});
