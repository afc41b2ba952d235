import { startTestPaygraph, type TestPaygraph } from '../../helpers/paygraph';
import { CARDS, card } from '../../helpers/cards';
import {
  ChargeSavedCardDocument as CHARGE_SAVED,
  DeleteSavedCardDocument as DELETE,
  SaveCardDocument as SAVE,
  SavedCardsDocument as LIST,
  ChargeCardDocument as CHARGE,
} from '../../generated/graphql';

let app: TestPaygraph;
beforeAll(async () => {
  app = await startTestPaygraph();
});
afterAll(() => app.close());

test('save → charge → delete a card; afterwards the saved card is NOT_FOUND without a charge attempt', async () => {
  const sim = app.sandbox!.astra;
  const saved = (await app.gqlTyped(SAVE, { input: { card: card(CARDS.mastercard), holderDocument: '123.456.789-09', reference: 'customer-42' } })).data!.saveCard;
  expect(saved.userErrors).toEqual([]);
  expect(saved.savedCard).toMatchObject({ brand: 'MASTERCARD', maskedNumber: '555555******4444', holderName: 'JOAO SILVA', expiryMonth: 12, reference: 'customer-42' });
  const id = saved.savedCard!.id;
  const listed = (await app.gqlTyped(LIST, { first: 100 })).data!.savedCards!;
  expect(listed.edges.map((e) => e.node.id)).toContain(id);

  const charged = (await app.gqlTyped(CHARGE_SAVED, { input: { savedCardId: id, amount: '42.00', securityCode: '123' } })).data!.chargeSavedCard;
  expect(charged.userErrors).toEqual([]);
  expect(charged.cardTransaction).toMatchObject({ status: 'APPROVED', maskedNumber: '555555******4444', savedCardToken: saved.savedCard!.token, amount: { amount: '42.00' } });
  // chargeCard takes a saved card too.
  const viaChargeCard = (await app.gqlTyped(CHARGE, { input: { savedCardId: id, amount: '1.00' } })).data!.chargeCard;
  expect(viaChargeCard.cardTransaction!.status).toBe('APPROVED');

  const deleted = (await app.gqlTyped(DELETE, { input: { savedCardId: id } })).data!.deleteSavedCard;
  expect(deleted).toEqual({ savedCard: { id, maskedNumber: '555555******4444' }, userErrors: [] });
  const posts = sim.counters.count('POST /card/v1/credit/tokenized');
  const after = (await app.gqlTyped(CHARGE_SAVED, { input: { savedCardId: id, amount: '1.00' } })).data!.chargeSavedCard;
  expect(after).toEqual({ cardTransaction: null, userErrors: [expect.objectContaining({ field: ['input', 'savedCardId'], code: 'NOT_FOUND' })] });
  expect(sim.counters.count('POST /card/v1/credit/tokenized')).toBe(posts);
});

test('a saved sandbox decline card declines as data', async () => {
  const saved = (await app.gqlTyped(SAVE, { input: { card: card(CARDS.declined) } })).data!.saveCard.savedCard!;
  const charged = (await app.gqlTyped(CHARGE_SAVED, { input: { savedCardId: saved.id, amount: '10.00' } })).data!.chargeSavedCard;
  expect(charged.cardTransaction!.status).toBe('DECLINED');
  expect(charged.userErrors.map((e) => e.code)).toEqual(['DECLINED']);
});
