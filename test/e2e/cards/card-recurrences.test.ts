import { print } from 'graphql';
import { startTestPaygraph, eventually, nodeAs, type TestPaygraph } from '../../helpers/paygraph';
import { subscribe, untilSubscribers, type TestSubscription } from '../../helpers/subscriptions';
import { ADVANCE, simDate } from '../../helpers/automatic-pix';
import { CARDS, recurrenceInput } from '../../helpers/cards';
import { addDays } from '../../../src/lib/brasilia-calendar';
import {
  CancelCardRecurrenceDocument as CANCEL,
  CancelCardRecurrenceScheduleDocument as CANCEL_SCHEDULE,
  CardRecurrencesDocument as LIST,
  CardRecurrenceUpdatedDocument,
  CreateCardRecurrenceDocument as CREATE,
  GetCardRecurrenceDocument as GET,
} from '../../generated/graphql';

/** Card recurrences through the real graph, the simulator charging them as its calendar moves (ASM-A47…A49, A51). */
let app: TestPaygraph;
let subs: TestSubscription[] = [];
beforeAll(async () => {
  app = await startTestPaygraph({}, { astraSimulator: { sandboxDelayMs: 50 }, confirmRetryDelaysMs: [30, 30, 30, 30] });
});
afterEach(async () => {
  await Promise.all(subs.map((s) => s.close()));
  subs = [];
  await untilSubscribers(() => -app.services.bus.subscriberCount, 0);
});
afterAll(() => app.close());

const create = async (input: Record<string, unknown>) => (await app.gqlTyped(CREATE, { input: input as never })).data!.createCardRecurrence;
const read = async (id: string) => nodeAs((await app.gqlTyped(GET, { id })).data!.node, 'CardRecurrence');
const advance = async (days: number) => {
  expect((await app.gql(ADVANCE, { days })).data.advanceSandboxClock.userErrors).toEqual([]);
  await app.sandbox!.astra.waitForIdle();
};

test('createCardRecurrence: ACTIVE, masked card, first charge planned on startDate, nothing charged yet; node, list and filters', async () => {
  const start = simDate(app, 1);
  const result = await create(recurrenceInput(CARDS.approved, start, { reference: 'sub-create' }));
  expect(result.userErrors).toEqual([]);
  const r = result.cardRecurrence!;
  expect(r).toMatchObject({
    status: 'ACTIVE',
    providerStatus: 'ACTIVE',
    cancelReason: null,
    type: 'LIMITED_TIMES',
    frequency: 'MONTHLY',
    startDate: start,
    count: 3,
    executedCharges: 0,
    nextChargeDate: start,
    amount: { amount: '49.90', currency: 'BRL' },
    maxAttempts: 3,
    brand: 'VISA',
    maskedNumber: '411111******1111',
    holderName: 'JOAO SILVA',
    description: 'Gold plan',
    reference: 'sub-create',
    cancelledAt: null,
  });
  const node = await read(r.id);
  expect(node.schedules.edges.map((e) => e.node)).toEqual([
    expect.objectContaining({ installmentNumber: 1, scheduledDate: start, status: 'SCHEDULED', attempts: 0, transaction: null, paidAt: null, amount: { amount: '49.90' } }),
  ]);
  expect(node.transactions.totalCount).toBe(0);
  const listed = (await app.gqlTyped(LIST, { filter: { reference: 'sub-create' } })).data!.cardRecurrences!;
  expect(listed.edges.map((e) => e.node.id)).toEqual([r.id]);
  const byDocument = (await app.gqlTyped(LIST, { filter: { payerDocument: '12345678909', status: 'ACTIVE' }, first: 100 })).data!.cardRecurrences!;
  expect(byDocument.edges.map((e) => e.node.id)).toContain(r.id);
  const unknown = await app.gqlTyped(LIST, { filter: { status: 'UNKNOWN' } });
  expect(unknown.errors?.[0].extensions?.code).toBe('NOT_SUPPORTED');
});

