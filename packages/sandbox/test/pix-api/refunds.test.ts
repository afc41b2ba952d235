import type { PixApiSimulator } from '../../src/pix-api';
import { startReceiver } from './callback-receiver';
import { call, closeAllAfterEach, cobBody2, EXAMPLE_COB_KEY, start, token, txid, TYPE } from './pix-api-test-kit';

// Received Pix (`/pix`) and refunds (`/pix/{e2eid}/devolucao/{id}`, ASM-X40), with the callback
// fired for both final refund statuses.

closeAllAfterEach();

async function paidCharge(sim: PixApiSimulator, amount = '37.00') {
  const id = txid();
  await call(sim, 'PUT', `/cob/${id}`, { body: { ...cobBody2(), valor: { original: amount } } });
  expect(await sim.payCharge(id, { name: 'Fulano de Tal', document: '12345678909' })).toBe(true);
  const charge = await call(sim, 'GET', `/cob/${id}`);
  return { txid: id, e2eid: charge.body.pix[0].endToEndId as string, charge: charge.body };
}

describe('API Pix simulator: received Pix', () => {
  it('lists the Pix on the charge and serves it at GET /pix/{e2eid}', async () => {
    const sim = await start({ pixKey: EXAMPLE_COB_KEY });
    const { txid: id, e2eid, charge } = await paidCharge(sim);
    expect(charge.status).toBe('CONCLUIDA');
    expect(e2eid).toMatch(/^E99999999\d{12}[a-zA-Z0-9]{11}$/);
    const pix = await call(sim, 'GET', `/pix/${e2eid}`);
    expect(pix.body).toEqual({
      endToEndId: e2eid,
      txid: id,
      valor: '37.00',
      componentesValor: { original: { valor: '37.00' } },
      chave: EXAMPLE_COB_KEY,
      horario: expect.any(String),
      pagador: { nome: 'Fulano de Tal', cpf: '12345678909' },
    });
    expect(charge.pix).toEqual([pix.body]);
    expect((await call(sim, 'GET', '/pix/E99999999202001011200aaaaaaaaaaa')).body).toMatchObject({ type: TYPE('PixNaoEncontrado'), status: 404 });
  });

  it('lists received Pix in a window with txid and payer filters', async () => {
    const sim = await start({ pixKey: EXAMPLE_COB_KEY });
    const bearer = await token(sim);
    const first = await paidCharge(sim);
    const second = await paidCharge(sim);
    const window = `inicio=${new Date(Date.now() - 60_000).toISOString()}&fim=${new Date(Date.now() + 60_000).toISOString()}`;
    const all = await call(sim, 'GET', `/pix?${window}`, { token: bearer });
    expect(all.body.pix.map((p: { endToEndId: string }) => p.endToEndId)).toEqual([first.e2eid, second.e2eid]);
    const one = await call(sim, 'GET', `/pix?${window}&txid=${second.txid}`, { token: bearer });
    expect(one.body.pix).toHaveLength(1);
    expect(one.body.parametros).toMatchObject({ txid: second.txid, paginacao: { quantidadeTotalDeItens: 1 } });
    expect((await call(sim, 'GET', `/pix?${window}&cpf=00000000000`, { token: bearer })).body.pix).toEqual([]);
    expect((await call(sim, 'GET', '/pix', { token: bearer })).body.type).toBe(TYPE('PixConsultaInvalida'));
  });
});

