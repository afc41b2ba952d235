/** Astra simulator, card transactions and tokenized cards (ASM-A44…A46, A50, A51), over real HTTP. */
import { startAstraSimulator, type AstraSimulator } from '../../src/astra';
import { AstraSimClient } from '../helpers/astra-sim-client';

let sim: AstraSimulator;
let api: AstraSimClient;
beforeAll(async () => {
  sim = await startAstraSimulator({ sandboxDelayMs: 0 });
  api = new AstraSimClient(sim.url, sim.clientId, sim.clientSecret);
});
afterAll(() => sim.close());

const future = `${new Date().getUTCFullYear() + 3}12`;
const body = (overrides: Record<string, unknown> = {}) => ({
  cardNumber: '4111111111111111',
  nameCreditCard: 'JOAO SILVA',
  expirationDate: future,
  cvv: '123',
  amount: 150.0,
  numberInstallments: 1,
  typePayment: 'A_VISTA',
  ...overrides,
});

test.each([
  ['Luhn', { cardNumber: '4111111111111112' }, /cardNumber/],
  ['length', { cardNumber: '411111111111' }, /cardNumber/],
  ['expiry in the past', { expirationDate: '202001' }, /expirationDate/],
  ['expiry format', { expirationDate: '12/30' }, /expirationDate/],
  ['CVV length', { cvv: '12' }, /cvv/],
  ['installments 13', { numberInstallments: 13, typePayment: 'PARCELADO_LOJA' }, /numberInstallments/],
  ['typePayment mismatch', { numberInstallments: 2 }, /typePayment/],
  ['amount with 3 decimals', { amount: 1.001 }, /amount/],
])('POST /card/v1/credit with a bad %s → 400 naming the field, never the card number', async (_name, overrides, field) => {
  const response = await api.call('POST', '/card/v1/credit', { body: body(overrides) });
  expect(response.status).toBe(400);
  expect(response.body.errors.join(' ')).toMatch(field);
  expect(JSON.stringify(response.body)).not.toMatch(/41111111111111/);
});

test('ASM-A51: 4000000000000002 declines with 200 and return code 05; a number CVV is accepted', async () => {
  const response = await api.call('POST', '/card/v1/credit', { body: body({ cardNumber: '4000000000000002', cvv: 123 }) });
  expect(response.status).toBe(200);
  expect(response.body).toMatchObject({ status: 'DECLINED', returnCode: '05', returnMessage: 'Not authorized', authorizationCode: null, maskedCardNumber: '400000******0002' });
});

test('ASM-A51: 4000000000000259 is approved, then CHARGEBACK after the sandbox delay', async () => {
  const created = (await api.call('POST', '/card/v1/credit', { body: body({ cardNumber: '4000000000000259' }) })).body;
  expect(created.status).toBe('APPROVED');
  await sim.waitForIdle();
  expect((await api.call('GET', `/card/v1/credit/${created.transactionId}`)).body.status).toBe('CHARGEBACK');
  const cancel = await api.call('PUT', `/card/v1/credit/${created.transactionId}/cancel`);
  expect(cancel.status).toBe(400);
});

test('ASM-A50: register, charge by token (same sandbox rule), delete; then 404 in paths and 400 in bodies', async () => {
  const card = (await api.call('POST', '/card/v1/tokenized', { body: { cardNumber: '4000000000000002', nameCreditCard: 'A', expirationDate: future } })).body;
  expect(card).toMatchObject({ cardBrand: 'VISA', maskedCardNumber: '400000******0002' });
  expect(JSON.stringify(card)).not.toContain('4000000000000002');
  const charged = await api.call('POST', '/card/v1/credit/tokenized', { body: { cardToken: card.cardToken, amount: 1, numberInstallments: 1, typePayment: 'A_VISTA' } });
  expect(charged.body).toMatchObject({ status: 'DECLINED', cardToken: card.cardToken });
  expect((await api.call('DELETE', `/card/v1/tokenized/${card.cardToken}`)).status).toBe(200);
  expect((await api.call('GET', `/card/v1/tokenized/${card.cardToken}`)).status).toBe(404);
  const after = await api.call('POST', '/card/v1/credit/tokenized', { body: { cardToken: card.cardToken, amount: 1, numberInstallments: 1, typePayment: 'A_VISTA' } });
  expect(after.status).toBe(400);
});

test('ASM-A46: list filters and cancel of an APPROVED transaction', async () => {
  const created = (await api.call('POST', '/card/v1/credit', { body: body({ userReference: 'list-me' }) })).body;
  const listed = (await api.call('GET', '/card/v1/credit?userReference=list-me')).body;
  expect(listed.content.map((t: { transactionId: string }) => t.transactionId)).toEqual([created.transactionId]);
  const cancelled = (await api.call('PUT', `/card/v1/credit/${created.transactionId}/cancel`)).body;
  expect(cancelled).toMatchObject({ status: 'CANCELED' });
  expect(cancelled.canceledAt).not.toBeNull();
  expect((await api.call('GET', '/card/v1/credit?status=CANCELED&userReference=list-me')).body.totalElements).toBe(1);
});
