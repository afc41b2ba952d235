import { startTestPaygraph, type TestPaygraph } from '../helpers/paygraph';
import { ADVANCE } from '../helpers/automatic-pix';
import { CARDS, card } from '../helpers/cards';
import { addDays, brasiliaDay } from '../../src/lib/brasilia-calendar';

/**
 * The sandbox clock (issue 26): after advanceSandboxClock the lists' default date window follows
 * the simulator's calendar, so objects created after the move are found; `sandboxClock` reads it.
 */
let app: TestPaygraph;
beforeAll(async () => {
  app = await startTestPaygraph({}, { astraSimulator: { sandboxDelayMs: 50 } });
});
afterAll(() => app.close());

const SANDBOX_CLOCK = 'query { sandboxClock { now today } }';
const SAVE = 'mutation($input: SaveCardInput!) { saveCard(input: $input) { savedCard { id } userErrors { code } } }';
const CHARGE_SAVED = 'mutation($input: ChargeSavedCardInput!) { chargeSavedCard(input: $input) { cardTransaction { id } userErrors { code } } }';
const CARD_LIST = 'query($filter: CardTransactionFilter) { cardTransactions(filter: $filter, first: 50) { edges { node { id } } } }';
const CREATE_PIX = 'mutation($input: CreatePixChargeInput!) { createPixCharge(input: $input) { pixCharge { id } userErrors { code } } }';
const PIX_LIST = 'query($filter: PixChargeFilter) { pixCharges(filter: $filter, first: 50) { edges { node { id } } } }';

const advance = async (days: number) => {
  const result = (await app.gql(ADVANCE, { days })).data.advanceSandboxClock;
  expect(result.userErrors).toEqual([]);
  return result as { now: string; today: string };
};
const ids = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map(({ node }) => node.id);

test('sandboxClock answers the sandbox instant and its Brasília today, and follows advanceSandboxClock', async () => {
  // The sandbox clock runs (real time plus the moves), so its reading falls between two direct reads.
  const instant = (iso: string) => new Date(iso).getTime();
  const readBefore = app.services.sandbox!.now!().getTime();
  const before = (await app.gql(SANDBOX_CLOCK)).data.sandboxClock;
  expect(instant(before.now)).toBeGreaterThanOrEqual(readBefore);
  expect(instant(before.now)).toBeLessThanOrEqual(app.services.sandbox!.now!().getTime());
  expect(before.today).toBe(brasiliaDay(new Date(before.now)));
  const moved = await advance(3);
  expect(instant(moved.now) - instant(before.now)).toBeGreaterThanOrEqual(3 * 86_400_000);
  const after = (await app.gql(SANDBOX_CLOCK)).data.sandboxClock;
  expect(instant(after.now)).toBeGreaterThanOrEqual(instant(moved.now));
  expect(instant(after.now) - instant(moved.now)).toBeLessThan(60_000);
  expect(after.today).toBe(brasiliaDay(new Date(after.now)));
  expect(after.today).toBe(addDays(before.today, 3));
});

test('cardTransactions(filter: {savedCardId}) finds a charge made after advanceSandboxClock', async () => {
  await advance(40);
  const saved = (await app.gql(SAVE, { input: { card: card(CARDS.approved) } })).data.saveCard;
  expect(saved.userErrors).toEqual([]);
  const savedCardId = saved.savedCard.id as string;
  const charged = (await app.gql(CHARGE_SAVED, { input: { savedCardId, amount: '12.34', securityCode: '123' } })).data.chargeSavedCard;
  expect(charged.userErrors).toEqual([]);
  const list = (await app.gql(CARD_LIST, { filter: { savedCardId } })).data.cardTransactions;
  expect(ids(list)).toEqual([charged.cardTransaction.id]);
});

test('pixCharges(filter: {reference}) finds a charge created after advanceSandboxClock', async () => {
  await advance(40);
  const created = (await app.gql(CREATE_PIX, { input: { amount: '10.00', reference: 'after-clock-move' } })).data.createPixCharge;
  expect(created.userErrors).toEqual([]);
  const list = (await app.gql(PIX_LIST, { filter: { reference: 'after-clock-move' } })).data.pixCharges;
  expect(ids(list)).toEqual([created.pixCharge.id]);
});
