import { startTestPaygraph, eventually, nodeAs, type TestPaygraph } from '../../helpers/paygraph';
import { subscribe, untilSubscribers, type TestSubscription } from '../../helpers/subscriptions';
import { CARDS, chargeInput } from '../../helpers/cards';
import {
  CancelCardTransactionDocument as CANCEL,
  CardTransactionsDocument as LIST,
  CardTransactionUpdatedDocument,
  ChargeCardDocument as CHARGE,
  GetCardTransactionDocument as GET,
} from '../../generated/graphql';
import { print } from 'graphql';
import { defaultGraphiqlTabs } from '../../../src/graphiql/default-tabs';

/** Card transactions through the real graph, against the simulator's ASM-A51 sandbox cards. */
let app: TestPaygraph;
let subs: TestSubscription[] = [];
beforeAll(async () => {
  app = await startTestPaygraph({}, { astraSimulator: { sandboxDelayMs: 300 }, confirmRetryDelaysMs: [30, 30, 30, 30] });
});
afterEach(async () => {
  await Promise.all(subs.map((s) => s.close()));
  subs = [];
  await untilSubscribers(() => -app.services.bus.subscriberCount, 0);
});
afterAll(() => app.close());

const charge = async (input: Record<string, unknown>) => (await app.gqlTyped(CHARGE, { input: input as never })).data!.chargeCard;

test('an approved charge: status, masked number (first 6 + last 4), brand, authorization code, NSU, return code, captured', async () => {
  const result = await charge(chargeInput(CARDS.approved, { installments: 3, reference: 'order-1', description: 'Order 1' }));
  expect(result.userErrors).toEqual([]);
  const t = result.cardTransaction!;
  expect(t).toMatchObject({
    status: 'APPROVED',
    providerStatus: 'APPROVED',
    installments: 3,
    brand: 'VISA',
    maskedNumber: '411111******1111',
    returnCode: '00',
    reference: 'order-1',
  });
  expect(t.description).toBe('Order 1');
  expect(t.amount.amount).toBe('150.00');
  expect(t.authorizationCode).toMatch(/^[A-Z0-9]{6}$/);
  expect(t.nsu).toMatch(/^\d{9}$/);
  expect(t.capturedAt).toBe(t.createdAt);
  expect(t.cancelledAt).toBeNull();
  const read = nodeAs((await app.gqlTyped(GET, { id: t.id })).data!.node, 'CardTransaction');
  expect(read).toMatchObject({ id: t.id, status: 'APPROVED', maskedNumber: '411111******1111' });
  // A one-off charge belongs to no recurrence.
  expect((await app.gql('query($id: ID!) { node(id: $id) { ... on CardTransaction { recurrence { id } } } }', { id: t.id })).data.node.recurrence).toBeNull();
});

test('a decline is data: the DECLINED transaction plus a DECLINED user error with return code 05', async () => {
  const result = await charge(chargeInput(CARDS.declined));
  expect(result.cardTransaction).toMatchObject({ status: 'DECLINED', returnCode: '05', returnMessage: 'Not authorized', authorizationCode: null, capturedAt: null });
  expect(result.userErrors).toHaveLength(1);
  expect(result.userErrors[0]).toMatchObject({ field: ['input'], code: 'DECLINED' });
  expect(result.userErrors[0].message).toContain('05');
});

test('installments 1–12 are charged; 13 is refused with its path and no provider call', async () => {
  const sim = app.sandbox!.astra;
  for (let n = 1; n <= 12; n++) {
    const result = await charge(chargeInput(CARDS.mastercard, { installments: n, reference: `inst-${n}` }));
    expect(result.userErrors).toEqual([]);
    expect(result.cardTransaction).toMatchObject({ installments: n, status: 'APPROVED', brand: 'MASTERCARD' });
  }
  const before = sim.counters.count('POST /card/v1/credit');
  const refused = await charge(chargeInput(CARDS.mastercard, { installments: 13 }));
  expect(refused).toEqual({ cardTransaction: null, userErrors: [expect.objectContaining({ field: ['input', 'installments'], code: 'INVALID' })] });
  expect(sim.counters.count('POST /card/v1/credit')).toBe(before);
  const listed = (await app.gqlTyped(LIST, { filter: { reference: 'inst-12' } })).data!.cardTransactions!;
  expect(listed.edges.map((e) => e.node.installments)).toEqual([12]);
  const approvedOnly = (await app.gqlTyped(LIST, { filter: { reference: 'inst-12', status: 'DECLINED' } })).data!.cardTransactions!;
  expect(approvedOnly.totalCount).toBe(0);
  const unknown = await app.gqlTyped(LIST, { filter: { status: 'UNKNOWN' } });
  expect(unknown.errors?.[0].extensions?.code).toBe('NOT_SUPPORTED');
});

