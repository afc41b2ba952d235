/** Astra simulator, card recurrences and schedules (ASM-A47…A49, A16, A51), over real HTTP. */
import { startAstraSimulator, type AstraSimulator } from '../../src/astra';
import { simToday, plusDays } from '../../src/astra/automatic-pix/calendar';
import { AstraSimClient, startWebhookSink, type WebhookSink } from '../helpers/astra-sim-client';
import { keyPaths, loadFixture } from '../helpers/wire-fixtures';

let sim: AstraSimulator;
let api: AstraSimClient;
let sink: WebhookSink;
beforeAll(async () => {
  sim = await startAstraSimulator({ sandboxDelayMs: 0 });
  api = new AstraSimClient(sim.url, sim.clientId, sim.clientSecret);
  sink = await startWebhookSink();
  expect((await api.call('POST', '/webhook/v1', { body: { url: sink.url, type: 'CARD_RECURRING_INBOUND' } })).status).toBeLessThan(300);
});
afterAll(async () => {
  await sim.close();
  await sink.close();
});

const DAY_MS = 86_400_000;
const today = () => simToday(sim.clock.now());
const fixtureKeys = (name: string) => keyPaths(loadFixture('astra', name).body);
const body = (overrides: Record<string, unknown> = {}) => ({
  recurrenceType: 'LIMITED_TIMES',
  recurrenceFrequency: 'MONTHLY',
  startDate: plusDays(today(), 1),
  numberInstallments: 2,
  amount: 49.9,
  cardNumber: '4111111111111111',
  nameCreditCard: 'JOAO SILVA',
  expirationDate: `${new Date().getUTCFullYear() + 3}12`,
  cvv: '123',
  document: '12345678909',
  userReference: 'sub-777',
  infoData: {},
  ...overrides,
});
/** Deliveries about one recurrence (other tests' recurrences are charged by the same clock moves). */
const deliveriesOf = (id: string) => sink.received.map((d) => d.body as Record<string, unknown>).filter((b) => b.recurrenceId === id);
const advanceDays = async (days: number) => {
  sim.clock.advance(days * DAY_MS);
  await sim.waitForIdle();
  api.forgetToken(); // tokens expire on the simulator clock (ASM-A03)
};

test.each([
  ['Luhn', { cardNumber: '4111111111111112' }, /cardNumber/],
  ['CVV length', { cvv: '12' }, /cvv/],
  ['type', { recurrenceType: 'SOMETIMES' }, /recurrenceType/],
  ['frequency', { recurrenceFrequency: 'HOURLY' }, /recurrenceFrequency/],
  ['LIMITED_TIMES without numberInstallments', { numberInstallments: null }, /numberInstallments is required/],
  ['INDETERMINATE with numberInstallments', { recurrenceType: 'INDETERMINATE' }, /numberInstallments must be null/],
  ['121 installments', { numberInstallments: 121 }, /numberInstallments/],
  ['startDate in the past', { startDate: '2020-01-01' }, /startDate/],
  ['maxAttempts 11', { maxAttempts: 11 }, /maxAttempts/],
  ['document missing', { document: undefined }, /document/],
  ['infoData missing', { infoData: undefined }, /infoData/],
  ['infoData with a number', { infoData: { plan: 1 } }, /infoData/],
])('POST /card/v1/recurrence with a bad %s → 400 naming the field, never the card number', async (_name, overrides, field) => {
  const response = await api.call('POST', '/card/v1/recurrence', { body: body(overrides) });
  expect(response.status).toBe(400);
  expect(response.body.errors.join(' ')).toMatch(field);
  expect(JSON.stringify(response.body)).not.toMatch(/41111111111111/);
});

test('create → the ASM-A48 object (fixture key set), ACTIVE with its first schedule (ASM-A49 key set); consult, list, 404', async () => {
  const created = await api.call('POST', '/card/v1/recurrence', { body: body() });
  expect(created.status).toBe(200);
  expect(keyPaths(created.body)).toEqual(fixtureKeys('asm-a48-card-recurrence').filter((path) => path !== 'infoData.plan'));
  expect(created.body).toMatchObject({ status: 'ACTIVE', executedInstallments: 0, nextScheduleDate: plusDays(today(), 1), maxAttempts: 3, maskedCardNumber: '411111******1111' });
  const id = created.body.recurrenceId;
  const schedules = await api.call('GET', `/card/v1/recurrence/${id}/schedules`);
  expect(keyPaths(schedules.body.content[0])).toEqual(fixtureKeys('asm-a49-card-recurrence-schedule'));
  expect((await api.call('GET', `/card/v1/recurrence/${id}`)).body.recurrenceId).toBe(id);
  const listed = await api.call('GET', '/card/v1/recurrence?status=ACTIVE&document=12345678909');
  expect(listed.body.content.map((r: { recurrenceId: string }) => r.recurrenceId)).toContain(id);
  expect((await api.call('GET', '/card/v1/recurrence/nope')).status).toBe(404);
  expect((await api.call('GET', '/card/v1/recurrence/nope/schedules')).status).toBe(404);
});

