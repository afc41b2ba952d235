import { startTestPaygraph, type TestPaygraph } from '../../helpers/paygraph';
import { CARDS, card, chargeInput } from '../../helpers/cards';
import { ChargeCardDocument as CHARGE, SaveCardDocument as SAVE, SavedCardsDocument as LIST } from '../../generated/graphql';

/** Card mutations need the `cards` scope besides `write`; reads need only `read`. */
const WRITER = 'writer-key-0123456789';
const CARDS_KEY = 'cards-key-0123456789';
let app: TestPaygraph;
beforeAll(async () => {
  app = await startTestPaygraph({ API_KEYS: `writer=${WRITER}:read+write,shop=${CARDS_KEY}:read+write+cards` });
});
afterAll(() => app.close());

test('a read+write key cannot charge or save cards (FORBIDDEN, no provider call); a key with `cards` can', async () => {
  const sim = app.sandbox!.astra;
  const before = sim.counters.count('POST /card/v1/credit') + sim.counters.count('POST /card/v1/tokenized');
  const denied = await app.gqlTyped(CHARGE, { input: chargeInput(CARDS.approved) as never }, { authorization: `Bearer ${WRITER}` });
  expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  const deniedSave = await app.gqlTyped(SAVE, { input: { card: card(CARDS.approved) } as never }, { authorization: `Bearer ${WRITER}` });
  expect(deniedSave.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  expect(sim.counters.count('POST /card/v1/credit') + sim.counters.count('POST /card/v1/tokenized')).toBe(before);
  // Reading masked saved cards needs only `read`.
  expect((await app.gqlTyped(LIST, {}, { authorization: `Bearer ${WRITER}` })).errors).toBeUndefined();

  const allowed = await app.gqlTyped(CHARGE, { input: chargeInput(CARDS.approved) as never }, { authorization: `Bearer ${CARDS_KEY}` });
  expect(allowed.data!.chargeCard.cardTransaction!.status).toBe('APPROVED');
});