test('cancelCardTransaction cancels an approved charge once; a second cancel is INVALID_STATE', async () => {
  const t = (await charge(chargeInput(CARDS.approved))).cardTransaction!;
  const cancelled = (await app.gqlTyped(CANCEL, { input: { transactionId: t.id } })).data!.cancelCardTransaction;
  expect(cancelled.userErrors).toEqual([]);
  expect(cancelled.cardTransaction!.status).toBe('CANCELLED');
  expect(cancelled.cardTransaction!.cancelledAt).not.toBeNull();
  // The card refund, in the shared Refund shape (the full amount, refunded at cancellation).
  expect(cancelled.refund).toEqual({
    __typename: 'CardRefund',
    id: expect.any(String),
    refundId: t.transactionId,
    status: 'REFUNDED',
    amount: { amount: '150.00' },
    refundedAt: cancelled.cardTransaction!.cancelledAt,
    cardTransaction: { id: t.id, status: 'CANCELLED' },
  });
  const asNode = await app.gql(`query($id: ID!) { node(id: $id) { __typename ... on Refund { refundId status } } }`, { id: cancelled.refund!.id });
  expect(asNode.data.node).toEqual({ __typename: 'CardRefund', refundId: t.transactionId, status: 'REFUNDED' });
  const again = (await app.gqlTyped(CANCEL, { input: { transactionId: t.id } })).data!.cancelCardTransaction;
  expect(again.userErrors[0]).toMatchObject({ code: 'INVALID_STATE', field: ['input', 'transactionId'] });
});

test('a charged-back transaction: the subscriber sees the chargeback once (CARD_CHARGEBACK on paymentEvents once too)', async () => {
  // Listening before the charge: the chargeback follows it after the sandbox delay.
  const events = subscribe(app.wsUrl, `subscription { paymentEvents(filter: { types: [CARD_CHARGEBACK] }) { type subject { id } } }`);
  subs.push(events);
  await untilSubscribers(() => app.services.bus.subscriberCount, 1);
  const t = (await charge(chargeInput(CARDS.chargeback))).cardTransaction!;
  expect(t.status).toBe('APPROVED');
  const sub = subscribe(app.wsUrl, print(CardTransactionUpdatedDocument), { id: t.id });
  subs.push(sub);
  const event = await events.waitFor(1, 10_000);
  expect(event.paymentEvents).toEqual({ type: 'CARD_CHARGEBACK', subject: { id: t.id } });
  await eventually(async () => sub.received.some((m) => m.cardTransactionUpdated.status === 'CHARGED_BACK'), 10_000);
  await app.sandbox!.astra.waitForIdle();
  // The subscriber may have subscribed before or after the chargeback: either way it ends on it, once.
  const statuses = sub.received.map((m) => m.cardTransactionUpdated.status);
  expect([['APPROVED', 'CHARGED_BACK'], ['CHARGED_BACK']]).toContainEqual(statuses);
  expect(events.received).toHaveLength(1);
  expect(sub.errors).toEqual([]);
  const read = nodeAs((await app.gqlTyped(GET, { id: t.id })).data!.node, 'CardTransaction');
  expect(read.status).toBe('CHARGED_BACK');
});

test('the GraphiQL card tabs run as shipped: an approved charge and a decline as data', async () => {
  const tab = (name: string) => defaultGraphiqlTabs(true).find((t) => t.name === name)!;
  const approved = await app.gql(tab('CardCharge').query);
  expect(approved.data.chargeCard).toMatchObject({ cardTransaction: { status: 'APPROVED', maskedNumber: '411111******1111', installments: 3 }, userErrors: [] });
  const declined = await app.gql(tab('CardDecline').query);
  expect(declined.data.chargeCard.cardTransaction).toMatchObject({ status: 'DECLINED', returnCode: '05' });
  expect(declined.data.chargeCard.userErrors.map((e: { code: string }) => e.code)).toEqual(['DECLINED']);
});

test('CARD_PAYMENT_UPDATED is published, confirmed by re-fetch, for an approval and for a cancellation', async () => {
  const events = subscribe(app.wsUrl, `subscription { paymentEvents(filter: { types: [CARD_PAYMENT_UPDATED] }) { type subject { id ... on CardTransaction { status } } } }`);
  subs.push(events);
  await untilSubscribers(() => app.services.bus.subscriberCount, 1);
  const t = (await charge(chargeInput(CARDS.approved, { reference: 'events-1' }))).cardTransaction!;
  await eventually(async () => events.received.some((e) => e.paymentEvents.subject.id === t.id));
  await app.gqlTyped(CANCEL, { input: { transactionId: t.id } });
  await eventually(async () => events.received.filter((e) => e.paymentEvents.subject.id === t.id).length === 2);
  await app.sandbox!.astra.waitForIdle();
  // The approval's event may be confirmed after the cancel happened: the subject is always the state read back.
  const mine = events.received.filter((e) => e.paymentEvents.subject.id === t.id);
  expect(mine.map((e) => e.paymentEvents.type)).toEqual(['CARD_PAYMENT_UPDATED', 'CARD_PAYMENT_UPDATED']);
  expect(mine.at(-1).paymentEvents.subject.status).toBe('CANCELLED');
});

test('a description that ends in something tag-like is kept as given (every charge carries its own marker)', async () => {
  const description = 'Gift [pg:abcdefghijkl]';
  const t = (await charge(chargeInput(CARDS.approved, { description }))).cardTransaction!;
  expect(t.description).toBe(description);
});
