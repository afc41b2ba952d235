import { startTestPaygraph, type TestPaygraph } from '../../helpers/paygraph';
import { CARDS, CVV, card, chargeInput } from '../../helpers/cards';
import { encodeGlobalId } from '../../../src/lib/global-id';
import { ChargeCardDocument as CHARGE, ChargeSavedCardDocument as CHARGE_SAVED, SaveCardDocument as SAVE } from '../../generated/graphql';

/** Every bad card input answers its path and code, and the simulator sees no card request at all. */
let app: TestPaygraph;
beforeAll(async () => {
  app = await startTestPaygraph();
});
afterAll(() => app.close());

const cardCalls = () =>
  Object.entries(app.sandbox!.astra.counters.snapshot())
    .filter(([route]) => route.includes('/card/'))
    .reduce((sum, [, n]) => sum + n, 0);

const lastYear = new Date().getUTCFullYear() - 1;
const CASES: Array<[string, Record<string, unknown>, string[], string]> = [
  ['Luhn check digit', chargeInput('4111111111111112'), ['input', 'card', 'number'], 'INVALID'],
  ['too few digits', chargeInput('411111111111'), ['input', 'card', 'number'], 'INVALID'],
  ['letters in the number', chargeInput('4111-1111-1111-111x'), ['input', 'card', 'number'], 'INVALID'],
  ['expiry in the past', { ...chargeInput(CARDS.approved), card: card(CARDS.approved, { expiryYear: lastYear }) }, ['input', 'card', 'expiryYear'], 'INVALID'],
  ['expiry month 13', { ...chargeInput(CARDS.approved), card: card(CARDS.approved, { expiryMonth: 13 }) }, ['input', 'card', 'expiryMonth'], 'INVALID'],
  ['CVV of 2 digits', chargeInput(CARDS.approved, { securityCode: '12' }), ['input', 'securityCode'], 'INVALID'],
  ['CVV of 4 digits at Astra', chargeInput(CARDS.approved, { securityCode: '1234' }), ['input', 'securityCode'], 'INVALID'],
  ['CVV with letters', chargeInput(CARDS.approved, { securityCode: '12a' }), ['input', 'securityCode'], 'INVALID'],
  ['no CVV with a card', chargeInput(CARDS.approved, { securityCode: null }), ['input', 'securityCode'], 'REQUIRED'],
  ['amount zero', chargeInput(CARDS.approved, { amount: '0.00' }), ['input', 'amount'], 'INVALID'],
  ['amount above the maximum', chargeInput(CARDS.approved, { amount: '1000000.00' }), ['input', 'amount'], 'INVALID'],
  ['amount with 3 decimals', chargeInput(CARDS.approved, { amount: '1.001' }), ['input', 'amount'], 'INVALID'],
  ['installments 0', chargeInput(CARDS.approved, { installments: 0 }), ['input', 'installments'], 'INVALID'],
  ['installments 13', chargeInput(CARDS.approved, { installments: 13 }), ['input', 'installments'], 'INVALID'],
  ['description too long', chargeInput(CARDS.approved, { description: 'x'.repeat(83) }), ['input', 'description'], 'INVALID'],
  ['payer document check digits', chargeInput(CARDS.approved, { payer: { document: '123.456.789-00' } }), ['input', 'payer', 'document'], 'INVALID'],
  ['both card and savedCardId', chargeInput(CARDS.approved, { savedCardId: encodeGlobalId('SavedCard', 'ASTRA', 'x') }), ['input', 'card'], 'INVALID'],
  ['a token that is not a SavedCard id', { savedCardId: 'not-an-id', amount: '1.00' }, ['input', 'savedCardId'], 'INVALID'],
  ['an idempotency key with a control character', chargeInput(CARDS.approved, { idempotencyKey: 'a\u0001b' }), ['input', 'idempotencyKey'], 'INVALID'],
];

test.each(CASES)('chargeCard, %s → path and code, 0 provider calls', async (_name, input, field, code) => {
  const before = cardCalls();
  const result = (await app.gqlTyped(CHARGE, { input: input as never })).data!.chargeCard;
  expect(result.cardTransaction).toBeNull();
  expect(result.userErrors).toContainEqual(expect.objectContaining({ field, code }));
  expect(cardCalls()).toBe(before);
});

test('saveCard with a bad number and a past expiry reports both, 0 provider calls', async () => {
  const before = cardCalls();
  const result = (await app.gqlTyped(SAVE, { input: { card: card('4111111111111112', { expiryYear: lastYear }) } })).data!.saveCard;
  expect(result.userErrors.map((e) => [e.field, e.code])).toEqual([
    [['input', 'card', 'number'], 'INVALID'],
    [['input', 'card', 'expiryYear'], 'INVALID'],
  ]);
  expect(cardCalls()).toBe(before);
});

test('chargeSavedCard with an unknown token: NOT_FOUND at input.savedCardId after one read, no charge attempted', async () => {
  const sim = app.sandbox!.astra;
  const posts = sim.counters.count('POST /card/v1/credit/tokenized');
  const result = (await app.gqlTyped(CHARGE_SAVED, { input: { savedCardId: encodeGlobalId('SavedCard', 'ASTRA', 'no-such-token'), amount: '1.00', securityCode: CVV } })).data!
    .chargeSavedCard;
  expect(result.userErrors).toEqual([expect.objectContaining({ field: ['input', 'savedCardId'], code: 'NOT_FOUND' })]);
  expect(sim.counters.count('POST /card/v1/credit/tokenized')).toBe(posts);
});

test('the card scalars refuse non-strings as user errors too (no top-level error quoting the value)', async () => {
  const before = cardCalls();
  const response = await app.gql(`mutation($i: ChargeCardInput!) { chargeCard(input: $i) { userErrors { field code message } } }`, {
    i: { card: { number: 4111111111111111, holderName: 'A', expiryMonth: 1, expiryYear: 2099 }, securityCode: 737, amount: '1.00' },
  });
  expect(response.errors).toBeUndefined();
  expect(response.data.chargeCard.userErrors.map((e: { field: string[] }) => e.field)).toEqual([
    ['input', 'card', 'number'],
    ['input', 'securityCode'],
  ]);
  expect(JSON.stringify(response)).not.toMatch(/4111111111111111|737/);
  expect(cardCalls()).toBe(before);
});
