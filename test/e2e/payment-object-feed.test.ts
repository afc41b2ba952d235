import { startTestPaygraph, eventually, type TestPaygraph } from '../helpers/paygraph';
import { subscribe, untilSubscribers, type TestSubscription } from '../helpers/subscriptions';
import { CARDS, chargeInput, recurrenceInput } from '../helpers/cards';
import { createLink } from '../helpers/payment-links';
import { batchInput, CREATE_BATCH, RELEASE_BATCH } from '../helpers/pix-payouts';
import { operation } from '../helpers/operations';
import { buildBrCode, staticFields } from '../helpers/br-codes';
import { ADVANCE, approvedAuthorization, CREATE_PAY, simDate } from '../helpers/automatic-pix';

/**
 * Issue 26, item 3, end to end: a generic feed (one fragment on PaymentObject, no aliases) over
 * graphql-ws receives every kind of subject with the common fields filled, the deprecated names
 * still answer the same values, and a list a provider cannot serve keeps the rest of the answer.
 */
const GENERIC_FEED = `subscription {
  paymentEvents {
    type
    subject { __typename ... on PaymentObject { id provider providerId state amount { amount currency } createdAt updatedAt } }
  }
}`;
const CREATE_CHARGE = operation('create-pix-charge');
const REFUND = operation('refund-pix-charge');
const CHARGE_CARD = `mutation($input: ChargeCardInput!) { chargeCard(input: $input) { cardTransaction { id status } userErrors { code } } }`;
const CANCEL_CARD = `mutation($id: ID!) {
  cancelCardTransaction(input: { transactionId: $id }) {
    refund { __typename id providerId refundId state status amount { amount } }
    userErrors { code }
  }
}`;
const CREATE_DUE_DATE_CHARGE = `mutation($input: CreateDueDatePixChargeInput!) {
  createDueDatePixCharge(input: $input) { dueDatePixCharge { id txid createdAt } userErrors { code message } }
}`;
const PAY_DUE_DATE_CHARGE = `mutation($id: ID!) { simulateDueDatePixChargePayment(input: { id: $id }) { userErrors { code message } } }`;
const ALIASES = `query($id: ID!) {
  node(id: $id) {
    __typename
    ... on PaymentObject { providerId amount { amount } }
    ... on PixCharge { txid }
    ... on CardTransaction { transactionId }
    ... on PaymentLink { linkProviderId: providerId }
    ... on PixPayoutBatch { batchId totalAmount { amount } }
  }
}`;

let app: TestPaygraph;
let subs: TestSubscription[] = [];
/** Every event type a generic feed of this file received (checked against the enum at the end). */
const receivedTypes = new Set<string>();
const feeds: TestSubscription[] = [];
beforeAll(async () => {
  app = await startTestPaygraph({ PAGSTAR_POLL_INTERVAL_MS: '50' }, { astraSimulator: { sandboxDelayMs: 20 }, confirmRetryDelaysMs: [30, 30, 30, 30] });
});
afterEach(async () => {
  for (const feed of feeds.splice(0)) for (const data of feed.received) receivedTypes.add(data.paymentEvents.type);
  await Promise.all(subs.map((s) => s.close()));
  subs = [];
  await untilSubscribers(() => -app.services.bus.subscriberCount, 0);
});
afterAll(() => app.close());

async function openFeed(): Promise<TestSubscription> {
  const sub = subscribe(app.wsUrl, GENERIC_FEED);
  subs.push(sub);
  feeds.push(sub);
  await untilSubscribers(() => app.services.bus.subscriberCount, 1);
  return sub;
}

/** The events received about one subject, once `done` holds for them. */
async function eventsOf(feed: TestSubscription, id: string, done: (events: any[]) => boolean): Promise<any[]> {
  const mine = () => feed.received.map((data) => data.paymentEvents).filter((event) => event.subject?.id === id);
  await eventually(async () => done(mine()), 15_000);
  return mine();
}

function expectCommonFields(event: any, typename: string, hasAmount = true): void {
  expect(event.subject).toMatchObject({ __typename: typename, provider: 'ASTRA', providerId: expect.any(String) });
  expect(event.subject.providerId.length).toBeGreaterThan(0);
  expect(event.subject.amount).toEqual(hasAmount ? { amount: expect.stringMatching(/^\d+\.\d{2}$/), currency: 'BRL' } : null);
  expect(Number.isNaN(Date.parse(event.subject.createdAt))).toBe(false);
}

