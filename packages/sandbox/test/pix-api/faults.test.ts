import { call, closeAllAfterEach, cobBody2, EXAMPLE_COB_KEY, start, token, txid, TYPE } from './pix-api-test-kit';

// Shared fault knobs on the API Pix simulator: injected 5xx as problems, latency, hangs, and a
// response lost after the write committed (a retried PUT then finds the charge: one charge only).

closeAllAfterEach();

describe('API Pix simulator: faults', () => {
  it('answers injected 503s with a ServicoIndisponivel problem, only on the filtered route', async () => {
    const sim = await start({ pixKey: EXAMPLE_COB_KEY });
    const bearer = await token(sim);
    sim.faults.set({ failNextCount: 1, errorStatus: 503, routeFilter: 'PUT /api/v2/cob/' });
    expect((await call(sim, 'GET', '/webhook', { token: bearer })).status).toBe(200);
    const failed = await call(sim, 'PUT', `/cob/${txid()}`, { token: bearer, body: cobBody2() });
    expect(failed.status).toBe(503);
    expect(failed.contentType).toContain('application/problem+json');
    expect(failed.body).toMatchObject({ type: TYPE('ServicoIndisponivel'), status: 503 });
  });

  it('drops the answer of a committed PUT; the retried PUT answers the one charge', async () => {
    const sim = await start({ pixKey: EXAMPLE_COB_KEY });
    const bearer = await token(sim);
    const id = txid();
    sim.faults.set({ dropAfterCommitCount: 1, routeFilter: 'PUT /api/v2/cob/' });
    await expect(call(sim, 'PUT', `/cob/${id}`, { token: bearer, body: cobBody2() })).rejects.toThrow();
    const retried = await call(sim, 'PUT', `/cob/${id}`, { token: bearer, body: cobBody2() });
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ txid: id, revisao: 0, status: 'ATIVA' });
    const window = `inicio=${new Date(Date.now() - 60_000).toISOString()}&fim=${new Date(Date.now() + 60_000).toISOString()}`;
    expect((await call(sim, 'GET', `/cob?${window}`, { token: bearer })).body.cobs).toHaveLength(1);
    expect(sim.counters.log.filter((entry) => entry.route === 'PUT /api/v2/cob/:txid').map((entry) => entry.status)).toEqual([0, 200]);
  });

  it('drops the answer of a committed refund; the retry is refused for the used id and GET shows one refund', async () => {
    const sim = await start({ pixKey: EXAMPLE_COB_KEY });
    const bearer = await token(sim);
    const id = txid();
    await call(sim, 'PUT', `/cob/${id}`, { token: bearer, body: cobBody2() });
    await sim.payCharge(id);
    const e2eid = (await call(sim, 'GET', `/cob/${id}`, { token: bearer })).body.pix[0].endToEndId;
    sim.faults.set({ dropAfterCommitCount: 1, routeFilter: 'devolucao' });
    await expect(call(sim, 'PUT', `/pix/${e2eid}/devolucao/r1`, { token: bearer, body: { valor: '10.00' } })).rejects.toThrow();
    const retried = await call(sim, 'PUT', `/pix/${e2eid}/devolucao/r1`, { token: bearer, body: { valor: '10.00' } });
    expect(retried.body.type).toBe(TYPE('PixDevolucaoInvalida'));
    expect((await call(sim, 'GET', `/pix/${e2eid}/devolucao/r1`, { token: bearer })).body).toMatchObject({ id: 'r1', valor: '10.00' });
    expect((await call(sim, 'GET', `/pix/${e2eid}`, { token: bearer })).body.devolucoes).toHaveLength(1);
  });

  it('delays answers by latencyMs and can be driven through the control route', async () => {
    const sim = await start();
    const bearer = await token(sim);
    const base = sim.url.replace('/api/v2', '');
    const set = await fetch(`${base}/__sim/faults`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ latencyMs: 150 }) });
    expect(set.status).toBe(200);
    const started = Date.now();
    expect((await call(sim, 'GET', '/webhook', { token: bearer })).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    const bad = await fetch(`${base}/__sim/faults`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ nonsense: 1 }) });
    expect(bad.status).toBe(400);
    const stats = (await (await fetch(`${base}/__sim/stats`)).json()) as { routes: Record<string, number> };
    expect(stats.routes['GET /api/v2/webhook']).toBe(1);
  });
});