test('schedules are charged as the clock reaches them; each PAID sends CARD_RECURRING_INBOUND (fixture key set); COMPLETED after the last', async () => {
  const id = (await api.call('POST', '/card/v1/recurrence', { body: body({ recurrenceFrequency: 'DAILY' }) })).body.recurrenceId;
  await advanceDays(1);
  expect(deliveriesOf(id)).toHaveLength(1);
  const delivery = deliveriesOf(id)[0];
  expect(keyPaths(delivery)).toEqual(fixtureKeys('asm-a16-card-recurring-inbound'));
  expect(delivery).toMatchObject({ recurrenceId: id, installmentNumber: 1, status: 'PAID', attempts: 1, amount: 49.9 });
  const charge = await api.call('GET', `/card/v1/credit/${String(delivery.transactionId)}`);
  expect(charge.body).toMatchObject({ status: 'APPROVED', recurrenceId: id, scheduleId: delivery.scheduleId, numberInstallments: 1, typePayment: 'A_VISTA' });
  await advanceDays(1);
  expect(deliveriesOf(id)).toHaveLength(2);
  const recurrence = (await api.call('GET', `/card/v1/recurrence/${id}`)).body;
  expect(recurrence).toMatchObject({ status: 'COMPLETED', executedInstallments: 2, nextScheduleDate: null });
  const listed = await api.call('GET', `/card/v1/credit?recurrenceId=${id}`);
  expect(listed.body.totalElements).toBe(2);
});

test('ASM-A49/A51: a declining card is retried once a day; FAILED after maxAttempts (one delivery), recurrence CANCELED MAX_ATTEMPTS_REACHED', async () => {
  const id = (await api.call('POST', '/card/v1/recurrence', { body: body({ cardNumber: '4000000000000002', maxAttempts: 3 }) })).body.recurrenceId;
  const attemptsAfter = async () => (await api.call('GET', `/card/v1/recurrence/${id}/schedules`)).body.content[0];
  await advanceDays(1);
  expect(await attemptsAfter()).toMatchObject({ status: 'SCHEDULED', attempts: 1 });
  await advanceDays(1);
  expect(await attemptsAfter()).toMatchObject({ status: 'SCHEDULED', attempts: 2 });
  expect(deliveriesOf(id)).toEqual([]);
  await advanceDays(1);
  expect(await attemptsAfter()).toMatchObject({ status: 'FAILED', attempts: 3 });
  expect(deliveriesOf(id)).toHaveLength(1);
  expect(deliveriesOf(id)[0]).toMatchObject({ recurrenceId: id, status: 'FAILED', paymentDate: null, attempts: 3 });
  expect((await api.call('GET', `/card/v1/recurrence/${id}`)).body).toMatchObject({ status: 'CANCELED', cancelReason: 'MAX_ATTEMPTS_REACHED' });
  expect((await api.call('PUT', `/card/v1/recurrence/${id}/cancel`)).status).toBe(400);
});

test('cancel schedulling: only SCHEDULED (else 400); the next schedule follows; cancel recurrence: CLIENT_REQUEST, pending dropped', async () => {
  const id = (await api.call('POST', '/card/v1/recurrence', { body: body({ recurrenceType: 'INDETERMINATE', numberInstallments: null, recurrenceFrequency: 'WEEKLY' }) })).body
    .recurrenceId;
  const first = (await api.call('GET', `/card/v1/recurrence/${id}/schedules`)).body.content[0];
  const cancelled = await api.call('PUT', `/card/v1/recurrence/${id}/schedules/${first.scheduleId}/cancel`);
  expect(cancelled.body).toMatchObject({ status: 'CANCELED' });
  expect((await api.call('PUT', `/card/v1/recurrence/${id}/schedules/${first.scheduleId}/cancel`)).status).toBe(400);
  expect((await api.call('PUT', `/card/v1/recurrence/${id}/schedules/nope/cancel`)).status).toBe(404);
  const schedules = (await api.call('GET', `/card/v1/recurrence/${id}/schedules`)).body.content;
  expect(schedules.map((s: { installmentNumber: number; scheduledDate: string }) => [s.installmentNumber, s.scheduledDate])).toEqual([
    [1, first.scheduledDate],
    [2, plusDays(first.scheduledDate, 7)],
  ]);
  const stopped = await api.call('PUT', `/card/v1/recurrence/${id}/cancel`);
  expect(stopped.body).toMatchObject({ status: 'CANCELED', cancelReason: 'CLIENT_REQUEST', nextScheduleDate: null });
  expect((await api.call('GET', `/card/v1/recurrence/${id}/schedules?status=SCHEDULED`)).body.totalElements).toBe(0);
});

test('validateCard with a future start: a declining card → 400 "Card validation failed", nothing created; counted by route', async () => {
  const before = sim.counters.count('POST /card/v1/recurrence');
  const refused = await api.call('POST', '/card/v1/recurrence', { body: body({ cardNumber: '4000000000000002', validateCard: true, userReference: 'validate-me' }) });
  expect(refused.status).toBe(400);
  expect(refused.body.errors).toEqual(['Card validation failed']);
  expect((await api.call('GET', '/card/v1/recurrence?userReference=validate-me')).body.totalElements).toBe(0);
  expect(sim.counters.count('POST /card/v1/recurrence')).toBe(before + 1);
});
