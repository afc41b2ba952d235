import { randomUUID } from 'node:crypto';
import { request } from 'undici';
import { startTestPaygraph, type TestPaygraph } from '../../helpers/paygraph';
import { subscribe, untilSubscribers, type TestSubscription } from '../../helpers/subscriptions';
import { simDate } from '../../helpers/automatic-pix';
import { CARDS, card, recurrenceInput } from '../../helpers/cards';
import { encodeGlobalId } from '../../../src/lib/global-id';
import { CancelCardRecurrenceDocument as CANCEL, CreateCardRecurrenceDocument as CREATE } from '../../generated/graphql';

/** Bad recurrence input never reaches the provider; the `cards` scope guards it; forged charge reports publish nothing. */
const WRITER = 'writer-key-0123456789';
const CARDS_KEY = 'cards-key-0123456789';
let app: TestPaygraph;
let subs: TestSubscription[] = [];
beforeAll(async () => {
  app = await startTestPaygraph({ API_KEYS: `writer=${WRITER}:read+write,shop=${CARDS_KEY}:read+write+cards` }, { astraSimulator: { sandboxDelayMs: 20 } });
});
afterEach(async () => {
  await Promise.all(subs.map((s) => s.close()));
  subs = [];
});
afterAll(() => app.close());

const shop = { authorization: `Bearer ${CARDS_KEY}` };
const create = async (input: Record<string, unknown>) => (await app.gqlTyped(CREATE, { input: input as never }, shop)).data!.createCardRecurrence;
const cardCalls = () =>
  Object.entries(app.sandbox!.astra.counters.snapshot())
    .filter(([route]) => route.includes('/card/'))
    .reduce((sum, [, n]) => sum + n, 0);