/** The deprecated provider-id name answers the same value as providerId. */
async function aliases(id: string): Promise<any> {
  const response = await app.gql(ALIASES, { id });
  expect(response.errors).toBeUndefined();
  return response.data.node;
}

describe('a generic paymentEvents feed: one fragment on PaymentObject', () => {
  test('Pix charge paid, then partly refunded: PIX_CHARGE_PAID (SUCCEEDED), PIX_CHARGE_REFUNDED (PARTIALLY_REFUNDED)', async () => {
    const feed = await openFeed();
    const charge = (await app.gql(CREATE_CHARGE, { input: { amount: '7.01' } })).data.createPixCharge.pixCharge;
    const [paid] = await eventsOf(feed, charge.id, (events) => events.length === 1);
    expect(paid.type).toBe('PIX_CHARGE_PAID');
    expectCommonFields(paid, 'PixCharge');
    expect(paid.subject).toMatchObject({ state: 'SUCCEEDED', amount: { amount: '7.01' } });
    const node = await aliases(charge.id);
    expect(node.txid).toBe(paid.subject.providerId);
    expect(node.providerId).toBe(charge.txid);

    const refund = await app.gql(REFUND, { input: { chargeId: charge.id, amount: '1.00' } });
    expect(refund.data.refundPixCharge.userErrors).toEqual([]);
    const refundId = refund.data.refundPixCharge.refund.id;
    const asPaymentObject = await app.gql(`query($id: ID!) { node(id: $id) { ... on PaymentObject { providerId state amount { amount } } ... on Refund { refundId } } }`, {
      id: refundId,
    });
    expect(asPaymentObject.data.node).toEqual({
      providerId: refund.data.refundPixCharge.refund.refundId,
      refundId: refund.data.refundPixCharge.refund.refundId,
      state: expect.stringMatching(/^(PENDING|SUCCEEDED)$/),
      amount: { amount: '1.00' },
    });
    const events = await eventsOf(feed, charge.id, (all) => all.some((event) => event.type === 'PIX_CHARGE_REFUNDED'));
    const refunded = events.find((event) => event.type === 'PIX_CHARGE_REFUNDED');
    expectCommonFields(refunded, 'PixCharge');
    expect(refunded.subject.state).toBe('PARTIALLY_REFUNDED');
  });

  test('a refund that fails: REFUND_FAILED about the PixRefund, state FAILED', async () => {
    const feed = await openFeed();
    const charge = (await app.gql(CREATE_CHARGE, { input: { amount: '9.01' } })).data.createPixCharge.pixCharge;
    await eventsOf(feed, charge.id, (events) => events.some((event) => event.type === 'PIX_CHARGE_PAID'));
    // In the sandbox a refund whose amount ends in ,99 fails (ASM-A23); Astra sends no webhook for it.
    const refund = await app.gql(REFUND, { input: { chargeId: charge.id, amount: '1.99' } });
    expect(refund.data.refundPixCharge.userErrors).toEqual([]);
    const [failed] = await eventsOf(feed, refund.data.refundPixCharge.refund.id, (events) => events.length > 0);
    expect(failed.type).toBe('REFUND_FAILED');
    expectCommonFields(failed, 'PixRefund');
    expect(failed.subject).toMatchObject({ state: 'FAILED', providerId: refund.data.refundPixCharge.refund.refundId, amount: { amount: '1.99' } });
  });

  test('card approved, then cancelled: CARD_PAYMENT_UPDATED with SUCCEEDED then REFUNDED; the CardRefund is a PaymentObject too', async () => {
    const feed = await openFeed();
    const charged = (await app.gql(CHARGE_CARD, { input: chargeInput(CARDS.approved, { amount: '33.00', reference: 'feed-card' }) })).data.chargeCard;
    expect(charged.cardTransaction.status).toBe('APPROVED');
    const id = charged.cardTransaction.id;
    const [approved] = await eventsOf(feed, id, (events) => events.length === 1);
    expect(approved.type).toBe('CARD_PAYMENT_UPDATED');
    expectCommonFields(approved, 'CardTransaction');
    expect(approved.subject).toMatchObject({ state: 'SUCCEEDED', amount: { amount: '33.00' } });
    expect((await aliases(id)).transactionId).toBe(approved.subject.providerId);

    const cancelled = (await app.gql(CANCEL_CARD, { id })).data.cancelCardTransaction;
    expect(cancelled.userErrors).toEqual([]);
    expect(cancelled.refund).toMatchObject({
      __typename: 'CardRefund',
      providerId: approved.subject.providerId,
      refundId: approved.subject.providerId,
      state: 'SUCCEEDED',
      status: 'REFUNDED',
    });
    const events = await eventsOf(feed, id, (all) => all.some((event) => event.subject.state === 'REFUNDED'));
    expect(events.every((event) => event.type === 'CARD_PAYMENT_UPDATED')).toBe(true);
    expect(events.at(-1).subject).toMatchObject({ state: 'REFUNDED', providerId: approved.subject.providerId });
  });

  test('a chargeback: CARD_CHARGEBACK with state REFUNDED', async () => {
    const feed = await openFeed();
    const charged = (await app.gql(CHARGE_CARD, { input: chargeInput(CARDS.chargeback, { amount: '12.00' }) })).data.chargeCard;
    const events = await eventsOf(feed, charged.cardTransaction.id, (all) => all.some((event) => event.type === 'CARD_CHARGEBACK'));
    const chargeback = events.find((event) => event.type === 'CARD_CHARGEBACK');
    expectCommonFields(chargeback, 'CardTransaction');
    expect(chargeback.subject.state).toBe('REFUNDED');
  });

  test('a payment link paid by Pix: PAYMENT_LINK_PAID with state SUCCEEDED', async () => {
    const feed = await openFeed();
    const link = await createLink(app, { amount: '25.01' });
    const events = await eventsOf(feed, link.id, (all) => all.some((event) => event.type === 'PAYMENT_LINK_PAID'));
    const paid = events.find((event) => event.type === 'PAYMENT_LINK_PAID');
    expectCommonFields(paid, 'PaymentLink');
    expect(paid.subject).toMatchObject({ state: 'SUCCEEDED', providerId: link.providerId, amount: { amount: '25.01' } });
    expect((await aliases(link.id)).linkProviderId).toBe(link.providerId);
  });

  test('a payout batch released: PIX_PAYOUT_UPDATED per batch step and PIX_PAYOUT_PAYMENT_UPDATED per payment, the batch total as amount, SUCCEEDED once complete', async () => {
    const feed = await openFeed();
    const created = await app.gql(CREATE_BATCH, { input: batchInput(2) });
    expect(created.data.createPixPayoutBatch.userErrors).toEqual([]);
    const batch = created.data.createPixPayoutBatch.pixPayoutBatch;
    expect((await app.gql(RELEASE_BATCH, { id: batch.id })).data.releasePixPayoutBatch.userErrors).toEqual([]);
    const events = await eventsOf(feed, batch.id, (all) => all.at(-1)?.subject.state === 'SUCCEEDED');
    expect(events.map((event) => event.subject.state)).toEqual([...events.slice(0, -1).map(() => 'PENDING'), 'SUCCEEDED']);
    for (const event of events) {
      expect(event.type).toBe('PIX_PAYOUT_UPDATED');
      expectCommonFields(event, 'PixPayoutBatch');
      expect(event.subject).toMatchObject({ providerId: batch.batchId, amount: { amount: batch.totalAmount.amount } });
    }
    // Each payment is its own subject: a PixPayout, with the paymentId Astra keys it by as providerId.
    const payments = () => feed.received.map((data) => data.paymentEvents).filter((event) => event.type === 'PIX_PAYOUT_PAYMENT_UPDATED');
    await eventually(async () => payments().length === 2, 15_000);
    for (const event of payments()) {
      expect(event.subject).toMatchObject({
        __typename: 'PixPayout',
        provider: 'ASTRA',
        state: 'SUCCEEDED',
        amount: { amount: expect.stringMatching(/^\d+\.\d{2}$/), currency: 'BRL' },
      });
    }
    expect(new Set(payments().map((event) => event.subject.providerId)).size).toBe(2);
    const node = await aliases(batch.id);
    expect(node).toMatchObject({ batchId: node.providerId, amount: node.totalAmount });
  });

  test('Automatic Pix, watched in the background: AUTOMATIC_PIX_AUTHORIZATION_UPDATED (ACTIVE, no amount) and AUTOMATIC_PIX_PAYMENT_UPDATED (PENDING)', async () => {
    // Open first: objects not final are polled from creation, with or without other subscribers.
    const feed = await openFeed();
    const authorization = await approvedAuthorization(app);
    const scheduled = await app.gql(CREATE_PAY, { input: { authorizationId: authorization.id, amount: '30.00', dueDate: simDate(app, 1) } });
    const payment = scheduled.data.createAutomaticPixPayment.payment;
    // Astra sends no webhook for these: the background poller publishes each state it reads.
    const authorizationEvents = await eventsOf(feed, authorization.id, (events) => events.some((event) => event.subject.state === 'ACTIVE'));
    const authorized = authorizationEvents.find((event) => event.subject.state === 'ACTIVE');
    expect(authorized.type).toBe('AUTOMATIC_PIX_AUTHORIZATION_UPDATED');
    expectCommonFields(authorized, 'AutomaticPixAuthorization', false);
    expect(authorized.subject).toMatchObject({ state: 'ACTIVE', providerId: authorization.providerId });
    const [debit] = await eventsOf(feed, payment.id, (events) => events.length > 0);
    expect(debit.type).toBe('AUTOMATIC_PIX_PAYMENT_UPDATED');
    expectCommonFields(debit, 'AutomaticPixPayment');
    expect(debit.subject).toMatchObject({ state: 'PENDING', providerId: payment.providerId, amount: { amount: '30.00' } });
  });

  test('a due-date charge on PIX_API paid: DUE_DATE_PIX_CHARGE_PAID with state SUCCEEDED, the txid as providerId and the original amount', async () => {
    const today = (await app.gql('{ sandboxClock { today } }')).data.sandboxClock.today;
    const created = await app.gql(CREATE_DUE_DATE_CHARGE, {
      input: { amount: '60.00', dueDate: today, debtor: { name: 'Ana', document: '123.456.789-09' }, rebate: { modality: 'FIXED_AMOUNT', value: '1.50' } },
    });
    expect(created.data.createDueDatePixCharge.userErrors).toEqual([]);
    const charge = created.data.createDueDatePixCharge.dueDatePixCharge;
    const feed = await openFeed();
    // The API Pix simulator calls back; Paygraph reads the Pix and the cobv back before publishing.
    expect((await app.gql(PAY_DUE_DATE_CHARGE, { id: charge.id })).data.simulateDueDatePixChargePayment.userErrors).toEqual([]);
    const [paid] = await eventsOf(feed, charge.id, (events) => events.length > 0);
    expect(paid.type).toBe('DUE_DATE_PIX_CHARGE_PAID');
    // amount is the original amount, not what was paid (60.00 less the 1.50 rebate).
    expect(paid.subject).toMatchObject({
      __typename: 'DueDatePixCharge',
      provider: 'PIX_API',
      providerId: charge.txid,
      state: 'SUCCEEDED',
      amount: { amount: '60.00', currency: 'BRL' },
      updatedAt: null,
    });
    expect(Date.parse(paid.subject.createdAt)).toBe(Date.parse(charge.createdAt));
  });

  // Last: it moves the sandbox clock.
  test('a card recurrence charged when its day comes: CARD_RECURRING_CHARGED with state ACTIVE and the amount of each charge', async () => {
    const created = await app.gql(
      `mutation($input: CreateCardRecurrenceInput!) { createCardRecurrence(input: $input) { cardRecurrence { id recurrenceId } userErrors { code } } }`,
      { input: recurrenceInput(CARDS.approved, simDate(app, 1)) },
    );
    expect(created.data.createCardRecurrence.userErrors).toEqual([]);
    const recurrence = created.data.createCardRecurrence.cardRecurrence;
    const feed = await openFeed();
    expect((await app.gql(ADVANCE, { days: 1 })).data.advanceSandboxClock.userErrors).toEqual([]);
    const events = await eventsOf(feed, recurrence.id, (all) => all.some((event) => event.type === 'CARD_RECURRING_CHARGED'));
    const charged = events.find((event) => event.type === 'CARD_RECURRING_CHARGED');
    expectCommonFields(charged, 'CardRecurrence');
    expect(charged.subject).toMatchObject({ state: 'ACTIVE', providerId: recurrence.recurrenceId, amount: { amount: '49.90' } });
    // The attempt that decided it is an event too, before the final one.
    const attempt = events.find((event) => event.type === 'CARD_RECURRENCE_ATTEMPT');
    expectCommonFields(attempt, 'CardRecurrence');
    expect(events.indexOf(attempt)).toBeLessThan(events.indexOf(charged));
  });

  // Last too: it moves the simulator clock past an expiry. (PIX_CHARGE_EXPIRED has the same subject
  // type as PIX_CHARGE_PAID; Astra sends no expiry webhook, Pagstar's poller reports it.)
  test('a link expires: PAYMENT_LINK_STATUS_CHANGED with state EXPIRED', async () => {
    const link = await createLink(app, { amount: '40.00', expiresInDays: 1 });
    const feed = await openFeed();
    app.sandbox!.astra.clock.advance(86_400_000 + 1_000);
    const [expired] = await eventsOf(feed, link.id, (events) => events.length > 0);
    expect(expired.type).toBe('PAYMENT_LINK_STATUS_CHANGED');
    expectCommonFields(expired, 'PaymentLink');
    expect(expired.subject.state).toBe('EXPIRED');
  });

  // Last: it moves the Pagstar simulator's clock. Pagstar sends no expiry webhook: its poller reports it.
  test('a Pagstar deposit expires: PIX_CHARGE_EXPIRED with state EXPIRED and the Pagstar providerId', async () => {
    const created = await app.gql(CREATE_CHARGE, { input: { provider: 'PAGSTAR', amount: '25.00', expiresIn: 60 } });
    const charge = created.data.createPixCharge.pixCharge;
    const feed = await openFeed();
    subs.push(subscribe(app.wsUrl, 'subscription($id: ID!) { pixChargeUpdated(id: $id) { id } }', { id: charge.id }));
    // Pagstar accepts payment for an hour after expiry, then cancels the deposit.
    app.sandbox!.pagstar.clock.advance(2 * 60 * 60_000);
    const events = await eventsOf(feed, charge.id, (all) => all.some((event) => event.type === 'PIX_CHARGE_EXPIRED'));
    const expired = events.find((event) => event.type === 'PIX_CHARGE_EXPIRED');
    expect(expired.subject).toMatchObject({
      __typename: 'PixCharge',
      provider: 'PAGSTAR',
      providerId: charge.txid,
      state: 'EXPIRED',
      amount: { amount: '25.00', currency: 'BRL' },
    });
  });

  // Runs after the others of this block (jest keeps the order): they received every type the docs list.
  test('together, the feeds above received every PaymentEventType (docs/events-and-inbox.md lists the same set)', async () => {
    const types = await app.gql(`{ __type(name: "PaymentEventType") { enumValues { name } } }`);
    const all = types.data.__type.enumValues.map((value: { name: string }) => value.name).sort();
    expect([...receivedTypes].sort()).toEqual(all);
  });
});

