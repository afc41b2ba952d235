import { startReceiver } from './callback-receiver';
import { call, closeAllAfterEach, cobBody2, cobvBody1, EXAMPLE_COB_KEY, EXAMPLE_COBV_KEY, start, txid } from './pix-api-test-kit';

// ASM-X55: a cob created with `valor.original` ending in .01 is paid by the simulator itself after
// `sandboxDelayMs`, the callback firing as for any payment; nothing else pays itself.

closeAllAfterEach();

const cobOf = (original: string) => ({ ...cobBody2(), valor: { original, modalidadeAlteracao: 0 } });

describe('API Pix simulator: a cob of x.01 pays itself (ASM-X55)', () => {
  it('PUT /cob of 10.01: ATIVA on creation, CONCLUIDA with one Pix of 10.01 after sandboxDelayMs, and the callback carries that Pix', async () => {
    const receiver = await startReceiver();
    try {
      // The delay leaves room for the read right after the create on a loaded CI machine (80 ms did not).
      const sim = await start({ pixKey: EXAMPLE_COB_KEY, sandboxDelayMs: 1500 });
      await call(sim, 'PUT', `/webhook/${EXAMPLE_COB_KEY}`, { body: { webhookUrl: receiver.url } });
      const id = txid('auto');
      const created = await call(sim, 'PUT', `/cob/${id}`, { body: cobOf('10.01') });
      expect(created.status).toBe(201);
      expect(created.body.status).toBe('ATIVA');
      expect((await call(sim, 'GET', `/cob/${id}`)).body.status).toBe('ATIVA');
      await sim.waitForIdle();
      const paid = await call(sim, 'GET', `/cob/${id}`);
      expect(paid.body.status).toBe('CONCLUIDA');
      expect(paid.body.pix).toEqual([expect.objectContaining({ txid: id, valor: '10.01', endToEndId: expect.stringMatching(/^E/) })]);
      expect(receiver.received).toEqual([
        { path: '/webhooks/pix_api/secret123/pix', body: { pix: [expect.objectContaining({ txid: id, endToEndId: paid.body.pix[0].endToEndId })] } },
      ]);
      // A repeated create answers the paid charge, and pays nothing more.
      const repeated = await call(sim, 'PUT', `/cob/${id}`, { body: cobOf('10.01') });
      expect(repeated.status).toBe(200);
      await sim.waitForIdle();
      expect((await call(sim, 'GET', `/cob/${id}`)).body.pix).toHaveLength(1);
      expect(receiver.received).toHaveLength(1);
    } finally {
      await receiver.close();
    }
  });

  it('POST /cob (txid chosen by the PSP) of 0.01 pays itself too', async () => {
    const sim = await start({ pixKey: EXAMPLE_COB_KEY, sandboxDelayMs: 20 });
    const created = await call(sim, 'POST', '/cob', { body: cobOf('0.01') });
    expect(created.status).toBe(201);
    await sim.waitForIdle();
    expect((await call(sim, 'GET', `/cob/${created.body.txid}`)).body).toMatchObject({ status: 'CONCLUIDA', pix: [expect.objectContaining({ valor: '0.01' })] });
  });

  it('x.11, x.10 and x.00 cobs and a cob removed before the delay stay unpaid; a cobv of x.01 is not paid', async () => {
    const sim = await start({ pixKey: EXAMPLE_COB_KEY, sandboxDelayMs: 40 });
    const others = [txid('n'), txid('n'), txid('n')];
    for (const [i, original] of ['10.11', '10.10', '10.00'].entries()) expect((await call(sim, 'PUT', `/cob/${others[i]}`, { body: cobOf(original) })).status).toBe(201);
    const removed = txid('rm');
    await call(sim, 'PUT', `/cob/${removed}`, { body: cobOf('5.01') });
    expect((await call(sim, 'PATCH', `/cob/${removed}`, { body: { status: 'REMOVIDA_PELO_USUARIO_RECEBEDOR' } })).status).toBe(200);
    await sim.waitForIdle();
    await new Promise((resolve) => setTimeout(resolve, 80));
    for (const id of others) expect((await call(sim, 'GET', `/cob/${id}`)).body).toMatchObject({ status: 'ATIVA' });
    expect((await call(sim, 'GET', `/cob/${removed}`)).body).toMatchObject({ status: 'REMOVIDA_PELO_USUARIO_RECEBEDOR' });
    expect((await call(sim, 'GET', `/cob/${removed}`)).body.pix).toBeUndefined();

    const cobvSim = await start({ pixKey: EXAMPLE_COBV_KEY, sandboxDelayMs: 20 });
    cobvSim.clock.set(new Date('2020-11-15T12:00:00-03:00'));
    const cobv = txid('cobv');
    const { loc: _loc, ...body } = cobvBody1();
    expect((await call(cobvSim, 'PUT', `/cobv/${cobv}`, { body: { ...body, valor: { original: '123.01' } } })).status).toBe(201);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect((await call(cobvSim, 'GET', `/cobv/${cobv}`)).body.status).toBe('ATIVA');
  });
});
