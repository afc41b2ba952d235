import { call, closeAllAfterEach, cobBody2, EXAMPLE_COB_KEY, start, txid } from './pix-api-test-kit';

// Sandbox control routes of the API Pix simulator (not the API Pix): pay, clock, callbacks, reset.

closeAllAfterEach();

describe('API Pix simulator: control routes', () => {
  it('pays, moves the clock, lists callbacks and resets, without a token and without being counted', async () => {
    const sim = await start({ pixKey: EXAMPLE_COB_KEY });
    const control = (method: string, path: string, body?: unknown) =>
      fetch(`${sim.url.replace('/api/v2', '')}/__sim${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    const id = txid();
    await call(sim, 'PUT', `/cob/${id}`, { body: cobBody2() });
    expect((await control('POST', `/charges/${txid()}/pay`)).status).toBe(404);
    expect((await control('POST', `/charges/${id}/pay`, { name: 'Ana', document: '123' })).status).toBe(400);
    const paid = await control('POST', `/charges/${id}/pay`, { name: 'Empresa X', document: '12345678000195' });
    expect(paid.status).toBe(200);
    expect(await paid.json()).toMatchObject({ txid: id, valor: '37.00', pagador: { nome: 'Empresa X', cnpj: '12345678000195' } });
    expect((await control('POST', `/charges/${id}/pay`)).status).toBe(409);

    const before = sim.clock.nowMs();
    const moved = await control('POST', '/clock/advance', { ms: 86_400_000 });
    expect(moved.status).toBe(200);
    expect(sim.clock.nowMs() - before).toBeGreaterThanOrEqual(86_400_000);
    expect((await control('POST', '/clock/advance', { ms: -1 })).status).toBe(400);

    expect(await (await control('GET', '/callbacks')).json()).toEqual({ deliveries: [] });
    const stats = (await (await control('GET', '/stats')).json()) as { routes: Record<string, number> };
    expect(Object.keys(stats.routes).some((route) => route.includes('__sim'))).toBe(false);
    expect(stats.routes['PUT /api/v2/cob/:txid']).toBe(1);

    expect((await control('POST', '/reset')).status).toBe(200);
    expect((await call(sim, 'GET', `/cob/${id}`)).status).toBe(404);
  });
});