test('the clock advances: the charge is made, the subscriber and paymentEvents see it exactly once, the next charge is a month later', async () => {
  const start = simDate(app, 1);
  const r = (await create(recurrenceInput(CARDS.approved, start))).cardRecurrence!;
  const events = subscribe(
    app.wsUrl,
    `subscription($id: ID!) { paymentEvents(filter: { types: [CARD_RECURRING_CHARGED], subjectId: $id }) { type subject { id ... on CardRecurrence { executedCharges } } } }`,
    { id: r.id },
  );
  subs.push(events);
  const sub = subscribe(app.wsUrl, print(CardRecurrenceUpdatedDocument), { id: r.id });
  subs.push(sub);
  await eventually(async () => sub.received.length === 1);
  await untilSubscribers(() => app.services.bus.subscriberCount, 2);

  await advance(1);
  await eventually(async () => sub.received.length === 2 && events.received.length === 1, 10_000);
  await app.sandbox!.astra.waitForIdle();
  expect(sub.received.map((m) => m.cardRecurrenceUpdated)).toEqual([
    { id: r.id, status: 'ACTIVE', executedCharges: 0, nextChargeDate: start },
    { id: r.id, status: 'ACTIVE', executedCharges: 1, nextChargeDate: addMonth(start) },
  ]);
  expect(events.received.map((e) => e.paymentEvents)).toEqual([{ type: 'CARD_RECURRING_CHARGED', subject: { id: r.id, executedCharges: 1 } }]);
  expect(sub.errors).toEqual([]);

  const node = await read(r.id);
  const [first, second] = node.schedules.edges.map((e) => e.node);
  expect(first).toMatchObject({
    installmentNumber: 1,
    status: 'PAID',
    attempts: 1,
    transaction: { status: 'APPROVED', maskedNumber: '411111******1111', amount: { amount: '49.90' } },
  });
  expect(first.paidAt).not.toBeNull();
  expect(second).toMatchObject({ installmentNumber: 2, scheduledDate: addMonth(start), status: 'SCHEDULED', attempts: 0 });
  expect(node.transactions.edges.map((e) => e.node)).toEqual([{ id: first.transaction!.id, status: 'APPROVED', installments: 1 }]);
});

test('a declined schedule is retried once a day (ASM-A49); after maxAttempts it FAILS and the recurrence is CANCELLED (MAX_ATTEMPTS_REACHED), reported once', async () => {
  const start = simDate(app, 1);
  const r = (await create(recurrenceInput(CARDS.declined, start, { maxAttempts: 2, type: 'INDETERMINATE', count: null, frequency: 'WEEKLY' }))).cardRecurrence!;
  expect(r).toMatchObject({ type: 'INDETERMINATE', count: null, maxAttempts: 2 });
  const events = subscribe(
    app.wsUrl,
    `subscription($id: ID!) { paymentEvents(filter: { types: [CARD_RECURRING_CHARGED], subjectId: $id }) { type subject { ... on CardRecurrence { status cancelReason } } } }`,
    {
      id: r.id,
    },
  );
  subs.push(events);
  await untilSubscribers(() => app.services.bus.subscriberCount, 1);

  await advance(1);
  let node = await read(r.id);
  expect(node).toMatchObject({ status: 'ACTIVE', executedCharges: 0 });
  expect(node.schedules.edges[0].node).toMatchObject({ status: 'SCHEDULED', attempts: 1, transaction: { status: 'DECLINED' } });
  expect(events.received).toEqual([]); // a declined attempt that will be retried is not a final charge (CARD_RECURRENCE_ATTEMPT: test/e2e/events/card-recurrence-attempts.test.ts)

  await advance(1);
  await eventually(async () => events.received.length === 1, 10_000);
  node = await read(r.id);
  expect(node).toMatchObject({ status: 'CANCELLED', cancelReason: 'MAX_ATTEMPTS_REACHED', executedCharges: 1, nextChargeDate: null });
  expect(node.cancelledAt).not.toBeNull();
  expect(node.schedules.edges.map((e) => e.node)).toEqual([expect.objectContaining({ status: 'FAILED', attempts: 2 })]);
  expect(node.transactions.edges.map((e) => e.node.status)).toEqual(['DECLINED', 'DECLINED']);
  expect(events.received.map((e) => e.paymentEvents)).toEqual([{ type: 'CARD_RECURRING_CHARGED', subject: { status: 'CANCELLED', cancelReason: 'MAX_ATTEMPTS_REACHED' } }]);
  // Nothing more happens on later days.
  await advance(3);
  expect((await read(r.id)).transactions.totalCount).toBe(2);
});

test('a clock jump catches up day by day: a daily recurrence of 3 completes after 3 charges, each reported', async () => {
  const start = simDate(app, 1);
  const r = (await create(recurrenceInput(CARDS.mastercard, start, { frequency: 'DAILY', count: 3 }))).cardRecurrence!;
  const events = subscribe(app.wsUrl, `subscription($id: ID!) { paymentEvents(filter: { types: [CARD_RECURRING_CHARGED], subjectId: $id }) { id type } }`, { id: r.id });
  subs.push(events);
  await untilSubscribers(() => app.services.bus.subscriberCount, 1);
  await advance(5);
  await eventually(async () => events.received.length === 3, 10_000);
  const node = await read(r.id);
  expect(node).toMatchObject({ status: 'COMPLETED', executedCharges: 3, nextChargeDate: null });
  expect(node.schedules.edges.map((e) => [e.node.scheduledDate, e.node.status])).toEqual([
    [start, 'PAID'],
    [addDays(start, 1), 'PAID'],
    [addDays(start, 2), 'PAID'],
  ]);
  expect(new Set(events.received.map((e) => e.paymentEvents.id)).size).toBe(3);
});

