import { startAstraSimulator, type AstraSimulator } from '../../src/astra';
import { AstraSimClient } from '../helpers/astra-sim-client';

describe('Astra simulator: fault knobs, counters and control routes', () => {
  let sim: AstraSimulator;
  let api: AstraSimClient;

  beforeEach(async () => {
    sim = await startAstraSimulator({ sandboxDelayMs: 0 });
    api = new AstraSimClient(sim.url, sim.clientId, sim.clientSecret);
    await api.token();
  });
  afterEach(() => sim.close());

  it('adds latency to answers', async () => {
    sim.faults.set({ latencyMs: 120 });
    const started = Date.now();
    expect((await api.call('GET', '/webhook/v1')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(115);
  });

  it('errorRate 1 answers 503 with the Astra error body, on the token route too', async () => {
    sim.faults.set({ errorRate: 1 });
    const response = await api.call('GET', '/charge/v1/dynamic', { transactionId: '550e8400-e29b-41d4-a716-446655440000' });
    expect(response.status).toBe(503);
    expect(response.body).toMatchObject({ errorCode: 503, message: 'Service unavailable', xTransactionId: '550e8400-e29b-41d4-a716-446655440000' });
    const token = await api.requestToken();
    expect(token.status).toBe(503);
    expect(token.body).toEqual({ error: 'temporarily_unavailable', error_description: 'Service Unavailable' });
  });

  it('uses errorStatus and routeFilter', async () => {
    sim.faults.set({ errorRate: 1, errorStatus: 500, routeFilter: '/charge/v1/refund' });
    expect((await api.call('GET', '/charge/v1/dynamic')).status).toBe(200);
    const failed = await api.call('GET', '/charge/v1/refund');
    expect(failed.status).toBe(500);
    expect(failed.body).toMatchObject({ errorCode: 1, message: 'Critical system error - please contact support' });
  });

  it('force401Count answers 401 to the next API calls but never to the token route', async () => {
    sim.faults.set({ force401Count: 1 });
    expect((await api.requestToken()).status).toBe(200);
    const rejected = await api.call('GET', '/webhook/v1');
    expect(rejected.status).toBe(401);
    expect(rejected.body).toMatchObject({ errorCode: 401, message: 'Unauthorized' });
    // The usual client reaction: fetch a new token, retry once.
    api.forgetToken();
    expect((await api.call('GET', '/webhook/v1')).status).toBe(200);
    expect(sim.faults.current.force401Count).toBe(0);
    expect(sim.counters.count('POST /oauth/v1/token')).toBe(3);
  });

  it('failNextCount fails exactly the next N requests', async () => {
    sim.faults.set({ failNextCount: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await api.call('GET', '/webhook/v1')).status);
    expect(statuses).toEqual([503, 503, 200]);
  });

  it('hangs requests, records them with status 0, and close() does not hang', async () => {
    sim.faults.set({ hangRate: 1 });
    const pending = api.call('GET', '/webhook/v1');
    pending.catch(() => undefined);
    const deadline = Date.now() + 2000;
    while (sim.counters.count('GET /webhook/v1') === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    expect(sim.counters.log.at(-1)).toMatchObject({ route: 'GET /webhook/v1', status: 0 });
    // A hung request never ends by itself: a close() that waited for it would fail this test by jest's timeout.
    await sim.close();
    await expect(pending).rejects.toThrow();
  });

  it('counts calls per route name and logs each x-transaction-id', async () => {
    const { body } = await api.call('POST', '/charge/v1/dynamic', { body: { amount: 10 } });
    await api.call('GET', `/charge/v1/dynamic/${body.txid}`);
    await api.call('GET', `/charge/v1/dynamic/${body.txid}`, { transactionId: '11111111-2222-3333-4444-555555555555' });
    await api.call('POST', '/charge/v1/refund', { body: { txid: body.txid } });
    expect(sim.counters.snapshot()).toEqual({
      'POST /oauth/v1/token': 1,
      'POST /charge/v1/dynamic': 1,
      'GET /charge/v1/dynamic/:txid': 2,
      'POST /charge/v1/refund': 1,
    });
    expect(sim.counters.total).toBe(5);
    expect(sim.counters.log.map((entry) => entry.status)).toEqual([200, 200, 200, 200, 400]);
    expect(sim.counters.log[3].transactionId).toBe('11111111-2222-3333-4444-555555555555');
  });

  describe('control routes (/__sim)', () => {
    const control = (method: string, path: string, body?: unknown) =>
      fetch(`${sim.url}/__sim${path}`, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });

    it('reports and resets stats without counting themselves', async () => {
      await api.call('GET', '/webhook/v1');
      const stats = await (await control('GET', '/stats')).json();
      expect(stats).toEqual({ routes: { 'POST /oauth/v1/token': 1, 'GET /webhook/v1': 1 }, total: 2 });
      expect((await control('POST', '/reset')).status).toBe(200);
      expect(await (await control('GET', '/stats')).json()).toEqual({ routes: {}, total: 0 });
    });

    it('sets faults through PUT /__sim/faults and is itself exempt from them', async () => {
      const response = await control('PUT', '/faults', { errorRate: 1, errorStatus: 429 });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ errorRate: 1, errorStatus: 429 });
      expect((await api.call('GET', '/webhook/v1')).status).toBe(429);
      expect((await control('GET', '/stats')).status).toBe(200);
      expect((await control('PUT', '/faults', { errorRate: 0 })).status).toBe(200);
      expect((await api.call('GET', '/webhook/v1')).status).toBe(200);
      const bad = await control('PUT', '/faults', { errorRate: 'all', nope: 1 });
      expect(bad.status).toBe(400);
      expect((await bad.json()).errors).toEqual(['errorRate must be a number >= 0', 'unknown fault setting nope']);
    });

    it('advances the clock through POST /__sim/clock/advance', async () => {
      const { body } = await api.call('POST', '/charge/v1/dynamic', { body: { amount: 10, expiration: 30 } });
      const response = await control('POST', '/clock/advance', { ms: 30_000 });
      expect(response.status).toBe(200);
      expect(Date.parse((await response.json()).now)).toBeGreaterThanOrEqual(Date.parse(body.expiresAt));
      expect((await api.call('GET', `/charge/v1/dynamic/${body.txid}`)).body.status).toBe('EXPIRED');
      expect((await control('POST', '/clock/advance', { ms: 'soon' })).status).toBe(400);
    });

    it('needs neither a token nor x-transaction-id', async () => {
      sim.faults.set({ force401Count: 5 });
      expect((await control('GET', '/stats')).status).toBe(200);
      expect(sim.faults.current.force401Count).toBe(5);
    });
  });
});
