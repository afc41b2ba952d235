import { PortRegistry } from '../../src/domain/ports';
import { PIX_CHARGES, PIX_CHARGE_LIST } from '../../src/domain/pix-charges/port';
import { PIX_REFUNDS } from '../../src/domain/refunds/port';
import { createPagstarDatasource } from '../../src/datasources/pagstar';
import { pagstarChargeWatch } from '../../src/datasources/pagstar/pix-charges/charge-watch';
import { MemoryEventBus } from '../../src/events/memory-event-bus';
import { createLogger } from '../../src/logger';
import { startPagstarSimulator, type PagstarSimulator } from '@paygraph/sandbox/pagstar';
import type { PagstarEndpoint } from '../../src/datasources/pagstar/settings';
import { PixChargeStatus } from '../../src/domain/pix-charges/model';
import { NotSupportedError, ProviderAuthError, ProviderNotFoundError, ProviderRejectedError, ProviderUnavailableError } from '../../src/errors/domain-errors';

/** The Pagstar datasource over real HTTP against the simulator: auth, headers, envelope, errors. */
const LOGIN = 'POST /api/v2/identity/partner/login';
const DETAILS = 'GET /api/v2/wallet/partner/transactions/:external_reference';
const POLICY = { timeoutMs: 2_000, deadlineMs: 5_000, retryLimit: 1 };
const USER_AGENT = 'Paygraph Tests (ops@example.com)';

let sim: PagstarSimulator;
beforeAll(async () => {
  sim = await startPagstarSimulator({ sandboxDelayMs: 0 });
});
afterEach(() => sim.faults.reset());
afterAll(() => sim.close());

function endpoint(auth: PagstarEndpoint['auth'], tenantId = sim.tenantId): PagstarEndpoint {
  return { baseUrl: sim.baseUrl, tenantId, userAgent: USER_AGENT, auth, environment: 'test' };
}

const login = (): PagstarEndpoint['auth'] => ({ kind: 'login', email: sim.email, accessKey: sim.accessKey });

