/**
 * Guard against simulator drift: the Pagstar simulator's answers for the objects of
 * test/fixtures/pagstar have exactly the documented examples' key sets (values differ). The client
 * is tested against the same fixtures (test/unit/pagstar/wire-fixtures.test.ts).
 */
import { startPagstarSimulator, type PagstarSimulator } from '../../src/pagstar';
import { keyPaths, loadFixture } from '../helpers/wire-fixtures';

const fixtureKeys = (name: string) => keyPaths(loadFixture('pagstar', name).body);
const topKeys = (value: unknown) => Object.keys(value as object).sort();

describe('Pagstar simulator answers have the documented shapes', () => {
  let sim: PagstarSimulator;

  async function call(method: string, path: string, body?: unknown, token: string | null = sim.staticToken): Promise<{ status: number; body: any }> {
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await fetch(`${sim.baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: res.status, body: await res.json() };
  }

  beforeAll(async () => {
    sim = await startPagstarSimulator({ sandboxDelayMs: 60_000, webhookRetryDelaysMs: [] });
  });
  afterAll(() => sim.close());

  test('login (ASM-P02)', async () => {
    const login = await call('POST', '/identity/partner/login', { email: sim.email, access_key: sim.accessKey }, null);
    expect(login.status).toBe(200);
    expect(keyPaths(login.body)).toEqual(fixtureKeys('asm-p02-login-response'));
  });

  test('create (ASM-P05), details (§5 / ASM-P06) and the approved delivery payload (ASM-P08)', async () => {
    // No receiver is needed: the simulator records each attempt's payload, failed or not.
    await call('PATCH', '/identity/partner/notification-url', { notification_url: 'http://127.0.0.1:9/unreachable' });
    const created = await call('POST', '/wallet/partner/transactions/generate-anonymous-pix', {
      value: 10.01,
      tenant_id: sim.tenantId,
      expiration: 3600,
      transaction_id: 'order-12345',
    });
    expect(created.status).toBe(200);
    expect(keyPaths(created.body)).toEqual(fixtureKeys('asm-p05-create-response'));

    const reference = created.body.data.external_reference as string;
    const details = await call('GET', `/wallet/partner/transactions/${reference}`);
    expect(keyPaths(details.body)).toEqual(fixtureKeys('doc-5-transaction-details'));

    expect(await sim.payDeposit(reference)).toBe(true);
    await sim.waitForIdle();
    const payloads = sim.deliveries().map((d) => d.payload);
    expect(payloads).toHaveLength(1);
    expect(keyPaths(payloads[0])).toEqual(fixtureKeys('asm-p08-webhook-approved'));
  });

  test('error bodies: 422 validation (ASM-P03), 404 unknown reference (ASM-P06), 401 (ASM-P02)', async () => {
    const invalid = await call('POST', '/wallet/partner/transactions/generate-anonymous-pix', { tenant_id: sim.tenantId });
    expect(invalid.status).toBe(422);
    // The `errors` map is keyed by the failing fields, so only the top level is the shape.
    expect(topKeys(invalid.body)).toEqual(topKeys(loadFixture('pagstar', 'asm-p03-validation-error-422').body));
    expect(invalid.body.errors.value).toEqual([expect.any(String)]);

    const unknown = await call('GET', '/wallet/partner/transactions/00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(404);
    expect(keyPaths(unknown.body)).toEqual(fixtureKeys('asm-p06-not-found-404'));

    const unauthenticated = await call('GET', '/wallet/partner/transactions/x', undefined, null);
    expect(unauthenticated.status).toBe(401);
    expect(keyPaths(unauthenticated.body)).toEqual(fixtureKeys('asm-p02-unauthenticated-401'));
  });
});
