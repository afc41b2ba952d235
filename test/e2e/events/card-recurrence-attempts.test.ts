import { startTestPaygraph, eventually, type TestPaygraph } from '../../helpers/paygraph';
import { subscribe, untilSubscribers, type TestSubscription } from '../../helpers/subscriptions';
import { ADVANCE, simDate } from '../../helpers/automatic-pix';
import { CARDS, recurrenceInput } from '../../helpers/cards';

/**
 * Issue 26 item 2b: every charge attempt of a card recurrence, paid or declined, is a
 * CARD_RECURRENCE_ATTEMPT event whose subject says which schedule, which attempt and its outcome
 * (`latestAttempt`), on paymentEvents and on cardRecurrenceUpdated.
 */
const CREATE = `mutation($input: CreateCardRecurrenceInput!) { createCardRecurrence(input: $input) { cardRecurrence { id } userErrors { code message } } }`;
const ATTEMPT = 'latestAttempt { scheduleId installmentNumber attemptNumber outcome final transactionId attemptedAt }';
const EVENTS = `subscription($id: ID!) { paymentEvents(filter: { types: [CARD_RECURRENCE_ATTEMPT, CARD_RECURRING_CHARGED], subjectId: $id }) {
  id type subject { ... on CardRecurrence { status executedCharges ${ATTEMPT} } }
} }`;
const UPDATED = `subscription($id: ID!) { cardRecurrenceUpdated(id: $id) { status executedCharges ${ATTEMPT} } }`;
const READ = `query($id: ID!) { node(id: $id) { ... on CardRecurrence { ${ATTEMPT} schedules { edges { node { scheduleId transactionId } } } } } }`;

let app: TestPaygraph;
let subs: TestSubscription[] = [];
beforeAll(async () => {
  // Pollers read every 30 ms (the poll interval is the smallest any provider module asks for).
  app = await startTestPaygraph({ PAGSTAR_POLL_INTERVAL_MS: '30' }, { astraSimulator: { sandboxDelayMs: 50 }, confirmRetryDelaysMs: [30, 30, 30, 30] });
});
afterEach(async () => {
  await Promise.all(subs.map((s) => s.close()));
  subs = [];
  await untilSubscribers(() => -app.services.bus.subscriberCount, 0);
});
afterAll(() => app.close());

function open(query: string, variables?: Record<string, unknown>): TestSubscription {
  const sub = subscribe(app.wsUrl, query, variables);
  subs.push(sub);
  return sub;
}

async function create(card: string, overrides: Record<string, unknown>): Promise<string> {
  const response = await app.gql(CREATE, { input: recurrenceInput(card, simDate(app, 1), overrides) });
  expect(response.data.createCardRecurrence.userErrors).toEqual([]);
  return response.data.createCardRecurrence.cardRecurrence.id;
}

async function advance(days: number): Promise<void> {
  expect((await app.gql(ADVANCE, { days })).data.advanceSandboxClock.userErrors).toEqual([]);
  await app.sandbox!.astra.waitForIdle();
}

const attemptsIn = (sub: TestSubscription) => sub.received.map((m) => m.paymentEvents).filter((e) => e.type === 'CARD_RECURRENCE_ATTEMPT');

