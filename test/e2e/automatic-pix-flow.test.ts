/**
 * Automatic Pix through the graph in sandbox mode (issue 13): authorize → approved → schedule a
 * payment → advance the sandbox clock → failed → retry → paid, with a graphql-ws subscriber on
 * each object seeing every status exactly once (Astra sends no webhook: the shared poller feeds
 * them) and the same changes on paymentEvents.
 */
import { eventually, startTestPaygraph, type TestPaygraph } from '../helpers/paygraph';
import { subscribe, type TestSubscription } from '../helpers/subscriptions';
import { expectOutcomePending, shortWindowEnv, waitRetryAfter } from '../helpers/in-flight';
import { encodeGlobalId } from '../../src/lib/global-id';
import { ADVANCE, astraCallsDuring, authorizationInput, CREATE_AUTH, CREATE_PAY, forceFailure, NODE, RETRY_PAY, simDate } from '../helpers/automatic-pix';

const AUTH_UPDATED = 'subscription($id: ID!) { automaticPixAuthorizationUpdated(id: $id) { id status } }';
const PAY_UPDATED = 'subscription($id: ID!) { automaticPixPaymentUpdated(id: $id) { id status retryCount scheduledDate failureReason endToEndId } }';
const EVENTS = `subscription { paymentEvents(filter: { types: [AUTOMATIC_PIX_AUTHORIZATION_UPDATED, AUTOMATIC_PIX_PAYMENT_UPDATED] }) {
  type subject { id ... on AutomaticPixAuthorization { authorizationStatus: status } ... on AutomaticPixPayment { paymentStatus: status retryCount } } } }`;
// Long enough for the test to subscribe before the simulator approves or settles (ASM-A43).
const SANDBOX_DELAY_MS = 1_000;
const POST_RETRY_ROUTE = 'POST /automatic-pix/v1/payments/:paymentId/retry';

let app: TestPaygraph;
const subscriptions: TestSubscription[] = [];

beforeAll(async () => {
  // A 3 s in-flight window (issue 23): the lost-answer test below waits it out.
  app = await startTestPaygraph({ PAGSTAR_POLL_INTERVAL_MS: '50', ...shortWindowEnv(2_000, 2_500, 3_000) }, { astraSimulator: { sandboxDelayMs: SANDBOX_DELAY_MS } });
});
afterEach(async () => {
  app.sandbox!.astra.faults.reset();
  await Promise.all(subscriptions.splice(0).map((s) => s.close()));
  // Their pollers stop with them: later call counts see no polling.
  await eventually(async () => app.services.bus.subscriberCount === 0);
});
afterAll(() => app.close());

function watch(query: string, variables?: Record<string, unknown>): TestSubscription {
  const subscription = subscribe(app.wsUrl, query, variables);
  subscriptions.push(subscription);
  return subscription;
}

