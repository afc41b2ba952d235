/**
 * Astra simulator, Automatic Pix endpoints 24–31 (ASM-A36…A43), over real HTTP: documented shapes,
 * integer cents (a reais-shaped amount is refused), the contract's 400 rules, and the sandbox rules
 * on the simulator clock.
 */
import { startAstraSimulator, type AstraSimulator } from '../../src/astra';
import { AstraSimClient } from '../helpers/astra-sim-client';
import { keyPaths, loadFixture } from '../helpers/wire-fixtures';

const BASE = '/automatic-pix/v1';
let sim: AstraSimulator;
let client: AstraSimClient;

beforeAll(async () => {
  sim = await startAstraSimulator({ sandboxDelayMs: 0 });
  client = new AstraSimClient(sim.url, sim.clientId, sim.clientSecret);
  sim.clock.set(new Date('2025-01-15T10:00:00-03:00'));
});
afterAll(() => sim.close());

/** Moves the simulator calendar; its tokens expire on that clock, so the client takes a new one. */
function advanceDays(days: number): void {
  sim.clock.advance(days * 86_400_000);
  client.forgetToken();
}

function authorizationBody(overrides: Record<string, unknown> = {}) {
  return { ...loadFixture<any>('astra', 'asm-a38-create-authorization-request').body, ...overrides };
}

async function approvedAuthorization(overrides: Record<string, unknown> = {}): Promise<any> {
  const created = await client.call('POST', `${BASE}/authorizations`, { body: authorizationBody(overrides) });
  expect(created.status).toBe(200);
  await sim.waitForIdle();
  return (await client.call('GET', `${BASE}/authorizations/${created.body.authorizationId}`)).body;
}

test('participants: page envelope of the six, by name', async () => {
  const response = await client.call('GET', `${BASE}/participants?size=2&page=1`);
  expect(response.status).toBe(200);
  expect(response.body).toMatchObject({ page: 1, size: 2, totalElements: 6, totalPages: 3 });
  expect(response.body.content).toEqual([
    { ispb: '90400888', name: 'Banco Santander (Brasil) S.A.' },
    { ispb: '00360305', name: 'Caixa Econômica Federal' },
  ]);
});

test('create authorization: the ASM-A39 shape, PENDING then APPROVED after the sandbox delay', async () => {
  const created = await client.call('POST', `${BASE}/authorizations`, { body: authorizationBody() });
  expect(created.status).toBe(200);
  expect(keyPaths(created.body)).toEqual(keyPaths(loadFixture('astra', 'asm-a39-authorization-object').body));
  expect(created.body).toMatchObject({ status: 'PENDING', maxAmount: 15000, minAmount: 1000 });
  await sim.waitForIdle();
  expect((await client.call('GET', `${BASE}/authorizations/${created.body.authorizationId}`)).body.status).toBe('APPROVED');
});

test('contract 400s: reais-shaped amounts, unknown participant, bad cycle', async () => {
  const response = await client.call('POST', `${BASE}/authorizations`, {
    body: authorizationBody({ maxAmount: 150.0, minAmount: 10.5, participantId: '99999999', periodicity: 'P2W', startDate: '2025-01-14' }),
  });
  expect(response.status).toBe(400);
  expect(response.body.errors).toEqual(
    expect.arrayContaining([
      'minAmount must be an integer amount in cents between 1 and 2147483647',
      'participantId must be the ispb of a PIX participant',
      'periodicity must be one of P1W, P1M, P3M, P6M, P1Y',
    ]),
  );
});

test('payments: the ASM-A41 shape; ,99 fails its first attempt when its date comes, a retry succeeds; retry rules', async () => {
  const authorization = await approvedAuthorization({ startDate: '2025-01-15' });
  const request = { ...loadFixture<any>('astra', 'asm-a40-create-payment-request').body, authorizationId: authorization.authorizationId, amount: 9999, dueDate: '2025-01-16' };
  const created = await client.call('POST', `${BASE}/payments`, { body: request });
  expect(created.status).toBe(200);
  expect(keyPaths(created.body)).toEqual(keyPaths(loadFixture('astra', 'asm-a41-payment-object').body));
  const id = created.body.paymentId;
  const retry = (scheduledDate: string) => client.call('POST', `${BASE}/payments/${id}/retry`, { body: { scheduledDate } });
  expect((await retry('2025-01-17')).body.errors).toEqual(['payment status SCHEDULED does not allow a retry']);

  advanceDays(1);
  await sim.waitForIdle();
  expect((await client.call('GET', `${BASE}/payments/${id}`)).body).toMatchObject({ status: 'FAILED', failureReason: 'Insufficient funds', retryCount: 0 });
  expect((await retry('2025-01-24')).body.errors).toEqual(['scheduledDate must be within 7 days of dueDate']);
  expect((await retry('2025-01-16')).body.errors).toEqual(['scheduledDate must be tomorrow or later']);
  const retried = await retry('2025-01-23');
  expect(retried.body).toMatchObject({ status: 'SCHEDULED', retryCount: 1, dueDate: '2025-01-16', scheduledDate: '2025-01-23' });

  advanceDays(7);
  await sim.waitForIdle();
  const paid = (await client.call('GET', `${BASE}/payments/${id}`)).body;
  expect(paid).toMatchObject({ status: 'PAID', retryCount: 1, failureReason: null });
  expect(paid.endToEndId).toHaveLength(32);

  const listed = await client.call('GET', `${BASE}/payments?authorizationId=${authorization.authorizationId}&status=PAID&startDate=2025-01-23&endDate=2025-01-23`);
  expect(listed.body).toMatchObject({ totalElements: 1, content: [{ paymentId: id }] });
});

test('payment 400s: not APPROVED, outside min/max, too early; unknown ids 404', async () => {
  const rejected = await approvedAuthorization({ maxAmount: 10099, startDate: sim.clock.now().toISOString().slice(0, 10) });
  expect(rejected.status).toBe('REJECTED');
  const refused = await client.call('POST', `${BASE}/payments`, { body: { authorizationId: rejected.authorizationId, amount: 20000, dueDate: '2020-01-01' } });
  expect(refused.body.errors).toEqual([
    'authorization status REJECTED does not allow payments',
    'amount must not be above the authorization maxAmount',
    'dueDate must be tomorrow or later',
    'dueDate must not be before the authorization startDate',
  ]);
  expect((await client.call('GET', `${BASE}/payments/nope`)).status).toBe(404);
  expect((await client.call('GET', `${BASE}/authorizations/nope`)).status).toBe(404);
  expect(sim.counters.count('GET /automatic-pix/v1/payments/:paymentId')).toBeGreaterThan(0);
});