describe('retyped fields keep their wire values; old names answer the same', () => {
  test('decodeBrCode: fixedAmount (Money) beside the deprecated Decimal amount', async () => {
    const DECODE = `query($code: String!) { decodeBrCode(brCode: $code) { amount fixedAmount { amount currency } } }`;
    const withAmount = await app.gql(DECODE, { code: buildBrCode(...staticFields({ amount: '12.34' })) });
    expect(withAmount.data.decodeBrCode).toEqual({ amount: '12.34', fixedAmount: { amount: '12.34', currency: 'BRL' } });
    const payerTypes = await app.gql(DECODE, { code: buildBrCode(...staticFields()) });
    expect(payerTypes.data.decodeBrCode).toEqual({ amount: null, fixedAmount: null });
  });

  test('Date fields (yyyy-MM-dd) and the CpfCnpj payerDocument send the same strings as before', async () => {
    const link = await createLink(app, { payer: { name: 'Ana', document: '123.456.789-09' } });
    expect(link.payerDocument).toBe('12345678909');
    const authorization = await approvedAuthorization(app);
    const dueDate = simDate(app, 2);
    const scheduled = await app.gql(CREATE_PAY, { input: { authorizationId: authorization.id, amount: '10.00', dueDate } });
    expect(scheduled.data.createAutomaticPixPayment.payment).toMatchObject({ dueDate, scheduledDate: dueDate, lastRetryDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect((await app.gql('{ sandboxClock { today } }')).data.sandboxClock.today).toBe(simDate(app));
  });
});

describe('a list a provider cannot serve', () => {
  test('pixCharges(filter: {provider: PAGSTAR}) is null with NOT_SUPPORTED on its own path; webhooks in the same operation keep their data', async () => {
    const response = await app.gql(`{ pixCharges(filter: { provider: PAGSTAR }) { totalCount } webhooks { id } }`);
    expect(response.data).toEqual({ pixCharges: null, webhooks: expect.any(Array) });
    expect(response.data!.webhooks.length).toBeGreaterThan(0);
    expect(response.errors).toEqual([
      expect.objectContaining({ path: ['pixCharges'], extensions: expect.objectContaining({ code: 'NOT_SUPPORTED', provider: 'PAGSTAR', filter: ['filter', 'provider'] }) }),
    ]);
  });
});