test('cancelCardRecurrenceSchedule skips one charge (the next one is planned); cancelCardRecurrence stops it; repeats are INVALID_STATE', async () => {
  const start = simDate(app, 2);
  const r = (await create(recurrenceInput(CARDS.approved, start, { frequency: 'WEEKLY', count: 4 }))).cardRecurrence!;
  const pending = (await read(r.id)).schedules.edges[0].node;
  const skipped = (await app.gqlTyped(CANCEL_SCHEDULE, { input: { recurrenceId: r.id, scheduleId: pending.scheduleId } })).data!.cancelCardRecurrenceSchedule;
  expect(skipped.userErrors).toEqual([]);
  expect(skipped.schedule).toMatchObject({ scheduleId: pending.scheduleId, status: 'CANCELLED', installmentNumber: 1 });
  expect(skipped.cardRecurrence).toMatchObject({ status: 'ACTIVE', executedCharges: 1, nextChargeDate: addDays(start, 7) });
  const again = (await app.gqlTyped(CANCEL_SCHEDULE, { input: { recurrenceId: r.id, scheduleId: pending.scheduleId } })).data!.cancelCardRecurrenceSchedule;
  expect(again.userErrors).toEqual([expect.objectContaining({ field: ['input', 'scheduleId'], code: 'INVALID_STATE' })]);
  const unknown = (await app.gqlTyped(CANCEL_SCHEDULE, { input: { recurrenceId: r.id, scheduleId: 'nope' } })).data!.cancelCardRecurrenceSchedule;
  expect(unknown.userErrors).toEqual([expect.objectContaining({ field: ['input', 'scheduleId'], code: 'NOT_FOUND' })]);

  const cancelled = (await app.gqlTyped(CANCEL, { input: { recurrenceId: r.id } })).data!.cancelCardRecurrence;
  expect(cancelled.userErrors).toEqual([]);
  expect(cancelled.cardRecurrence).toMatchObject({ status: 'CANCELLED', cancelReason: 'CLIENT_REQUEST', nextChargeDate: null });
  expect((await read(r.id)).schedules.edges.map((e) => e.node.status)).toEqual(['CANCELLED', 'CANCELLED']);
  const twice = (await app.gqlTyped(CANCEL, { input: { recurrenceId: r.id } })).data!.cancelCardRecurrence;
  expect(twice.userErrors).toEqual([expect.objectContaining({ field: ['input', 'recurrenceId'], code: 'INVALID_STATE' })]);
  // Cancelled means no charge, however far the clock goes.
  await advance(30);
  expect((await read(r.id)).transactions.totalCount).toBe(0);
});

test('validateCard with a future start: a card that declines the R$ 5,00 check is refused and nothing is created', async () => {
  const reference = 'sub-validate';
  const refused = await create(recurrenceInput(CARDS.declined, simDate(app, 3), { validateCard: true, reference }));
  expect(refused.cardRecurrence).toBeNull();
  expect(refused.userErrors).toEqual([expect.objectContaining({ code: 'PROVIDER_REJECTED' })]);
  expect(refused.userErrors[0].message).toContain('Card validation failed');
  expect((await app.gqlTyped(LIST, { filter: { reference } })).data!.cardRecurrences!.totalCount).toBe(0);
  const accepted = await create(recurrenceInput(CARDS.approved, simDate(app, 3), { validateCard: true, reference }));
  expect(accepted.cardRecurrence!.status).toBe('ACTIVE');
});

test('idempotencyKey: a repeat replays the same recurrence with one provider call; the same key with other input is a conflict', async () => {
  const sim = app.sandbox!.astra;
  const input = recurrenceInput(CARDS.approved, simDate(app, 1), { idempotencyKey: 'rec-key-1' });
  const before = sim.counters.count('POST /card/v1/recurrence');
  const first = await create(input);
  const second = await create(input);
  expect(second.cardRecurrence!.id).toBe(first.cardRecurrence!.id);
  expect(sim.counters.count('POST /card/v1/recurrence')).toBe(before + 1);
  const conflict = await create({ ...input, amount: '50.00' });
  expect(conflict.userErrors).toEqual([expect.objectContaining({ code: 'IDEMPOTENCY_CONFLICT' })]);
});

function addMonth(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const target = new Date(Date.UTC(y, m, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d, last))).toISOString().slice(0, 10);
}