test('the whole recurring flow: each status once on the object subscriptions and on paymentEvents', async () => {
  const events = watch(EVENTS);
  const created = await app.gql(CREATE_AUTH, { input: authorizationInput(app, { maxAmount: '150.00' }) });
  const authorization = created.data.createAutomaticPixAuthorization.authorization;
  expect(authorization).toMatchObject({
    status: 'PENDING',
    providerStatus: 'PENDING',
    retryAccepted: true,
    periodicity: 'P1M',
    minAmount: { amount: '10.00' },
    maxAmount: { amount: '150.00' },
  });

  const authUpdates = watch(AUTH_UPDATED, { id: authorization.id });
  await authUpdates.waitFor(2, 10_000);
  expect(authUpdates.received.map((m) => m.automaticPixAuthorizationUpdated.status)).toEqual(['PENDING', 'APPROVED']);

  // 99.99 ends in 99: the first attempt fails (ASM-A43).
  const dueDate = simDate(app, 1);
  const scheduled = await app.gql(CREATE_PAY, { input: { authorizationId: authorization.id, amount: '99.99', dueDate, idempotencyKey: 'flow-pay-1' } });
  const payment = scheduled.data.createAutomaticPixPayment.payment;
  expect(payment).toMatchObject({
    status: 'SCHEDULED',
    amount: { amount: '99.99' },
    dueDate,
    scheduledDate: dueDate,
    retryCount: 0,
    remainingRetries: 3,
    lastRetryDate: simDate(app, 8),
  });

  const payUpdates = watch(PAY_UPDATED, { id: payment.id });
  await payUpdates.waitFor(1);
  expect((await app.gql(ADVANCE, { days: 1 })).data.advanceSandboxClock).toMatchObject({ today: dueDate, userErrors: [] });
  const failed = (await payUpdates.waitFor(2, 10_000)).automaticPixPaymentUpdated;
  expect(failed).toMatchObject({ status: 'FAILED', retryCount: 0, failureReason: 'Insufficient funds', endToEndId: null });

  const retryDate = simDate(app, 1);
  const retried = await app.gql(RETRY_PAY, { input: { paymentId: payment.id, scheduledDate: retryDate, idempotencyKey: 'flow-retry-1' } });
  expect(retried.data.retryAutomaticPixPayment.userErrors).toEqual([]);
  expect(retried.data.retryAutomaticPixPayment.payment).toMatchObject({ status: 'SCHEDULED', retryCount: 1, scheduledDate: retryDate, dueDate, remainingRetries: 2 });
  await payUpdates.waitFor(3, 10_000);
  await app.gql(ADVANCE, { days: 1 });
  const paid = (await payUpdates.waitFor(4, 10_000)).automaticPixPaymentUpdated;
  expect(paid).toMatchObject({ status: 'PAID', retryCount: 1, failureReason: null });
  expect(paid.endToEndId).toMatch(/^E\d{8}\d{12}[0-9a-f]{11}$/);
  expect(payUpdates.received.map((m) => `${m.automaticPixPaymentUpdated.status}/${m.automaticPixPaymentUpdated.retryCount}`)).toEqual([
    'SCHEDULED/0',
    'FAILED/0',
    'SCHEDULED/1',
    'PAID/1',
  ]);

  // paymentEvents: the same changes, once each, in order (PAID is the last thing anybody publishes).
  const seen = () =>
    events.received.map(
      (m) => `${m.paymentEvents.type === 'AUTOMATIC_PIX_PAYMENT_UPDATED' ? 'pay' : 'auth'}:${m.paymentEvents.subject.authorizationStatus ?? m.paymentEvents.subject.paymentStatus}`,
    );
  while (!seen().includes('pay:PAID')) await events.waitFor(events.received.length + 1, 10_000);
  expect(seen()).toEqual(['auth:PENDING', 'auth:APPROVED', 'pay:SCHEDULED', 'pay:FAILED', 'pay:SCHEDULED', 'pay:PAID']);
  expect(authUpdates.received).toHaveLength(2);
});

