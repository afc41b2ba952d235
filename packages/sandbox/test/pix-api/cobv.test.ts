import type { PixApiSimulator } from '../../src/pix-api';
import { call, closeAllAfterEach, cobvBody1, EXAMPLE_COBV_KEY, start, txid, TYPE } from './pix-api-test-kit';

// Charges with a due date (`/cobv`): the specification's cobBody1, its CobVOperacaoInvalida rules,
// and the amount due on the payment day (ASM-X45, ASM-X46).

closeAllAfterEach();

/** Noon in Brasília on `date`, so the payment day is unambiguous. */
const brasiliaNoon = (date: string) => new Date(`${date}T12:00:00-03:00`);

async function simOn(date: string): Promise<PixApiSimulator> {
  const sim = await start({ pixKey: EXAMPLE_COBV_KEY });
  sim.clock.set(brasiliaNoon(date));
  return sim;
}

function withoutLoc(body: Record<string, unknown>): Record<string, unknown> {
  const { loc: _loc, ...rest } = body;
  return rest;
}

async function createAndPayOn(sim: PixApiSimulator, body: Record<string, unknown>, payDate: string) {
  const id = txid('cobv');
  const created = await call(sim, 'PUT', `/cobv/${id}`, { body });
  expect(created.status).toBe(201);
  sim.clock.set(brasiliaNoon(payDate));
  expect(await sim.payCharge(id)).toBe(true);
  const paid = await call(sim, 'GET', `/cobv/${id}`);
  expect(paid.body.status).toBe('CONCLUIDA');
  return paid.body.pix[0] as { valor: string; componentesValor: Record<string, { valor: string }> };
}

