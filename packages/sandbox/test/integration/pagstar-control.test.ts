import { startPagstarSimulator, type PagstarSimulator, type PagstarSimulatorOptions } from '../../src/pagstar';

// Fault knobs, counters and the /__sim control plane of the Pagstar simulator.

const open: PagstarSimulator[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

async function start(options: PagstarSimulatorOptions = {}): Promise<PagstarSimulator> {
  const sim = await startPagstarSimulator({ sandboxDelayMs: 60_000, ...options });
  open.push(sim);
  return sim;
}

async function request(url: string, method: string, body?: unknown, token?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

const api = (sim: PagstarSimulator, method: string, path: string, body?: unknown) => request(`${sim.baseUrl}${path}`, method, body, sim.staticToken);
const control = (sim: PagstarSimulator, method: string, path: string, body?: unknown) => request(`${sim.url}/__sim${path}`, method, body);
const login = (sim: PagstarSimulator) => request(`${sim.baseUrl}/identity/partner/login`, 'POST', { email: sim.email, access_key: sim.accessKey });

const CHECK_ROUTE = 'HEAD /api/v2/wallet/partner/transactions/:external_reference/check';
const DETAILS_ROUTE = 'GET /api/v2/wallet/partner/transactions/:external_reference';
const CREATE_PATH = '/wallet/partner/transactions/generate-anonymous-pix';
const REF = '47023acc-0727-476a-a011-9d759e7f58c9';

async function createDeposit(sim: PagstarSimulator): Promise<string> {
  const res = await api(sim, 'POST', CREATE_PATH, { value: 10, tenant_id: sim.tenantId });
  expect(res.status).toBe(200);
  return res.body.data.external_reference;
}

describe('Pagstar simulator: counters', () => {
  it('counts calls per route name, including rejected ones', async () => {
    const sim = await start();
    const ref = await createDeposit(sim);
    await api(sim, 'HEAD', `/wallet/partner/transactions/${ref}/check`);
    await api(sim, 'HEAD', `/wallet/partner/transactions/${REF}/check`);
    await request(`${sim.baseUrl}/wallet/partner/transactions/${ref}`, 'GET');
    await login(sim);
    expect(sim.counters.count(CHECK_ROUTE)).toBe(2);
    expect(sim.counters.count(DETAILS_ROUTE)).toBe(1);
    expect(sim.counters.count('POST /api/v2/identity/partner/login')).toBe(1);
    expect(sim.counters.count(`POST /api/v2${CREATE_PATH}`)).toBe(1);
    expect(sim.counters.log.find((r) => r.route === DETAILS_ROUTE)?.status).toBe(401);
  });
});

describe('Pagstar simulator: fault knobs', () => {
  it('forces 401s on API calls but never on login', async () => {
    const sim = await start();
    const ref = await createDeposit(sim);
    sim.faults.set({ force401Count: 2 });
    expect((await login(sim)).status).toBe(200);
    expect(sim.faults.current.force401Count).toBe(2);
    expect((await api(sim, 'GET', `/wallet/partner/transactions/${ref}`)).body).toEqual({ message: 'Unauthenticated.' });
    expect((await api(sim, 'HEAD', `/wallet/partner/transactions/${ref}/check`)).status).toBe(401);
    expect((await api(sim, 'GET', `/wallet/partner/transactions/${ref}`)).status).toBe(200);
  });

  it('fails the next N calls with errorStatus and a Pagstar error body, login included', async () => {
    const sim = await start({ faults: { failNextCount: 2, errorStatus: 503 } });
    expect(await login(sim)).toEqual({ status: 503, body: { message: 'Serviço indisponível.' } });
    expect((await api(sim, 'POST', CREATE_PATH, { value: 10, tenant_id: sim.tenantId })).status).toBe(503);
    expect((await login(sim)).status).toBe(200);
  });

  it('limits faults to matching route names with routeFilter', async () => {
    const sim = await start();
    const ref = await createDeposit(sim);
    sim.faults.set({ errorRate: 1, errorStatus: 500, routeFilter: '/check' });
    const failed = await api(sim, 'GET', `/wallet/partner/transactions/${ref}/check`);
    expect(failed).toEqual({ status: 500, body: { message: 'Erro interno.' } });
    expect((await api(sim, 'GET', `/wallet/partner/transactions/${ref}`)).status).toBe(200);
  });

  it('adds latency', async () => {
    const sim = await start({ faults: { latencyMs: 120 } });
    const started = Date.now();
    expect((await api(sim, 'GET', `/wallet/partner/transactions/${REF}`)).status).toBe(404);
    expect(Date.now() - started).toBeGreaterThanOrEqual(110);
  });

  it('hangs requests, recording them with status 0', async () => {
    const sim = await start({ faults: { hangRate: 1 } });
    await expect(fetch(`${sim.baseUrl}/wallet/partner/transactions/${REF}`, { signal: AbortSignal.timeout(150) })).rejects.toThrow();
    expect(sim.counters.log.at(-1)).toMatchObject({ route: DETAILS_ROUTE, status: 0 });
  });

  it('never applies faults to the /__sim control routes', async () => {
    const sim = await start({ faults: { failNextCount: 3, hangRate: 0 } });
    expect((await control(sim, 'GET', '/stats')).status).toBe(200);
    expect(sim.faults.current.failNextCount).toBe(3);
  });
});

describe('Pagstar simulator: /__sim control routes', () => {
  it('PUT /__sim/faults patches the knobs and rejects unknown or negative settings', async () => {
    const sim = await start();
    const res = await control(sim, 'PUT', '/faults', { failNextCount: 1, errorStatus: 502 });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ failNextCount: 1, errorStatus: 502 });
    expect((await api(sim, 'GET', `/wallet/partner/transactions/${REF}`)).status).toBe(502);
    expect((await control(sim, 'PUT', '/faults', { latencyMs: -1 })).status).toBe(422);
    const unknown = await control(sim, 'PUT', '/faults', { explode: true });
    expect(unknown).toMatchObject({ status: 422, body: { errors: { explode: expect.any(Array) } } });
  });

  it('GET /__sim/stats reports requests, transactions and deliveries', async () => {
    const sim = await start();
    const ref = await createDeposit(sim);
    await createDeposit(sim);
    await sim.payDeposit(ref);
    const stats = await control(sim, 'GET', '/stats');
    expect(stats.status).toBe(200);
    expect(stats.body.data).toEqual({
      now: expect.any(String),
      requests: { total: 2, byRoute: { [`POST /api/v2${CREATE_PATH}`]: 2 } },
      transactions: { deposits: 2, transfers: 0, pending: 1, paid: 1, cancelled: 0 },
      deliveries: { attempts: 0, succeeded: 0, failed: 0, inFlight: 0 },
    });
  });

  it('POST /__sim/clock/advance moves the clock and cancels what fell due', async () => {
    const sim = await start();
    const res = await api(sim, 'POST', CREATE_PATH, { value: 10, tenant_id: sim.tenantId, expiration: 60 });
    const before = sim.clock.nowMs();
    const adv = await control(sim, 'POST', '/clock/advance', { ms: 3_700_000 });
    expect(adv.status).toBe(200);
    expect(Date.parse(adv.body.data.now) - before).toBeGreaterThanOrEqual(3_700_000);
    expect((await control(sim, 'GET', '/stats')).body.data.transactions.cancelled).toBe(1);
    expect((await api(sim, 'HEAD', `/wallet/partner/transactions/${res.body.data.external_reference}/check`)).status).toBe(410);
    expect((await control(sim, 'POST', '/clock/advance', { ms: 'soon' })).status).toBe(422);
  });

  it('POST /__sim/reset forgets transactions, counters, faults and the notification URL', async () => {
    const sim = await start();
    const ref = await createDeposit(sim);
    await api(sim, 'PATCH', '/identity/partner/notification-url', { notification_url: 'https://shop.dev/hook' });
    sim.faults.set({ latencyMs: 5 });
    expect((await control(sim, 'POST', '/reset')).status).toBe(200);
    expect(sim.counters.total).toBe(1); // only the reset call itself
    expect(sim.faults.current.latencyMs).toBe(0);
    expect(sim.notificationUrl()).toBeUndefined();
    expect((await api(sim, 'GET', `/wallet/partner/transactions/${ref}`)).status).toBe(404);
  });
});
