/**
 * The simulator's payment-link endpoints 16–18 (ASM-A26…A29) over plain HTTP: documented shapes,
 * validation, the sandbox rules and their webhook deliveries, counters and faults.
 */
import { startAstraSimulator, type AstraSimulator } from '../../src/astra';
import { AstraSimClient, startWebhookSink, type WebhookSink } from '../helpers/astra-sim-client';
import { keyPaths, loadFixture } from '../helpers/wire-fixtures';

const DAY_MS = 86_400_000;
const body = (overrides: Record<string, unknown> = {}) => ({ payerName: 'João Silva', registrationNumber: '12345678901', amount: 100, numbersInstallments: 3, ...overrides });
let sim: AstraSimulator;
let client: AstraSimClient;
let sink: WebhookSink;

beforeAll(async () => {
  sim = await startAstraSimulator({ sandboxDelayMs: 0, tokenTtlSeconds: 60 * 86_400 });
  client = new AstraSimClient(sim.url, sim.clientId, sim.clientSecret);
  sink = await startWebhookSink();
  expect((await client.call('POST', '/webhook/v1', { body: { url: sink.url, type: 'PAYMENT_LINK_INBOUND' } })).status).toBeLessThan(300);
});
afterEach(() => sim.faults.reset());
afterAll(async () => {
  await sim.close();
  await sink.close();
});

test('create answers 200 with the ASM-A26 object; search finds it, an unknown uuid is 404', async () => {
  const created = await client.call('POST', '/payment-link/v1', { body: body({ userReference: 'order-12345', description: 'd' }) });
  expect(created.status).toBe(200);
  expect(keyPaths(created.body)).toEqual(keyPaths(loadFixture('astra', 'asm-a26-payment-link-object').body));
  expect(created.body).toMatchObject({
    status: { code: 1, description: 'CREATED' },
    expirationDays: 10,
    installmentsOptions: [{ installmentAmount: 100 }, { installmentAmount: 50 }, { installmentAmount: 33.33 }],
  });
  expect((await client.call('GET', `/payment-link/v1/${created.body.linkPaymentUuid}`)).body).toEqual(created.body);
  expect((await client.call('GET', '/payment-link/v1/00000000-0000-4000-8000-000000000000')).status).toBe(404);
});

test('create validates every field (ASM-A26): one 400 listing each problem', async () => {
  const bad = await client.call('POST', '/payment-link/v1', {
    body: { payerName: '', registrationNumber: '123', amount: 0.001, numbersInstallments: 11, expirationDays: 0, userReference: 'r'.repeat(78) },
  });
  expect(bad.status).toBe(400);
  expect(JSON.stringify(bad.body)).toEqual(expect.stringContaining('numbersInstallments'));
  for (const field of ['payerName', 'registrationNumber', 'amount', 'expirationDays', 'userReference']) expect(JSON.stringify(bad.body)).toContain(field);
});

test('a ,01 link is paid by Pix and its payment event delivered with the documented fields', async () => {
  const before = sink.received.length;
  const created = await client.call('POST', '/payment-link/v1', { body: body({ amount: 3.01, userReference: 'paid' }) });
  const [delivery] = (await sink.waitFor(before + 1)).slice(before);
  expect(keyPaths(delivery.body)).toEqual(keyPaths(loadFixture('astra', 'doc-2.3.2-payment-link-payment').body));
  expect(delivery.body).toMatchObject({ paymentLinkUuid: created.body.linkPaymentUuid, paymentMethod: 'PIX', amount: 3.01, userReference: 'paid' });
  expect(delivery.body.paymentId).toMatch(/^astra\d{15}lnk[A-Za-z0-9]{11}$/);
  const paid = (await client.call('GET', `/payment-link/v1/${created.body.linkPaymentUuid}`)).body;
  expect(paid).toMatchObject({ status: { code: 2, description: 'PAID' }, payment: { paymentId: delivery.body.paymentId, paymentReceipt: delivery.body.paymentReceipt } });
});

test('other links expire on the simulator clock, with the ASM-A14 status event; x.11 is not paid', async () => {
  const created = await client.call('POST', '/payment-link/v1', { body: body({ amount: 2.11, expirationDays: 2 }) });
  await sim.waitForIdle();
  const before = sink.received.length;
  sim.clock.advance(DAY_MS);
  await sim.waitForIdle();
  expect((await client.call('GET', `/payment-link/v1/${created.body.linkPaymentUuid}`)).body.status.code).toBe(1);
  sim.clock.advance(DAY_MS);
  const events = (await sink.waitFor(before + 1)).slice(before).filter((d) => d.body.paymentLinkUuid === created.body.linkPaymentUuid);
  expect(events).toHaveLength(1);
  expect(keyPaths(events[0].body)).toEqual(keyPaths(loadFixture('astra', 'asm-a14-payment-link-status-update').body));
  expect(events[0].body.status).toEqual({ code: 3, description: 'EXPIRED' });
  expect((await client.call('GET', `/payment-link/v1/${created.body.linkPaymentUuid}`)).body.status).toEqual({ code: 3, description: 'EXPIRED' });
});

test('list filters (ASM-A28) and pages (ASM-A09); bad filters are 400', async () => {
  for (const amount of [1, 2, 3]) await client.call('POST', '/payment-link/v1', { body: body({ amount, userReference: 'listed', registrationNumber: '11222333000181' }) });
  const page = await client.call('GET', '/payment-link/v1?userReference=listed&registrationNumber=11222333000181&status=1&size=2&page=1');
  expect(page.body).toMatchObject({ page: 1, size: 2, totalElements: 3, totalPages: 2 });
  expect(page.body.content.map((link: any) => link.amount)).toEqual([1]); // newest first
  expect((await client.call('GET', '/payment-link/v1?status=9')).status).toBe(400);
  expect((await client.call('GET', '/payment-link/v1?registrationNumber=12')).status).toBe(400);
});

test('counters name the routes, faults apply to them', async () => {
  const before = sim.counters.count('POST /payment-link/v1');
  sim.faults.set({ failNextCount: 1, errorStatus: 503, routeFilter: 'POST /payment-link/v1' });
  expect((await client.call('POST', '/payment-link/v1', { body: body() })).status).toBe(503);
  expect((await client.call('POST', '/payment-link/v1', { body: body() })).status).toBe(200);
  expect(sim.counters.count('POST /payment-link/v1') - before).toBe(2);
});