describe('bad input: its path and code, 0 provider calls', () => {
  const lastYear = new Date().getUTCFullYear() - 1;
  const cases: Array<[string, (start: string) => Record<string, unknown>, string[], string]> = [
    ['Luhn check digit', (s) => recurrenceInput('4111111111111112', s), ['input', 'card', 'number'], 'INVALID'],
    ['expired card', (s) => recurrenceInput(CARDS.approved, s, { card: card(CARDS.approved, { expiryYear: lastYear }) }), ['input', 'card', 'expiryYear'], 'INVALID'],
    ['CVV of 2 digits', (s) => recurrenceInput(CARDS.approved, s, { securityCode: '12' }), ['input', 'securityCode'], 'INVALID'],
    ['amount zero', (s) => recurrenceInput(CARDS.approved, s, { amount: '0.00' }), ['input', 'amount'], 'INVALID'],
    ['LIMITED_TIMES without count', (s) => recurrenceInput(CARDS.approved, s, { count: null }), ['input', 'count'], 'REQUIRED'],
    ['count 121', (s) => recurrenceInput(CARDS.approved, s, { count: 121 }), ['input', 'count'], 'INVALID'],
    ['INDETERMINATE with a count', (s) => recurrenceInput(CARDS.approved, s, { type: 'INDETERMINATE', count: 2 }), ['input', 'count'], 'INVALID'],
    ['startDate yesterday', (s) => recurrenceInput(CARDS.approved, s, { startDate: yesterday(s) }), ['input', 'startDate'], 'INVALID'],
    ['startDate not a date', (s) => recurrenceInput(CARDS.approved, s, { startDate: '2025-02-30' }), ['input', 'startDate'], 'INVALID'],
    ['maxAttempts 11', (s) => recurrenceInput(CARDS.approved, s, { maxAttempts: 11 }), ['input', 'maxAttempts'], 'INVALID'],
    ['payer document check digits', (s) => recurrenceInput(CARDS.approved, s, { payer: { document: '123.456.789-00' } }), ['input', 'payer', 'document'], 'INVALID'],
    ['description of 101 characters', (s) => recurrenceInput(CARDS.approved, s, { description: 'x'.repeat(101) }), ['input', 'description'], 'INVALID'],
    ['reference with a bidi override', (s) => recurrenceInput(CARDS.approved, s, { reference: 'a\u202Eb' }), ['input', 'reference'], 'INVALID'],
    ['idempotency key with a control character', (s) => recurrenceInput(CARDS.approved, s, { idempotencyKey: 'a\u0001b' }), ['input', 'idempotencyKey'], 'INVALID'],
  ];

  test.each(cases)('%s', async (_name, input, field, code) => {
    const before = cardCalls();
    const result = await create(input(simDate(app)));
    expect(result.cardRecurrence).toBeNull();
    expect(result.userErrors).toEqual([expect.objectContaining({ field, code })]);
    expect(cardCalls()).toBe(before);
  });

  test('every problem at once', async () => {
    const before = cardCalls();
    const result = await create(recurrenceInput('4111111111111112', simDate(app), { securityCode: '1234', amount: '0.00', count: null, maxAttempts: 0, startDate: '1999-01-01' }));
    expect(result.userErrors.map((e) => e.field!.join('.')).sort()).toEqual([
      'input.amount',
      'input.card.number',
      'input.count',
      'input.maxAttempts',
      'input.securityCode',
      'input.startDate',
    ]);
    expect(cardCalls()).toBe(before);
  });

  test('Pagstar has no card recurrences: NOT_SUPPORTED on input.provider, no call', async () => {
    const before = cardCalls();
    const result = await create(recurrenceInput(CARDS.approved, simDate(app), { provider: 'PAGSTAR' }));
    expect(result.userErrors).toEqual([expect.objectContaining({ field: ['input', 'provider'], code: 'NOT_SUPPORTED' })]);
    expect(cardCalls()).toBe(before);
  });

  test('list filters a provider should not receive: a bad payerDocument, a reference with a bidi override (BAD_USER_INPUT, no call)', async () => {
    const before = cardCalls();
    const list = 'query($filter: CardRecurrenceFilter) { cardRecurrences(filter: $filter) { totalCount } }';
    const badDocument = await app.gql(list, { filter: { payerDocument: '123.456.789-00' } }, shop);
    expect(badDocument.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(badDocument.errors?.[0].message).toContain('filter.payerDocument');
    const bidi = await app.gql(list, { filter: { reference: 'a\u202Eb' } }, shop);
    expect(bidi.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(bidi.errors?.[0].message).toContain('filter.reference');
    expect(cardCalls()).toBe(before);
  });

  test('cancel with an id that is not a recurrence, or an unknown one', async () => {
    const wrong = (await app.gqlTyped(CANCEL, { input: { recurrenceId: encodeGlobalId('CardTransaction', 'ASTRA', 'x') } }, shop)).data!.cancelCardRecurrence;
    expect(wrong.userErrors).toEqual([expect.objectContaining({ field: ['input', 'recurrenceId'], code: 'INVALID' })]);
    const unknown = (await app.gqlTyped(CANCEL, { input: { recurrenceId: encodeGlobalId('CardRecurrence', 'ASTRA', randomUUID()) } }, shop)).data!.cancelCardRecurrence;
    expect(unknown.userErrors).toEqual([expect.objectContaining({ field: ['input', 'recurrenceId'], code: 'NOT_FOUND' })]);
  });
});

test('a read+write key cannot create or cancel recurrences (FORBIDDEN, no provider call); a key with `cards` can', async () => {
  const before = cardCalls();
  const writer = { authorization: `Bearer ${WRITER}` };
  const denied = await app.gqlTyped(CREATE, { input: recurrenceInput(CARDS.approved, simDate(app, 1)) as never }, writer);
  expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  const deniedCancel = await app.gqlTyped(CANCEL, { input: { recurrenceId: encodeGlobalId('CardRecurrence', 'ASTRA', 'x') } }, writer);
  expect(deniedCancel.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  expect(cardCalls()).toBe(before);
  expect((await create(recurrenceInput(CARDS.approved, simDate(app, 1)))).cardRecurrence!.status).toBe('ACTIVE');
});

test('forged CARD_RECURRING_INBOUND deliveries publish nothing: an unknown recurrence, a PAID claim for a pending schedule, an unknown schedule', async () => {
  const metric = (result: string) => app.services.metrics.get('paygraph_webhook_events_total', { provider: 'ASTRA', result });
  const r = (await create(recurrenceInput(CARDS.approved, simDate(app, 5)))).cardRecurrence!;
  const events = subscribe(app.wsUrl, `subscription { paymentEvents(filter: { types: [CARD_RECURRING_CHARGED] }) { id } }`, undefined, { authorization: `Bearer ${CARDS_KEY}` });
  subs.push(events);
  await untilSubscribers(() => app.services.bus.subscriberCount, 1);
  const scheduleId = await pendingScheduleId(r.id);
  const url = await recurringWebhookUrl();
  const before = { published: metric('published'), suspicious: metric('suspicious'), unknown: metric('unknown_subject') };
  const forged = [
    { recurrenceId: randomUUID(), scheduleId: randomUUID(), status: 'PAID' },
    { recurrenceId: r.recurrenceId, scheduleId, status: 'PAID' },
    { recurrenceId: r.recurrenceId, scheduleId: randomUUID(), status: 'PAID' },
  ];
  for (const payload of forged) expect(await deliver(url, payload)).toBe(200);
  await app.services.relay.idle();
  expect(metric('published') - before.published).toBe(0);
  expect(metric('suspicious') - before.suspicious).toBe(1);
  expect(metric('unknown_subject') - before.unknown).toBe(2);
  expect(events.received).toEqual([]);
});

async function pendingScheduleId(id: string): Promise<string> {
  const response = await app.gql(`query($id: ID!) { node(id: $id) { ... on CardRecurrence { schedules { edges { node { scheduleId } } } } } }`, { id }, shop);
  return response.data.node.schedules.edges[0].node.scheduleId;
}

async function recurringWebhookUrl(): Promise<string> {
  const token = await app.providers.astra.tokens.getToken();
  const response = await request(`${app.sandbox!.astra.url}/webhook/v1?type=CARD_RECURRING_INBOUND`, {
    headers: { authorization: `Bearer ${token}`, 'x-transaction-id': randomUUID() },
  });
  const body = (await response.body.json()) as { content: Array<{ url: string }> };
  return body.content[0].url;
}

async function deliver(url: string, payload: Record<string, unknown>): Promise<number> {
  const body = {
    installmentNumber: 1,
    transactionId: randomUUID(),
    nsu: '457856999',
    amount: 49.9,
    scheduledDate: '2025-03-01',
    attempts: 1,
    paymentDate: new Date().toISOString(),
    userReference: null,
    ...payload,
  };
  const response = await request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  await response.body.text();
  return response.statusCode;
}

function yesterday(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}
