import { startAstraSimulator, type AstraSimulator } from '../../src/astra';
import { AstraSimClient } from '../helpers/astra-sim-client';

let sim: AstraSimulator;
let client: AstraSimClient;

beforeAll(async () => {
  sim = await startAstraSimulator({ sandboxDelayMs: 0 });
  client = new AstraSimClient(sim.url, sim.clientId, sim.clientSecret);
});
afterAll(() => sim.close());

const body = (checkoutId: string, payments: unknown[]) => ({
  checkoutId,
  debitAccount: { agency: '1234', account: '987654321', accountType: 'CHECKING', accountDigit: '5' },
  payments,
  userReference: 'TEST',
});
const pay = (paymentId: string, amount: number) => ({ paymentId, pixKey: { type: 'CPF', value: '12345678909' }, amount, beneficiaryName: 'João Silva' });

describe('Pix Checkout simulator (§5, ASM-A30…A35)', () => {
  test('create answers the DOC shape; a repeated checkoutId or paymentId is 400 (ASM-A30)', async () => {
    const created = await client.call('POST', '/v1/pix-checkout', { body: body('SIM_001', [pay('P1', 100), pay('P2', 200.99)]) });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ checkoutId: 'SIM_001', status: 'CREATED', totalPayments: 2, totalAmount: 300.99 });
    expect((await client.call('POST', '/v1/pix-checkout', { body: body('SIM_001', [pay('P1', 1)]) })).status).toBe(400);
    const repeated = await client.call('POST', '/v1/pix-checkout', { body: body('SIM_002', [pay('P1', 1), pay('P1', 2)]) });
    expect(repeated.status).toBe(400);
    expect(repeated.body.errorCode).toBe(36);
  });

  test('release processes due payments (,99 fails), settles the checkout and refuses a second release; cancel after release is 400', async () => {
    const released = await client.call('PUT', '/v1/pix-checkout/SIM_001/release');
    expect(released.body).toMatchObject({ status: 'PROCESSING', releasedAt: expect.any(String) });
    await sim.waitForIdle();
    const details = await client.call('GET', '/v1/pix-checkout/SIM_001');
    expect(details.body).toMatchObject({ status: 'PARTIALLY_COMPLETED', processedPayments: 1, processedAmount: 100, completedAt: expect.any(String) });
    const failed = await client.call('GET', '/v1/pix-checkout/SIM_001/payments?status=FAILED&size=10');
    expect(failed.body.content).toEqual([expect.objectContaining({ paymentId: 'P2', endToEndId: null, failureReason: 'Payment rejected by the receiving institution' })]);
    expect((await client.call('PUT', '/v1/pix-checkout/SIM_001/release')).status).toBe(400);
    expect((await client.call('PUT', '/v1/pix-checkout/SIM_001/cancel')).status).toBe(400);
    expect((await client.call('GET', '/v1/pix-checkout/NOPE')).status).toBe(404);
  });

  test('cancel marks every payment CANCELED (ASM-A34)', async () => {
    await client.call('POST', '/v1/pix-checkout', { body: body('SIM_003', [pay('P1', 1)]) });
    expect((await client.call('PUT', '/v1/pix-checkout/SIM_003/cancel')).body).toMatchObject({ status: 'CANCELED', canceledAt: expect.any(String) });
    expect((await client.call('GET', '/v1/pix-checkout/SIM_003/payments')).body.content.map((p: { status: string }) => p.status)).toEqual(['CANCELED']);
  });
});