describe('API Pix simulator: refunds', () => {
  it('starts EM_PROCESSAMENTO, becomes DEVOLVIDO after sandboxDelayMs and fires the callback', async () => {
    const receiver = await startReceiver();
    try {
      const sim = await start({ pixKey: EXAMPLE_COB_KEY, sandboxDelayMs: 100 });
      expect((await call(sim, 'PUT', `/webhook/${EXAMPLE_COB_KEY}`, { body: { webhookUrl: receiver.url } })).status).toBe(200);
      const { e2eid } = await paidCharge(sim);
      const res = await call(sim, 'PUT', `/pix/${e2eid}/devolucao/r1`, { body: { valor: '7.89', descricao: 'Devolução parcial' } });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        id: 'r1',
        rtrId: expect.stringMatching(/^D99999999\d{12}[a-zA-Z0-9]{11}$/),
        valor: '7.89',
        natureza: 'ORIGINAL',
        descricao: 'Devolução parcial',
        horario: { solicitacao: expect.any(String) },
        status: 'EM_PROCESSAMENTO',
      });
      await sim.waitForIdle();
      const settled = await call(sim, 'GET', `/pix/${e2eid}/devolucao/r1`);
      expect(settled.body).toMatchObject({ status: 'DEVOLVIDO', horario: { liquidacao: expect.any(String) } });
      expect(receiver.received.map((r) => r.path)).toEqual(['/webhooks/pix_api/secret123/pix', '/webhooks/pix_api/secret123/pix']);
      expect(receiver.received[1].body.pix[0]).toMatchObject({ endToEndId: e2eid, devolucoes: [{ id: 'r1', status: 'DEVOLVIDO' }] });
    } finally {
      await receiver.close();
    }
  });

  it('settles on the simulator clock too', async () => {
    const sim = await start({ pixKey: EXAMPLE_COB_KEY, sandboxDelayMs: 60_000 });
    const { e2eid } = await paidCharge(sim);
    await call(sim, 'PUT', `/pix/${e2eid}/devolucao/r1`, { body: { valor: '1.00' } });
    sim.clock.advance(60_000);
    expect((await call(sim, 'GET', `/pix/${e2eid}/devolucao/r1`)).body.status).toBe('DEVOLVIDO');
  });

  it('answers NAO_REALIZADO for a refund that no longer fits once an earlier one settled, with a callback', async () => {
    const receiver = await startReceiver();
    try {
      // a2 must be requested while a1 is still processing: a delay a loaded CI machine cannot outrun.
      const sim = await start({ pixKey: EXAMPLE_COB_KEY, sandboxDelayMs: 1000 });
      await call(sim, 'PUT', `/webhook/${EXAMPLE_COB_KEY}`, { body: { webhookUrl: receiver.url } });
      const { e2eid } = await paidCharge(sim, '100.00');
      expect((await call(sim, 'PUT', `/pix/${e2eid}/devolucao/a1`, { body: { valor: '60.00' } })).status).toBe(201);
      expect((await call(sim, 'PUT', `/pix/${e2eid}/devolucao/a2`, { body: { valor: '60.00' } })).status).toBe(201);
      await sim.waitForIdle();
      expect((await call(sim, 'GET', `/pix/${e2eid}/devolucao/a1`)).body.status).toBe('DEVOLVIDO');
      const failed = await call(sim, 'GET', `/pix/${e2eid}/devolucao/a2`);
      expect(failed.body).toMatchObject({ status: 'NAO_REALIZADO', motivo: expect.any(String) });
      expect(failed.body.horario.liquidacao).toBeUndefined();
      const last = receiver.received[receiver.received.length - 1].body.pix[0];
      expect(last.devolucoes.map((d: { status: string }) => d.status)).toEqual(['DEVOLVIDO', 'NAO_REALIZADO']);
    } finally {
      await receiver.close();
    }
  });

  it('refuses a used id, an amount beyond what was not yet refunded, and a bad amount (PixDevolucaoInvalida)', async () => {
    const sim = await start({ pixKey: EXAMPLE_COB_KEY });
    const { e2eid } = await paidCharge(sim);
    await call(sim, 'PUT', `/pix/${e2eid}/devolucao/r1`, { body: { valor: '30.00' } });
    const again = await call(sim, 'PUT', `/pix/${e2eid}/devolucao/r1`, { body: { valor: '30.00' } });
    expect(again.status).toBe(400);
    expect(again.body).toMatchObject({ type: TYPE('PixDevolucaoInvalida'), title: 'Devolução inválida.', violacoes: [{ propriedade: 'id' }] });
    await sim.waitForIdle();
    const tooMuch = await call(sim, 'PUT', `/pix/${e2eid}/devolucao/r2`, { body: { valor: '7.01' } });
    expect(tooMuch.body.violacoes).toEqual([{ razao: expect.stringContaining('excederia o valor do pix originário'), propriedade: 'devolucao.valor' }]);
    const badAmount = await call(sim, 'PUT', `/pix/${e2eid}/devolucao/r3`, { body: { valor: '1,00' } });
    expect(badAmount.body.violacoes[0].propriedade).toBe('devolucao.valor');
    expect((await call(sim, 'PUT', `/pix/${e2eid}/devolucao/r4`, { body: { valor: '7.00' } })).status).toBe(201);
    expect(sim.counters.count('PUT /api/v2/pix/:e2eid/devolucao/:id')).toBe(5);
    expect((await call(sim, 'GET', `/pix/${e2eid}`)).body.devolucoes.map((d: { id: string }) => d.id)).toEqual(['r1', 'r4']);
    expect((await call(sim, 'GET', `/pix/${e2eid}/devolucao/nope`)).body).toMatchObject({ type: TYPE('PixDevolucaoNaoEncontrada'), status: 404 });
  });
});
