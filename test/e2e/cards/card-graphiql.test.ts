import { parse, validate, type GraphQLSchema } from 'graphql';
import { startTestPaygraph, eventually, type TestPaygraph } from '../../helpers/paygraph';
import { subscribe, untilSubscribers, type TestSubscription } from '../../helpers/subscriptions';
import { defaultGraphiqlTabs } from '../../../src/graphiql/default-tabs';
import { buildSchema } from '../../../src/build-schema';

/** The GraphiQL card tabs: present, valid against the schema GraphiQL talks to, and working as shipped. */
const CARD_TABS = [
  'CardCharge',
  'CardDecline',
  'CardChargeback',
  'WatchCardTransaction',
  'SaveCard',
  'ChargeSavedCard',
  'CardRecurrence',
  'AdvanceClockForCards',
  'ReadCardRecurrence',
];
let app: TestPaygraph;
let subs: TestSubscription[] = [];
beforeAll(async () => {
  app = await startTestPaygraph({}, { astraSimulator: { sandboxDelayMs: 50 }, confirmRetryDelaysMs: [30, 30, 30, 30] });
});
afterEach(async () => {
  await Promise.all(subs.map((s) => s.close()));
  subs = [];
});
afterAll(() => app.close());

const tab = (name: string) => defaultGraphiqlTabs(true).find((candidate) => candidate.name === name)!;
async function run(name: string, variables?: Record<string, unknown>): Promise<any> {
  const response = await app.gql(tab(name).query, variables);
  expect(response.errors).toBeUndefined();
  return response.data;
}

describe.each([
  ['sandbox', true],
  ['live', false],
])('%s mode', (_mode, sandbox) => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildSchema({ sandbox });
  });

  test('the card tabs exist (the clock tab only in sandbox mode)', () => {
    const names = defaultGraphiqlTabs(sandbox).map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(CARD_TABS.filter((name) => sandbox || name !== 'AdvanceClockForCards')));
    expect(names.includes('AdvanceClockForCards')).toBe(sandbox);
    expect(new Set(names).size).toBe(names.length);
  });

  test("every tab's operations validate against the schema, and its variables are JSON", () => {
    for (const t of defaultGraphiqlTabs(sandbox)) {
      expect({ tab: t.name, errors: validate(schema, parse(t.query)).map((e) => e.message) }).toEqual({ tab: t.name, errors: [] });
      if (t.variables) expect(() => JSON.parse(t.variables!)).not.toThrow();
    }
  });
});

test('CardChargeback + WatchCardTransaction: the chargeback arrives on the subscription', async () => {
  const charged = (await run('CardChargeback')).chargeCard;
  expect(charged.cardTransaction).toMatchObject({ status: 'APPROVED', maskedNumber: '400000******0259' });
  const watch = subscribe(app.wsUrl, tab('WatchCardTransaction').query, { id: charged.cardTransaction.id });
  subs.push(watch);
  await eventually(async () => watch.received.some((m) => m.cardTransactionUpdated.status === 'CHARGED_BACK'), 10_000);
  expect(watch.errors).toEqual([]);
});

test('SaveCard + ChargeSavedCard: the saved card is charged, once for its idempotencyKey', async () => {
  const saved = (await run('SaveCard')).saveCard;
  expect(saved).toMatchObject({ userErrors: [], savedCard: { brand: 'MASTERCARD', maskedNumber: '555555******4444' } });
  const first = (await run('ChargeSavedCard', { savedCardId: saved.savedCard.id })).chargeSavedCard;
  expect(first).toMatchObject({ userErrors: [], cardTransaction: { status: 'APPROVED', savedCardToken: saved.savedCard.providerId, amount: { amount: '42.00' } } });
  const again = (await run('ChargeSavedCard', { savedCardId: saved.savedCard.id })).chargeSavedCard;
  expect(again.cardTransaction.id).toBe(first.cardTransaction.id);
});

test('CardRecurrence + AdvanceClockForCards + ReadCardRecurrence: charged today, then once per clock advance, then COMPLETED', async () => {
  const created = (await run('CardRecurrence')).createCardRecurrence;
  expect(created).toMatchObject({ userErrors: [], cardRecurrence: { status: 'ACTIVE', frequency: 'DAILY', count: 3, executedCharges: 0 } });
  const id = created.cardRecurrence.id;
  const watch = subscribe(app.wsUrl, 'subscription($id: ID!) { cardRecurrenceUpdated(id: $id) { executedCharges status } }', { id });
  subs.push(watch);
  await untilSubscribers(() => app.services.bus.subscriberCount, 1);
  await eventually(async () => (await run('ReadCardRecurrence', { id })).node.executedCharges === 1, 10_000);
  for (const expected of [2, 3]) {
    expect((await run('AdvanceClockForCards')).advanceSandboxClock.userErrors).toEqual([]);
    await eventually(async () => (await run('ReadCardRecurrence', { id })).node.executedCharges === expected, 10_000);
  }
  const read = (await run('ReadCardRecurrence', { id })).node;
  expect(read).toMatchObject({ status: 'COMPLETED', nextChargeDate: null });
  expect(read.schedules.edges.map((e: any) => [e.node.status, e.node.transaction.status])).toEqual([
    ['PAID', 'APPROVED'],
    ['PAID', 'APPROVED'],
    ['PAID', 'APPROVED'],
  ]);
  await eventually(async () => watch.received.at(-1)?.cardRecurrenceUpdated.status === 'COMPLETED', 10_000);
  expect(watch.received.map((m) => m.cardRecurrenceUpdated.executedCharges)).toEqual([...new Set(watch.received.map((m) => m.cardRecurrenceUpdated.executedCharges))]);
});