test('watched (cardRecurrenceUpdated): each declined attempt is an event when it happens, the last one final; the charge outcome follows', async () => {
  const id = await create(CARDS.declined, { maxAttempts: 3, type: 'INDETERMINATE', count: null, frequency: 'WEEKLY' });
  const events = open(EVENTS, { id });
  const updates = open(UPDATED, { id });
  await updates.waitFor(1);
  await untilSubscribers(() => app.services.bus.subscriberCount, 2);
  expect(updates.received[0].cardRecurrenceUpdated.latestAttempt).toBeNull();

  await advance(1);
  const first = await eventually(async () => attemptsIn(events)[0], 10_000);
  expect(first.subject).toMatchObject({ status: 'ACTIVE', executedCharges: 0, latestAttempt: { installmentNumber: 1, attemptNumber: 1, outcome: 'DECLINED', final: false } });
  expect(events.received.map((m) => m.paymentEvents.type)).toEqual(['CARD_RECURRENCE_ATTEMPT']);
  await eventually(async () => updates.received.length === 2, 5_000);

  await advance(1);
  await eventually(async () => attemptsIn(events).length === 2, 10_000);
  await advance(1);
  await eventually(async () => events.received.some((m) => m.paymentEvents.type === 'CARD_RECURRING_CHARGED'), 10_000);
  await app.services.relay.idle();
  await new Promise((resolve) => setTimeout(resolve, 200));

  const attempts = attemptsIn(events);
  expect(attempts.map((e) => [e.subject.latestAttempt.attemptNumber, e.subject.latestAttempt.outcome, e.subject.latestAttempt.final])).toEqual([
    [1, 'DECLINED', false],
    [2, 'DECLINED', false],
    [3, 'DECLINED', true],
  ]);
  expect(new Set(attempts.map((e) => e.id)).size).toBe(3);
  expect(new Set(attempts.map((e) => e.subject.latestAttempt.scheduleId)).size).toBe(1);
  expect(attempts[2].subject.latestAttempt.transactionId).toBeTruthy();
  expect(events.received.map((m) => m.paymentEvents.type)).toEqual(['CARD_RECURRENCE_ATTEMPT', 'CARD_RECURRENCE_ATTEMPT', 'CARD_RECURRENCE_ATTEMPT', 'CARD_RECURRING_CHARGED']);
  // The subscriber saw each attempt once, then nothing repeated.
  expect(updates.received.map((m) => m.cardRecurrenceUpdated.latestAttempt?.attemptNumber ?? null)).toEqual([null, 1, 2, 3]);
  expect(updates.received.at(-1).cardRecurrenceUpdated.status).toBe('CANCELLED');
});

test("not watched: the schedule's final webhook publishes each of its attempts once, then the charge", async () => {
  const id = await create(CARDS.declined, { maxAttempts: 2, type: 'INDETERMINATE', count: null, frequency: 'WEEKLY' });
  const events = open(EVENTS, { id });
  await untilSubscribers(() => app.services.bus.subscriberCount, 1);
  await advance(1);
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(events.received).toEqual([]); // nobody watches, and Astra sends no webhook for a retried decline
  await advance(1);
  await eventually(async () => events.received.length === 3, 10_000);
  await app.services.relay.idle();
  expect(events.received.map((m) => [m.paymentEvents.type, m.paymentEvents.subject.latestAttempt.attemptNumber, m.paymentEvents.subject.latestAttempt.outcome])).toEqual([
    ['CARD_RECURRENCE_ATTEMPT', 1, 'DECLINED'],
    ['CARD_RECURRENCE_ATTEMPT', 2, 'DECLINED'],
    ['CARD_RECURRING_CHARGED', 2, 'DECLINED'],
  ]);
});

test('a paid attempt: CARD_RECURRENCE_ATTEMPT PAID with its transaction, published once although the watch and the webhook both see it', async () => {
  const id = await create(CARDS.approved, {});
  const events = open(EVENTS, { id });
  const updates = open(UPDATED, { id });
  await updates.waitFor(1);
  await untilSubscribers(() => app.services.bus.subscriberCount, 2);
  await advance(1);
  await eventually(async () => events.received.length === 2, 10_000);
  await app.services.relay.idle();
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(events.received.map((m) => m.paymentEvents.type)).toEqual(['CARD_RECURRENCE_ATTEMPT', 'CARD_RECURRING_CHARGED']);
  const attempt = events.received[0].paymentEvents.subject.latestAttempt;
  expect(attempt).toMatchObject({ installmentNumber: 1, attemptNumber: 1, outcome: 'PAID', final: true });
  const read = await app.gql(READ, { id });
  expect(read.data.node.latestAttempt).toEqual(attempt);
  expect(read.data.node.schedules.edges[0].node).toMatchObject({ scheduleId: attempt.scheduleId, transactionId: attempt.transactionId });
  expect(updates.received.map((m) => m.cardRecurrenceUpdated.executedCharges)).toEqual([0, 1]);
});