describe('API Pix simulator: charges with a due date', () => {
  it('creates cobBody1 and answers the shape of cobResponse4 (with recebedor and the rules)', async () => {
    const sim = await simOn('2020-11-15');
    const id = txid('cobv');
    const res = await call(sim, 'PUT', `/cobv/${id}`, { body: cobvBody1() });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      calendario: { criacao: expect.stringMatching(/^2020-11-15T15:00:0\d\.\d{3}Z$/), dataDeVencimento: '2020-12-31', validadeAposVencimento: 30 },
      txid: id,
      revisao: 0,
      loc: { id: 789, tipoCob: 'cobv', location: expect.stringMatching(/^pix-api\.sandbox\.invalid\/qr\/v2\/cobv\/[0-9a-f]{32}$/) },
      status: 'ATIVA',
      devedor: { cpf: '12345678909', nome: 'Francisco da Silva', cidade: 'Recife' },
      recebedor: {
        cnpj: expect.stringMatching(/^\d{14}$/),
        nome: expect.any(String),
        logradouro: expect.any(String),
        cidade: expect.any(String),
        uf: 'SP',
        cep: expect.any(String),
      },
      valor: cobvBody1().valor,
      chave: EXAMPLE_COBV_KEY,
    });
    expect((await call(sim, 'GET', `/cob/${id}`)).status).toBe(404);
    const reuse = await call(sim, 'PUT', `/cobv/${txid('cobv')}`, { body: cobvBody1() });
    expect(reuse.body.violacoes).toEqual([{ razao: 'O location referenciado por cobv.loc.id já está sendo utilizado por outra cobrança.', propriedade: 'cobv.loc.id' }]);
  });

  it('takes the fixed-date discount when paid on or before its date', async () => {
    const sim = await simOn('2020-11-15');
    const pix = await createAndPayOn(sim, cobvBody1(), '2020-11-30');
    expect(pix.valor).toBe('93.45');
    expect(pix.componentesValor).toEqual({ original: { valor: '123.45' }, desconto: { valor: '30.00' } });
  });

  it('charges the original between the discount date and the due date', async () => {
    const sim = await simOn('2020-11-15');
    const pix = await createAndPayOn(sim, withoutLoc(cobvBody1()), '2020-12-31');
    expect(pix.valor).toBe('123.45');
    expect(pix.componentesValor).toEqual({ original: { valor: '123.45' } });
  });

  it('adds the fine once and the interest per day after the due date (cobBody1 two days late)', async () => {
    const sim = await simOn('2020-11-15');
    const pix = await createAndPayOn(sim, withoutLoc(cobvBody1()), '2021-01-02');
    // 15 % of 123.45 = 18.5175 → 18.52; 2 %/day × 2 days = 4.938 → 4.94.
    expect(pix.componentesValor).toEqual({ original: { valor: '123.45' }, multa: { valor: '18.52' }, juros: { valor: '4.94' } });
    expect(pix.valor).toBe('146.91');
  });

  it("matches the specification's componentesValor example: 100.00 two days late, 3 % fine, 1 %/day → 105.00", async () => {
    const sim = await simOn('2021-03-01');
    const body = {
      ...withoutLoc(cobvBody1()),
      calendario: { dataDeVencimento: '2021-03-10' },
      valor: { original: '100.00', multa: { modalidade: 2, valorPerc: '3.00' }, juros: { modalidade: 2, valorPerc: '1.00' } },
    };
    const pix = await createAndPayOn(sim, body, '2021-03-12');
    expect(pix.valor).toBe('105.00');
  });

  it('computes monthly interest, a rebate and a per-day discount', async () => {
    const sim = await simOn('2021-03-01');
    const late = await createAndPayOn(
      sim,
      { ...withoutLoc(cobvBody1()), calendario: { dataDeVencimento: '2021-03-10' }, valor: { original: '100.00', juros: { modalidade: 3, valorPerc: '3.00' } } },
      '2021-03-20',
    );
    expect(late.componentesValor.juros).toEqual({ valor: '1.00' });
    sim.clock.set(brasiliaNoon('2021-03-01'));
    const early = await createAndPayOn(
      sim,
      {
        ...withoutLoc(cobvBody1()),
        calendario: { dataDeVencimento: '2021-03-10' },
        valor: { original: '100.00', abatimento: { modalidade: 1, valorPerc: '10.00' }, desconto: { modalidade: 5, valorPerc: '1.00' } },
      },
      '2021-03-07',
    );
    expect(early.componentesValor).toEqual({ original: { valor: '100.00' }, abatimento: { valor: '10.00' }, desconto: { valor: '3.00' } });
    expect(early.valor).toBe('87.00');
  });

  it('stops accepting payment after validadeAposVencimento days: REMOVIDA_PELO_PSP', async () => {
    const sim = await simOn('2020-11-15');
    const id = txid('cobv');
    await call(sim, 'PUT', `/cobv/${id}`, { body: withoutLoc(cobvBody1()) });
    sim.clock.set(brasiliaNoon('2021-01-30'));
    expect((await call(sim, 'GET', `/cobv/${id}`)).body.status).toBe('ATIVA');
    sim.clock.set(brasiliaNoon('2021-01-31'));
    expect((await call(sim, 'GET', `/cobv/${id}`)).body.status).toBe('REMOVIDA_PELO_PSP');
    expect(await sim.payCharge(id)).toBe(false);
  });

  it('pays through the control route with a payer and amount, refusing a wrong amount', async () => {
    const sim = await simOn('2020-11-15');
    const id = txid('cobv');
    await call(sim, 'PUT', `/cobv/${id}`, { body: withoutLoc(cobvBody1()) });
    const pay = (body: unknown) =>
      fetch(`${sim.url.replace('/api/v2', '')}/__sim/charges/${id}/pay`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect((await pay({ name: 'Maria', document: '98765432100', amount: '123.45' })).status).toBe(409);
    const ok = await pay({ name: 'Maria', document: '98765432100', amount: '93.45' });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ valor: '93.45', txid: id, pagador: { nome: 'Maria', cpf: '98765432100' } });
  });
});

