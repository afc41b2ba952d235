import { call, closeAllAfterEach, cobBody2, EXAMPLE_COB_KEY, PROBLEM, start, token, txid, TYPE } from './pix-api-test-kit';

// Immediate charges (`/cob`) with the specification's example bodies (cobBody2..5), its
// CobOperacaoInvalida / CobConsultaInvalida violations, idempotent PUT (ASM-X36) and expiry (ASM-X37).

closeAllAfterEach();

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe('API Pix simulator: immediate charges', () => {
  it('creates cobBody2 with PUT and answers the shape of cobResponse1', async () => {
    const sim = await start({ pixKey: EXAMPLE_COB_KEY });
    const id = txid();
    const res = await call(sim, 'PUT', `/cob/${id}`, { body: cobBody2() });
    expect(res.status).toBe(201);
    expect(res.contentType).toContain('application/json');
    expect(res.body).toEqual({
      calendario: { criacao: expect.stringMatching(ISO), expiracao: 3600 },
      txid: id,
      revisao: 0,
      loc: {
        id: expect.any(Number),
        location: expect.stringMatching(/^pix-api\.sandbox\.invalid\/qr\/v2\/[0-9a-f]{32}$/),
        tipoCob: 'cob',
        criacao: expect.stringMatching(ISO),
        txid: id,
      },
      location: res.body.loc.location,
      status: 'ATIVA',
      devedor: { cnpj: '12345678000195', nome: 'Empresa de Serviços SA' },
      valor: { original: '37.00', modalidadeAlteracao: 1 },
      chave: EXAMPLE_COB_KEY,
      solicitacaoPagador: 'Serviço realizado.',
      infoAdicionais: cobBody2().infoAdicionais,
      pixCopiaECola: expect.stringMatching(/^000201.*6304[0-9A-F]{4}$/),
    });
    const read = await call(sim, 'GET', `/cob/${id}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(res.body);
  });

  it('lets the PSP choose the txid with POST /cob', async () => {
    const sim = await start({ pixKey: EXAMPLE_COB_KEY });
    const res = await call(sim, 'POST', '/cob', { body: cobBody2() });
    expect(res.status).toBe(201);
    expect(res.body.txid).toMatch(/^[a-zA-Z0-9]{26,35}$/);
  });

  it('answers a repeated PUT with the same body with the existing charge, once, and refuses a different body', async () => {
    const sim = await start({ pixKey: EXAMPLE_COB_KEY });
    const id = txid();
    const first = await call(sim, 'PUT', `/cob/${id}`, { body: cobBody2() });
    const reordered = Object.fromEntries(Object.entries(cobBody2()).reverse());
    const again = await call(sim, 'PUT', `/cob/${id}`, { body: reordered });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    const changed = await call(sim, 'PUT', `/cob/${id}`, { body: { ...cobBody2(), valor: { original: '38.00' } } });
    expect(changed.status).toBe(400);
    expect(changed.contentType).toContain(PROBLEM);
    expect(changed.body).toMatchObject({ type: TYPE('CobOperacaoInvalida'), violacoes: [{ propriedade: 'txid' }] });
    expect(sim.counters.count('PUT /api/v2/cob/:txid')).toBe(3);
    expect((await call(sim, 'GET', `/cob/${id}`)).body.valor.original).toBe('37.00');
  });

  it('answers the specification violations of a cob body with their property paths', async () => {
    const sim = await start({ pixKey: EXAMPLE_COB_KEY });
    const bad = { ...cobBody2(), calendario: { expiracao: 0 }, valor: { original: '0.00' }, chave: 'someone-else@example.com', devedor: { cpf: '123', nome: 'X' } };
    const res = await call(sim, 'PUT', `/cob/${txid()}`, { body: bad });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ type: TYPE('CobOperacaoInvalida'), title: 'Cobrança inválida.', status: 400, correlationId: expect.any(String) });
    expect(res.body.violacoes.map((v: { propriedade: string }) => v.propriedade)).toEqual(['cob.calendario.expiracao', 'cob.valor.original', 'cob.devedor', 'cob.chave']);
    expect(res.body.violacoes[0].razao).toBe('O campo cob.calendario.expiracao é igual ou menor que zero.');
    const format = await call(sim, 'PUT', `/cob/${txid()}`, { body: { ...cobBody2(), valor: { original: '37.5' } } });
    expect(format.body.violacoes).toEqual([{ razao: 'O campo cob.valor.original não respeita o _schema_.', propriedade: 'cob.valor.original' }]);
    const shortTxid = await call(sim, 'PUT', '/cob/short', { body: cobBody2() });
    expect(shortTxid.body.violacoes).toEqual([{ razao: 'O campo txid não respeita o _schema_.', propriedade: 'txid' }]);
  });

  it('revises with PATCH (cobBody4): revisao + 1, old revision readable, then removes with cobBody5', async () => {
    const sim = await start({ pixKey: EXAMPLE_COB_KEY });
    const id = txid();
    await call(sim, 'PUT', `/cob/${id}`, { body: cobBody2() });
    const revised = await call(sim, 'PATCH', `/cob/${id}`, { body: { valor: { original: '567.89' }, solicitacaoPagador: 'Informar cartão fidelidade' } });
    expect(revised.status).toBe(200);
    expect(revised.body).toMatchObject({ revisao: 1, valor: { original: '567.89', modalidadeAlteracao: 1 }, solicitacaoPagador: 'Informar cartão fidelidade' });
    expect((await call(sim, 'GET', `/cob/${id}?revisao=0`)).body).toMatchObject({ revisao: 0, valor: { original: '37.00' } });
    const missing = await call(sim, 'GET', `/cob/${id}?revisao=7`);
    expect(missing.body).toMatchObject({ type: TYPE('CobConsultaInvalida'), violacoes: [{ propriedade: 'revisao' }] });

    const mixed = await call(sim, 'PATCH', `/cob/${id}`, { body: { status: 'REMOVIDA_PELO_USUARIO_RECEBEDOR', solicitacaoPagador: 'x' } });
    expect(mixed.status).toBe(400);
    expect(mixed.body.violacoes[0].propriedade).toBe('cob.status');
    const removed = await call(sim, 'PATCH', `/cob/${id}`, { body: { status: 'REMOVIDA_PELO_USUARIO_RECEBEDOR' } });
    expect(removed.body).toMatchObject({ status: 'REMOVIDA_PELO_USUARIO_RECEBEDOR', revisao: 2 });
    const afterRemoval = await call(sim, 'PATCH', `/cob/${id}`, { body: { solicitacaoPagador: 'again' } });
    expect(afterRemoval.body.violacoes[0].razao).toBe('A cobrança não está ATIVA, e a presente requisição busca alterá-la.');
    expect(await sim.payCharge(id)).toBe(false);
  });

  it('answers 404 CobNaoEncontrado for an unknown txid', async () => {
    const sim = await start();
    const res = await call(sim, 'PATCH', `/cob/${txid()}`, { body: { status: 'REMOVIDA_PELO_USUARIO_RECEBEDOR' } });
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ type: TYPE('CobNaoEncontrado'), status: 404 });
  });

  it('expires an ATIVA cob on the simulator clock: REMOVIDA_PELO_PSP, no longer payable', async () => {
    const sim = await start({ pixKey: EXAMPLE_COB_KEY });
    const id = txid();
    await call(sim, 'PUT', `/cob/${id}`, { body: cobBody2() });
    sim.clock.advance(3_599_000);
    expect((await call(sim, 'GET', `/cob/${id}`)).body.status).toBe('ATIVA');
    sim.clock.advance(1_000);
    expect((await call(sim, 'GET', `/cob/${id}`)).body.status).toBe('REMOVIDA_PELO_PSP');
    expect(await sim.payCharge(id)).toBe(false);
  });

  it('answers malformed JSON and unknown paths with problems', async () => {
    const sim = await start();
    const bad = await call(sim, 'PUT', `/cob/${txid()}`, { rawBody: '{"valor":' });
    expect(bad.status).toBe(400);
    expect(bad.contentType).toContain(PROBLEM);
    expect(bad.body).toMatchObject({ type: TYPE('RequisicaoInvalida'), status: 400 });
    const unknown = await call(sim, 'GET', '/lotecobv/1');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ type: TYPE('NaoEncontrado') });
  });
});

describe('API Pix simulator: GET /cob lists', () => {
  async function seed(count: number) {
    const sim = await start({ pixKey: EXAMPLE_COB_KEY });
    const bearer = await token(sim);
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const id = txid('list');
      ids.push(id);
      const devedor = i % 2 === 0 ? { cpf: '12345678909', nome: 'Francisco da Silva' } : { cnpj: '12345678000195', nome: 'Empresa de Serviços SA' };
      await call(sim, 'PUT', `/cob/${id}`, { token: bearer, body: { ...cobBody2(), devedor } });
      sim.clock.advance(1_000);
    }
    return { sim, bearer, ids };
  }

  it('pages the window oldest first and echoes parametros', async () => {
    const { sim, bearer, ids } = await seed(5);
    const inicio = new Date(Date.now() - 60_000).toISOString();
    const fim = new Date(sim.clock.nowMs() + 60_000).toISOString();
    const res = await call(sim, 'GET', `/cob?inicio=${inicio}&fim=${fim}&paginacao.paginaAtual=1&paginacao.itensPorPagina=2`, { token: bearer });
    expect(res.status).toBe(200);
    expect(res.body.parametros).toEqual({ inicio, fim, paginacao: { paginaAtual: 1, itensPorPagina: 2, quantidadeDePaginas: 3, quantidadeTotalDeItens: 5 } });
    expect(res.body.cobs.map((cob: { txid: string }) => cob.txid)).toEqual(ids.slice(2, 4));
  });

  it('filters by debtor and status', async () => {
    const { sim, bearer, ids } = await seed(4);
    await call(sim, 'PATCH', `/cob/${ids[0]}`, { token: bearer, body: { status: 'REMOVIDA_PELO_USUARIO_RECEBEDOR' } });
    const window = `inicio=${new Date(Date.now() - 60_000).toISOString()}&fim=${new Date(sim.clock.nowMs() + 60_000).toISOString()}`;
    const byCpf = await call(sim, 'GET', `/cob?${window}&cpf=12345678909`, { token: bearer });
    expect(byCpf.body.cobs.map((cob: { txid: string }) => cob.txid)).toEqual([ids[0], ids[2]]);
    const active = await call(sim, 'GET', `/cob?${window}&cpf=12345678909&status=ATIVA`, { token: bearer });
    expect(active.body.cobs.map((cob: { txid: string }) => cob.txid)).toEqual([ids[2]]);
    expect(active.body.parametros).toMatchObject({ cpf: '12345678909', status: 'ATIVA' });
  });

  it('answers CobConsultaInvalida for the listed query violations', async () => {
    const sim = await start();
    const bearer = await token(sim);
    const missing = await call(sim, 'GET', '/cob', { token: bearer });
    expect(missing.status).toBe(400);
    expect(missing.body.type).toBe(TYPE('CobConsultaInvalida'));
    expect(missing.body.violacoes.map((v: { propriedade: string }) => v.propriedade)).toEqual(['inicio', 'fim']);
    const reversed = await call(sim, 'GET', '/cob?inicio=2020-04-02T00:00:00Z&fim=2020-04-01T00:00:00Z', { token: bearer });
    expect(reversed.body.violacoes).toEqual([{ razao: expect.stringContaining('fim é anterior'), propriedade: 'fim' }]);
    const both = await call(sim, 'GET', '/cob?inicio=2020-04-01T00:00:00Z&fim=2020-04-02T00:00:00Z&cpf=12345678909&cnpj=12345678000195', { token: bearer });
    expect(both.body.violacoes[0].razao).toBe('Ambos os parâmetros cpf e cnpj estão preenchidos.');
    const negative = await call(sim, 'GET', '/cob?inicio=2020-04-01T00:00:00Z&fim=2020-04-02T00:00:00Z&paginacao.paginaAtual=-1', { token: bearer });
    expect(negative.body.violacoes[0].razao).toBe('O parâmetro paginacao.paginaAtual é negativo.');
  });
});
