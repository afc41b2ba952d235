/**
 * Issue 26 (2a): `paymentEvents` alone, with no subscription to the object itself, receives every
 * Automatic Pix status change. Astra sends no webhook for Automatic Pix, so Paygraph watches each
 * authorization and payment it creates in the background while it is not final
 * (src/events/background-watch.ts); Redis mode, so the watch list is the durable one.
 */
import { eventually, startTestPaygraph, type TestPaygraph } from '../helpers/paygraph';
import { subscribe, untilSubscribers, type TestSubscription } from '../helpers/subscriptions';
import { SHARED_REDIS_URL, deletePrefix, testRedisClient, uniquePrefix } from '../helpers/redis';
import { ADVANCE, authorizationInput, CREATE_AUTH, CREATE_PAY, simDate } from '../helpers/automatic-pix';

const EVENTS = `subscription { paymentEvents(filter: { types: [AUTOMATIC_PIX_AUTHORIZATION_UPDATED, AUTOMATIC_PIX_PAYMENT_UPDATED] }) {
  type subject { id ... on AutomaticPixAuthorization { authorizationStatus: status } ... on AutomaticPixPayment { paymentStatus: status } } } }`;

let app: TestPaygraph;
let events: TestSubscription | undefined;
const prefix = uniquePrefix('background-watch');
const redis = testRedisClient();

beforeAll(async () => {
  // The simulator approves and settles after 1 s: the background poller (every 50 ms) sees each status.
  app = await startTestPaygraph({ PAGSTAR_POLL_INTERVAL_MS: '50', REDIS_URL: SHARED_REDIS_URL, REDIS_KEY_PREFIX: prefix }, { astraSimulator: { sandboxDelayMs: 1_000 } });
});
afterEach(() => events?.close());
afterAll(async () => {
  await app.close();
  await deletePrefix(redis, prefix);
  await redis.quit();
});

const summary = (sub: TestSubscription) =>
  sub.received.map(({ paymentEvents: { type, subject } }) => `${type}:${subject.id}:${subject.authorizationStatus ?? subject.paymentStatus}`);

test('paymentEvents alone gets every authorization and payment status, once each', async () => {
  events = subscribe(app.wsUrl, EVENTS);
  await untilSubscribers(() => app.services.bus.subscriberCount, 1);

  const created = await app.gql(CREATE_AUTH, { input: authorizationInput(app) });
  const authorization = created.data.createAutomaticPixAuthorization.authorization;
  expect(authorization.status).toBe('PENDING');
  await events.waitFor(2, 10_000);
  const auth = `AUTOMATIC_PIX_AUTHORIZATION_UPDATED:${authorization.id}`;
  expect(summary(events)).toEqual([`${auth}:PENDING`, `${auth}:APPROVED`]);

  const paid = await app.gql(CREATE_PAY, { input: { authorizationId: authorization.id, amount: '30.00', dueDate: simDate(app, 1) } });
  const payment = paid.data.createAutomaticPixPayment.payment;
  const pay = `AUTOMATIC_PIX_PAYMENT_UPDATED:${payment.id}`;
  await events.waitFor(3, 10_000);
  expect(summary(events)[2]).toBe(`${pay}:SCHEDULED`);
  // The due date comes: the simulator settles it a second later, and the watcher sees it.
  await app.gql(ADVANCE, { days: 1 });
  await events.waitFor(4, 10_000);
  expect(summary(events)[3]).toBe(`${pay}:PAID`);

  // PAID is final: the payment leaves the watch list and its poller stops.
  await eventually(async () => !app.pollers.isPolling(payment.id));
  const listed = await redis.hkeys(`${prefix}background-watch`);
  expect(listed).toEqual([authorization.id]); // APPROVED is not final: still watched
  expect(app.background.isWatching(authorization.id)).toBe(true);
  // Nothing repeated meanwhile.
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(events.received).toHaveLength(4);
});

test('an object Paygraph did not create is watched once read through the graph', async () => {
  events = subscribe(app.wsUrl, EVENTS);
  await untilSubscribers(() => app.services.bus.subscriberCount, 1);
  // The provider itself schedules the first payment when it approves the authorization (ASM-A38).
  const created = await app.gql(CREATE_AUTH, { input: authorizationInput(app, { firstPayment: { amount: '40.00', date: simDate(app, 1) } }) });
  const authorization = created.data.createAutomaticPixAuthorization.authorization;
  await events.waitFor(2, 10_000);
  await app.sandbox!.astra.waitForIdle();
  // Nobody has read that payment yet: only the two authorizations (this one and the first test's) are listed.
  const watchList = `${prefix}background-watch`;
  expect(await redis.hlen(watchList)).toBe(2);

  // A list is a read through the graph: from then on the payment is watched and its news reach paymentEvents.
  const listed = await app.gql('query($f: AutomaticPixPaymentFilter) { automaticPixPayments(filter: $f) { edges { node { id status } } } }', {
    f: { authorizationId: authorization.id },
  });
  const [first] = listed.data.automaticPixPayments.edges.map((edge: any) => edge.node);
  expect(first.status).toBe('SCHEDULED');
  await eventually(async () => app.background.isWatching(first.id));
  expect(await redis.hexists(watchList, first.id)).toBe(1);
  await app.gql(ADVANCE, { days: 1 });
  await events.waitFor(4, 10_000);
  const pay = `AUTOMATIC_PIX_PAYMENT_UPDATED:${first.id}`;
  expect(summary(events).slice(2)).toEqual([`${pay}:SCHEDULED`, `${pay}:PAID`]);
});