test('upstream calls per operation (no subscriber polling meanwhile); idempotent replays send no second POST', async () => {
  // Every object not final is polled in the background (issue 26; automatic-pix-background-events.test.ts):
  // this test counts each operation's own calls, so it stops that polling for the rest of the file.
  app.background.close();
  const created = await astraCallsDuring(app, () => app.gql(CREATE_AUTH, { input: authorizationInput(app) }));
  expect(created.byRoute).toEqual({ 'POST /automatic-pix/v1/authorizations': 1 });
  const authorization = created.result.data.createAutomaticPixAuthorization.authorization;
  await app.sandbox!.astra.waitForIdle();

  const input = { authorizationId: authorization.id, amount: '20.00', dueDate: simDate(app, 1), idempotencyKey: 'calls-pay-1' };
  const scheduled = await astraCallsDuring(app, () => app.gql(CREATE_PAY, { input }));
  // One read of the authorization (its rules; remainingRetries reuses it), one POST.
  expect(scheduled.byRoute).toEqual({ 'GET /automatic-pix/v1/authorizations/:authorizationId': 1, 'POST /automatic-pix/v1/payments': 1 });
  const payment = scheduled.result.data.createAutomaticPixPayment.payment;

  const replay = await astraCallsDuring(app, () => app.gql(CREATE_PAY, { input }));
  expect(replay.result.data.createAutomaticPixPayment.payment.providerId).toBe(payment.providerId);
  // The replayed payment's remainingRetries reads the authorization; nothing else is called.
  expect(replay.byRoute).toEqual({ 'GET /automatic-pix/v1/authorizations/:authorizationId': 1 });

  await forceFailure(app, payment.providerId);
  const retried = await astraCallsDuring(app, () => app.gql(RETRY_PAY, { input: { paymentId: payment.id, scheduledDate: simDate(app, 2) } }));
  expect(retried.result.data.retryAutomaticPixPayment.payment).toMatchObject({ status: 'SCHEDULED', retryCount: 1 });
  expect(retried.byRoute).toEqual({
    'GET /automatic-pix/v1/payments/:paymentId': 1,
    'GET /automatic-pix/v1/authorizations/:authorizationId': 1,
    'POST /automatic-pix/v1/payments/:paymentId/retry': 1,
  });

  // A retry repeated with its key replays the first answer, though the payment is no longer FAILED.
  const retryInput = { paymentId: payment.id, scheduledDate: simDate(app, 2), idempotencyKey: 'calls-retry-1' };
  await forceFailure(app, payment.providerId);
  const keyed = await app.gql(RETRY_PAY, { input: retryInput });
  expect(keyed.data.retryAutomaticPixPayment.payment).toMatchObject({ status: 'SCHEDULED', retryCount: 2 });
  const repeat = await astraCallsDuring(app, () => app.gql(RETRY_PAY, { input: retryInput }));
  expect(repeat.result.data.retryAutomaticPixPayment).toMatchObject({ userErrors: [], payment: { retryCount: 2 } });
  expect(repeat.byRoute[POST_RETRY_ROUTE]).toBeUndefined();
});

test('a max amount ending in 99 is rejected by the payer (sandbox), and the subscriber sees it', async () => {
  const { data } = await app.gql(CREATE_AUTH, { input: authorizationInput(app, { maxAmount: '100.99' }) });
  const id = data.createAutomaticPixAuthorization.authorization.id;
  const updates = watch(AUTH_UPDATED, { id });
  await updates.waitFor(2, 10_000);
  expect(updates.received.map((m) => m.automaticPixAuthorizationUpdated.status)).toEqual(['PENDING', 'REJECTED']);
});

test('lists: participants, authorizations by contract, payments of an authorization', async () => {
  const participants = await app.gql('{ automaticPixParticipants(first: 3) { totalCount edges { node { ispb name } } pageInfo { hasNextPage } } }');
  expect(participants.data.automaticPixParticipants).toMatchObject({ totalCount: 6, pageInfo: { hasNextPage: true } });
  expect(participants.data.automaticPixParticipants.edges.map((edge: any) => edge.node.name)).toEqual([
    'Banco Bradesco S.A.',
    'Banco do Brasil S.A.',
    'Banco Santander (Brasil) S.A.',
  ]);

  const input = authorizationInput(app, { firstPayment: { amount: '40.00', date: simDate(app, 3) } });
  const id = (await app.gql(CREATE_AUTH, { input })).data.createAutomaticPixAuthorization.authorization.id;
  await app.sandbox!.astra.waitForIdle();
  await app.gql(CREATE_PAY, { input: { authorizationId: id, amount: '50.00', dueDate: simDate(app, 2) } });
  const listed = await app.gql(
    `query($filter: AutomaticPixAuthorizationFilter) { automaticPixAuthorizations(filter: $filter) { totalCount edges { node { id status payments { totalCount edges { node { amount { amount } status } } } } } } }`,
    { filter: { contractReference: input.contractReference } },
  );
  expect(listed.data.automaticPixAuthorizations).toEqual({
    totalCount: 1,
    // The first payment was scheduled on approval (ASM-A38); latest scheduled date first.
    edges: [
      {
        node: {
          id,
          status: 'APPROVED',
          payments: {
            totalCount: 2,
            edges: [{ node: { amount: { amount: '40.00' }, status: 'SCHEDULED' } }, { node: { amount: { amount: '50.00' }, status: 'SCHEDULED' } }],
          },
        },
      },
    ],
  });
  const payments = await app.gql('query($f: AutomaticPixPaymentFilter) { automaticPixPayments(filter: $f) { totalCount } }', { f: { authorizationId: id, status: 'SCHEDULED' } });
  expect(payments.data.automaticPixPayments.totalCount).toBe(2);
});