describe('Pagstar datasource', () => {
  test('login: 20 concurrent cold calls share one login; every call sends User-Agent and the bearer token', async () => {
    const seen: Array<{ userAgent: string | null; authorization: string | null; path: string }> = [];
    const recordingFetch: typeof fetch = async (input, init) => {
      const req = input instanceof Request ? input : new Request(input, init);
      seen.push({ userAgent: req.headers.get('user-agent'), authorization: req.headers.get('authorization'), path: new URL(req.url).pathname });
      return fetch(req);
    };
    const { charges: pix, tokens } = createPagstarDatasource(endpoint(login()), POLICY, { fetch: recordingFetch });
    const before = sim.counters.count(LOGIN);
    const charge = await pix.createCharge({ amountCents: 1_000 });
    await Promise.all(Array.from({ length: 20 }, () => pix.getCharge(charge.txid)));
    expect(sim.counters.count(LOGIN) - before).toBe(1);
    expect(tokens.fetchCount).toBe(1);
    expect(seen.every((call) => call.userAgent === USER_AGENT)).toBe(true);
    const loginCall = seen.find((call) => call.path.endsWith('/identity/partner/login'));
    expect(loginCall?.authorization).toBeNull();
    expect(seen.filter((call) => call !== loginCall).every((call) => /^Bearer \d+\|\w{40}$/.test(call.authorization ?? ''))).toBe(true);
  });

  test('login: a 401 on a call logs in again once and retries the call', async () => {
    const { charges: pix, tokens } = createPagstarDatasource(endpoint(login()), POLICY);
    const charge = await pix.createCharge({ amountCents: 1_000 });
    sim.revokeTokens();
    const read = await pix.getCharge(charge.txid);
    expect(read.txid).toBe(charge.txid);
    expect(tokens.fetchCount).toBe(2);
    // The HEAD probe takes the same path.
    sim.revokeTokens();
    expect(await pix.checkPaid(charge.txid)).toBe('pending');
    expect(tokens.fetchCount).toBe(3);
  });

  test('login with wrong credentials → ProviderAuthError, nothing cached', async () => {
    const { charges: pix, tokens } = createPagstarDatasource(endpoint({ kind: 'login', email: sim.email, accessKey: 'wrong' }), POLICY);
    await expect(pix.getCharge('any')).rejects.toBeInstanceOf(ProviderAuthError);
    await expect(pix.getCharge('any')).rejects.toBeInstanceOf(ProviderAuthError);
    expect(tokens.fetchCount).toBe(2);
  });

  test('static token: no login at all; a refused token is PROVIDER_AUTH_FAILED', async () => {
    const before = sim.counters.count(LOGIN);
    const { charges: pix } = createPagstarDatasource(endpoint({ kind: 'static', token: sim.staticToken }), POLICY);
    const charge = await pix.createCharge({ amountCents: 2_000 });
    expect((await pix.getCharge(charge.txid)).status).toBe(PixChargeStatus.ACTIVE);
    expect(sim.counters.count(LOGIN)).toBe(before);
    const bad = createPagstarDatasource(endpoint({ kind: 'static', token: '9|notAValidToken' }), POLICY).charges;
    await expect(bad.getCharge(charge.txid)).rejects.toBeInstanceOf(ProviderAuthError);
    await expect(bad.checkPaid(charge.txid)).rejects.toBeInstanceOf(ProviderAuthError);
  });

  test('HEAD /check states: pending, paid, cancelled, unknown — answers, not errors', async () => {
    const { charges: pix } = createPagstarDatasource(endpoint({ kind: 'static', token: sim.staticToken }), POLICY);
    const paid = await pix.createCharge({ amountCents: 500 });
    const cancelled = await pix.createCharge({ amountCents: 600, expiresInSeconds: 60 });
    expect(await pix.checkPaid(paid.txid)).toBe('pending');
    await sim.payDeposit(paid.txid);
    expect(await pix.checkPaid(paid.txid)).toBe('paid');
    expect(await pix.checkPaid('00000000-0000-4000-8000-000000000000')).toBe('unknown');
    sim.clock.advance(60_000 + 60 * 60_000);
    expect(await pix.checkPaid(cancelled.txid)).toBe('cancelled');
    expect(await pix.getCharge(cancelled.txid)).toMatchObject({ status: PixChargeStatus.EXPIRED, providerStatus: '2' });
    expect(await pix.getCharge(paid.txid)).toMatchObject({ status: PixChargeStatus.PAID, providerStatus: '1' });
  });

  test('errors by HTTP status: 422 → rejected with the errors map flattened, 404 → not found, 5xx → unavailable', async () => {
    const wrongTenant = createPagstarDatasource(endpoint({ kind: 'static', token: sim.staticToken }, 'not-my-tenant'), POLICY).charges;
    const rejection = await wrongTenant.createCharge({ amountCents: 100 }).catch((error: unknown) => error);
    expect(rejection).toBeInstanceOf(ProviderRejectedError);
    expect((rejection as ProviderRejectedError).providerMessages).toEqual(['O campo tenant_id selecionado é inválido.']);
    expect((rejection as ProviderRejectedError).message).toBe('Pagstar rejected the request: O campo tenant_id selecionado é inválido.');

    const { charges: pix } = createPagstarDatasource(endpoint({ kind: 'static', token: sim.staticToken }), POLICY);
    await expect(pix.getCharge('00000000-0000-4000-8000-000000000000')).rejects.toBeInstanceOf(ProviderNotFoundError);

    sim.faults.set({ errorRate: 1, errorStatus: 500, routeFilter: DETAILS });
    const before = sim.counters.count(DETAILS);
    await expect(pix.getCharge('00000000-0000-4000-8000-000000000000')).rejects.toBeInstanceOf(ProviderUnavailableError);
    expect(sim.counters.count(DETAILS) - before).toBe(2); // GET retried (retryLimit 1)
  });

  test("the poller's probe is not retried inside the client (it backs off on its own schedule); a plain HEAD is", async () => {
    const { charges: pix } = createPagstarDatasource(endpoint({ kind: 'static', token: sim.staticToken }), POLICY);
    const CHECK = 'HEAD /api/v2/wallet/partner/transactions/:external_reference/check';
    const reference = '00000000-0000-4000-8000-000000000000';
    sim.faults.set({ errorRate: 1, errorStatus: 503, routeFilter: '/check' });

    // The probe as the poller runs it (charge-watch.ts), not a call that passes `retry: false` itself.
    const probe = pagstarChargeWatch({ pix, bus: new MemoryEventBus(), logger: createLogger('silent') }, reference).probe;
    let checks = sim.counters.count(CHECK);
    await expect(probe()).rejects.toBeInstanceOf(ProviderUnavailableError);
    expect(sim.counters.count(CHECK) - checks).toBe(1);

    // The same HEAD with the client's default policy is retried (retryLimit 1): the count above can tell.
    checks = sim.counters.count(CHECK);
    await expect(pix.checkPaid(reference)).rejects.toBeInstanceOf(ProviderUnavailableError);
    expect(sim.counters.count(CHECK) - checks).toBe(2);
  });

  test('no list and no refunds: Pagstar binds neither, so the registry answers NOT_SUPPORTED without a call', async () => {
    const pagstar = createPagstarDatasource(endpoint({ kind: 'static', token: sim.staticToken }), POLICY);
    const ports = new PortRegistry([pagstar]);
    const before = sim.counters.total;
    expect(() => ports.get(PIX_CHARGE_LIST, 'PAGSTAR')).toThrow(new NotSupportedError('Pagstar cannot list Pix charges (read one with node(id:)).'));
    expect(() => ports.get(PIX_REFUNDS, 'PAGSTAR')).toThrow(new NotSupportedError('Pagstar cannot refund Pix charges.'));
    expect(ports.get(PIX_CHARGES, 'PAGSTAR')).toBe(pagstar.charges);
    expect(sim.counters.total).toBe(before);
  });
});