describe('API Pix simulator: CobVOperacaoInvalida violations', () => {
  async function violations(body: Record<string, unknown>, date = '2020-11-15') {
    const sim = await simOn(date);
    const res = await call(sim, 'PUT', `/cobv/${txid('cobv')}`, { body });
    expect(res.status).toBe(400);
    expect(res.body.type).toBe(TYPE('CobVOperacaoInvalida'));
    return res.body.violacoes as Array<{ razao: string; propriedade: string }>;
  }
  const base = () => withoutLoc(cobvBody1());
  const valor = (extra: Record<string, unknown>) => ({ ...base(), valor: { original: '123.45', ...extra } });

  it('refuses a discount dated after the due date', async () => {
    const found = await violations(valor({ desconto: { modalidade: 1, descontoDataFixa: [{ data: '2021-01-05', valorPerc: '10.00' }] } }));
    expect(found).toEqual([{ razao: expect.stringContaining('data seja posterior à data de vencimento'), propriedade: 'cobv.valor.desconto.descontoDataFixa' }]);
  });

  it('refuses a rebate or discount reaching the original or 100 %', async () => {
    expect((await violations(valor({ abatimento: { modalidade: 1, valorPerc: '123.45' } })))[0].propriedade).toBe('cobv.valor.abatimento');
    expect((await violations(valor({ desconto: { modalidade: 5, valorPerc: '100.00' } })))[0].propriedade).toBe('cobv.valor.desconto');
  });

  it('checks which discount modalities take fixed dates and which take valorPerc', async () => {
    const withPerc = await violations(valor({ desconto: { modalidade: 2, valorPerc: '5.00', descontoDataFixa: [{ data: '2020-12-01', valorPerc: '5.00' }] } }));
    expect(withPerc[0].propriedade).toBe('cobv.valor.desconto.valorPerc');
    const noDates = await violations(valor({ desconto: { modalidade: 1 } }));
    expect(noDates[0].razao).toContain('descontoDataFixa está vazio ou nulo');
    const noPerc = await violations(valor({ desconto: { modalidade: 3 } }));
    expect(noPerc[0].razao).toContain('valorPerc não está preenchido');
    const withDates = await violations(valor({ desconto: { modalidade: 4, valorPerc: '1.00', descontoDataFixa: [{ data: '2020-12-01', valorPerc: '5.00' }] } }));
    expect(withDates[0].razao).toContain('descontoDataFixa está preenchido');
  });

  it('checks the calendar, debtor and modality ranges', async () => {
    const past = await violations(base(), '2021-01-01');
    expect(past).toEqual([{ razao: 'O campo cobv.calendario.dataDeVencimento é anterior à data de criação da cobrança.', propriedade: 'cobv.calendario.dataDeVencimento' }]);
    const negative = await violations({ ...base(), calendario: { dataDeVencimento: '2020-12-31', validadeAposVencimento: -1 } });
    expect(negative[0].propriedade).toBe('cobv.calendario.validadeAposVencimento');
    const { devedor: _devedor, ...noDebtor } = base();
    expect(await violations(noDebtor)).toEqual([{ razao: 'O objeto cobv.devedor não respeita o _schema_.', propriedade: 'cobv.devedor' }]);
    expect((await violations(valor({ juros: { modalidade: 9, valorPerc: '1.00' } })))[0].propriedade).toBe('cobv.valor.juros');
  });

  it('revises with PATCH, re-checking the rules on the merged charge', async () => {
    const sim = await simOn('2020-11-15');
    const id = txid('cobv');
    await call(sim, 'PUT', `/cobv/${id}`, { body: withoutLoc(cobvBody1()) });
    const earlier = await call(sim, 'PATCH', `/cobv/${id}`, { body: { calendario: { dataDeVencimento: '2020-11-20' } } });
    expect(earlier.status).toBe(400);
    expect(earlier.body.violacoes[0].propriedade).toBe('cobv.valor.desconto.descontoDataFixa');
    const later = await call(sim, 'PATCH', `/cobv/${id}`, { body: { calendario: { dataDeVencimento: '2021-01-15' } } });
    expect(later.body).toMatchObject({ revisao: 1, calendario: { dataDeVencimento: '2021-01-15', validadeAposVencimento: 30 } });
    const list = await call(sim, 'GET', `/cobv?inicio=2020-11-01T00:00:00Z&fim=2020-12-01T00:00:00Z`);
    expect(list.body.cobs.map((cob: { txid: string }) => cob.txid)).toEqual([id]);
  });
});