test('unknown ids → node null; provider 5xx → PROVIDER_UNAVAILABLE with the upstream transaction id', async () => {
  for (const type of ['AutomaticPixAuthorization', 'AutomaticPixPayment']) {
    const response = await app.gql(NODE, { id: encodeGlobalId(type, 'ASTRA', '00000000-0000-4000-8000-000000000000') });
    expect(response.errors).toBeUndefined();
    expect(response.data.node).toBeNull();
  }
  const { data } = await app.gql(CREATE_AUTH, { input: authorizationInput(app) });
  app.sandbox!.astra.faults.set({ errorRate: 1, errorStatus: 503, routeFilter: 'GET /automatic-pix/v1/authorizations/:authorizationId' });
  // The same id three times: estimate 3 covers 1 + ASTRA_RETRY_LIMIT attempts of the one GET (retries
  // spend the admitted estimate; `node(id:)` alone, estimate 1, gets COST_BUDGET_EXHAUSTED instead).
  const response = await app.gql('query($id: ID!) { nodes(ids: [$id, $id, $id]) { id } }', { id: data.createAutomaticPixAuthorization.authorization.id });
  expect(response.data ?? null).toBeNull();
  expect(response.errors![0].extensions).toMatchObject({ code: 'PROVIDER_UNAVAILABLE', upstreamTransactionId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
});

test('a debit whose answer never came: PROVIDER_UNAVAILABLE; the same key then answers OUTCOME_PENDING, and after the horizon OUTCOME_UNKNOWN, never debiting again', async () => {
  const authorization = (await app.gql(CREATE_AUTH, { input: authorizationInput(app) })).data.createAutomaticPixAuthorization.authorization;
  await app.sandbox!.astra.waitForIdle();
  const input = { authorizationId: authorization.id, amount: '25.00', dueDate: simDate(app, 1), idempotencyKey: 'lost-answer-1' };
  app.sandbox!.astra.faults.set({ failNextCount: 1, errorStatus: 503, routeFilter: 'POST /automatic-pix/v1/payments' });
  const first = await app.gql(CREATE_PAY, { input });
  expect(first.errors![0].extensions).toMatchObject({ code: 'PROVIDER_UNAVAILABLE', upstreamTransactionId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
  // Inside the window: no call of any kind (not even the authorization read).
  const inside = await astraCallsDuring(app, () => app.gql(CREATE_PAY, { input }));
  expect(inside.calls).toBe(0);
  await waitRetryAfter(expectOutcomePending(inside.result));
  const again = await astraCallsDuring(app, () => app.gql(CREATE_PAY, { input }));
  expect(again.result.data.createAutomaticPixPayment.userErrors).toEqual([expect.objectContaining({ field: ['input', 'idempotencyKey'], code: 'OUTCOME_UNKNOWN' })]);
  expect(again.byRoute['POST /automatic-pix/v1/payments']).toBeUndefined();
});
