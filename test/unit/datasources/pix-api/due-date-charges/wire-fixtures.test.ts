import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { answeringWith, type WireFixture } from '../../../../helpers/wire-fixtures';
import { PixApiDueDatePixCharges } from '../../../../../src/datasources/pix-api/due-date-charges/adapter';
import { chargeFromWire, createToWire } from '../../../../../src/datasources/pix-api/due-date-charges/transformers';
import type { CobVListWire, CobVPixWire, CobVRequestWire, CobVWire } from '../../../../../src/datasources/pix-api/due-date-charges/wire';
import { mapPixApiError, PixApiProblemError } from '../../../../../src/datasources/pix-api/errors';
import { deriveTxid } from '../../../../../src/datasources/pix-api/derived-ids';
import type { ProviderHttp } from '../../../../../src/datasources/http/provider-http';
import { DiscountModality, DueDatePixChargeStatus, FineModality, InterestModality } from '../../../../../src/domain/due-date-charges/model';
import type { CreateDueDatePixChargeCommand } from '../../../../../src/domain/due-date-charges/port';
import { ProviderNotFoundError } from '../../../../../src/errors/domain-errors';
import { brl } from '../../../../../src/domain/models';
import { decodeGlobalId } from '../../../../../src/lib/global-id';

/** The specification's own examples (test/fixtures/pix-api/cobv-*.json), through the real transformers and adapter. */
function fixture<T>(name: string): WireFixture<T> {
  return JSON.parse(readFileSync(join(__dirname, '../../../../fixtures/pix-api', `${name}.json`), 'utf8')) as WireFixture<T>;
}

const account = { pspClientId: 'psp-client', pixKey: '5f84a4c5-c5cb-4599-9f13-7eb4d419dacc' };

/** cobBody1 in the domain's words: what validation makes of the same input. */
const cobBody1Command: CreateDueDatePixChargeCommand = {
  amountCents: 12_345,
  dueDate: '2020-12-31',
  daysValidAfterDueDate: 30,
  debtor: { name: 'Francisco da Silva', document: { kind: 'CPF', value: '12345678909' } },
  description: 'Cobrança dos serviços prestados.',
  fine: { modality: FineModality.PERCENTAGE, value: 1500 },
  interest: { modality: InterestModality.PERCENT_PER_DAY_CALENDAR_DAYS, value: 200 },
  rebate: null,
  discount: { modality: DiscountModality.FIXED_AMOUNT_UNTIL_DATES, fixedDates: [{ date: '2020-11-30', value: 3000 }], valuePerDay: null },
};

describe('API Pix cobv wire fixtures', () => {
  test('cobBody1: the create body has the example’s fields and values (modalidade written as the schema’s integer)', () => {
    const example = fixture<CobVRequestWire & { loc: unknown }>('cobv-create-request').body;
    const { loc: _location, ...expected } = example; // Paygraph lets the PSP make the location (no `loc.id`).
    const body = createToWire(cobBody1Command, account.pixKey);
    expect(body).toEqual({
      ...expected,
      devedor: { cpf: '12345678909', nome: 'Francisco da Silva' },
      valor: {
        ...expected.valor,
        multa: { modalidade: 2, valorPerc: '15.00' },
        juros: { modalidade: 2, valorPerc: '2.00' },
        desconto: { ...expected.valor.desconto, modalidade: 1 },
      },
    });
  });

  test('cobBody1 read back: string modalidade codes become the typed rules', () => {
    const example = fixture<CobVRequestWire>('cobv-create-request').body;
    const record = chargeFromWire({ ...fixture<CobVWire>('cobv-response').body, valor: example.valor });
    expect({ fine: record.fine, interest: record.interest, rebate: record.rebate, discount: record.discount }).toEqual({
      fine: cobBody1Command.fine,
      interest: cobBody1Command.interest,
      rebate: null,
      discount: cobBody1Command.discount,
    });
  });

  test('cobResponse4 → the record', () => {
    const record = chargeFromWire(fixture<CobVWire>('cobv-response').body);
    expect(record).toEqual({
      __typename: 'DueDatePixCharge',
      id: expect.any(String),
      provider: 'PIX_API',
      txid: '7978c0c97ea847e78e8849634473c1f1',
      revision: 0,
      status: DueDatePixChargeStatus.ACTIVE,
      providerStatus: 'ATIVA',
      amount: brl(12_345),
      dueDate: '2020-12-31',
      daysValidAfterDueDate: 30,
      fine: null,
      interest: null,
      rebate: null,
      discount: null,
      debtor: { name: 'Francisco da Silva', document: '12345678909' },
      description: 'Cobrança dos serviços prestados.',
      brCode: null,
      createdAt: new Date('2020-09-09T20:15:00.358Z'),
      payments: [],
    });
    expect(decodeGlobalId(record.id)).toEqual({ type: 'DueDatePixCharge', provider: 'PIX_API', providerId: '7978c0c97ea847e78e8849634473c1f1' });
  });

  test('a paid cobv: the Pix with its componentesValor (the spec’s late-payment example: 100.00 + 3.00 fine + 2.00 interest = 105.00)', () => {
    const pix = fixture<CobVPixWire>('cobv-pix-components-late').body;
    const record = chargeFromWire({ ...fixture<CobVWire>('cobv-response').body, status: 'CONCLUIDA', pix: [pix] });
    expect(record.status).toBe(DueDatePixChargeStatus.PAID);
    expect(record.payments).toEqual([
      {
        endToEndId: pix.endToEndId,
        amount: brl(10_500),
        paidAt: new Date('2020-09-10T13:03:33.902Z'),
        original: brl(10_000),
        fine: brl(300),
        interest: brl(200),
        discount: null,
        rebate: null,
      },
    ]);
  });

  test('create: PUT /cobv/{derived txid} with the body; the same (client, key) always names the same txid', async () => {
    const { http, calls } = answeringWith(fixture('cobv-response').body);
    const adapter = new PixApiDueDatePixCharges(http, account);
    const key = { clientId: 'client-a', idempotencyKey: 'order-1', earlierAttempt: false };
    const record = await adapter.create(cobBody1Command, key);
    const txid = deriveTxid({ pspClientId: 'psp-client', clientId: 'client-a', idempotencyKey: 'order-1' }, 'cobv');
    expect(txid).toMatch(/^[a-zA-Z0-9]{26,35}$/);
    expect(txid).not.toBe(deriveTxid({ pspClientId: 'psp-client', clientId: 'client-a', idempotencyKey: 'order-1' }, 'cob'));
    expect(calls).toEqual([{ method: 'PUT', path: `cobv/${txid}`, options: { json: createToWire(cobBody1Command, account.pixKey) } }]);
    expect(record.txid).toBe('7978c0c97ea847e78e8849634473c1f1');
  });

  test('create after an attempt whose answer was lost: GET the derived txid and answer it, no second PUT', async () => {
    const { http, calls } = answeringWith(fixture('cobv-response').body);
    await new PixApiDueDatePixCharges(http, account).create(cobBody1Command, { clientId: 'client-a', idempotencyKey: 'order-1', earlierAttempt: true });
    expect(calls.map((call) => call.method)).toEqual(['GET']);
  });

  test('create after a lost attempt that never reached the PSP: GET answers 404, then the PUT', async () => {
    const calls: string[] = [];
    const http = {
      get: () => {
        calls.push('GET');
        return Promise.reject(new ProviderNotFoundError('none', { provider: 'PIX_API' }));
      },
      put: () => {
        calls.push('PUT');
        return Promise.resolve({ status: 201, body: fixture('cobv-response').body, transactionId: 't' });
      },
    } as unknown as ProviderHttp;
    await new PixApiDueDatePixCharges(http, account).create(cobBody1Command, { clientId: 'client-a', idempotencyKey: 'order-1', earlierAttempt: true });
    expect(calls).toEqual(['GET', 'PUT']);
  });

  test('RequisicaoInvalidaCobVExample1: a typed problem pointing at input.debtor', async () => {
    const problem = fixture('cobv-invalid-problem');
    const error = mapPixApiError({ status: problem.status!, body: problem.body, transactionId: 'tx-1', method: 'PUT', path: 'cobv/x' });
    const http = { put: () => Promise.reject(error) } as unknown as ProviderHttp;
    const thrown = await new PixApiDueDatePixCharges(http, account).create(cobBody1Command, { clientId: 'c', idempotencyKey: 'k', earlierAttempt: false }).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(PixApiProblemError);
    expect((thrown as PixApiProblemError).problemType).toBe('CobVOperacaoInvalida');
    expect((thrown as PixApiProblemError).inputField).toEqual(['input', 'debtor']);
  });

  test('cancel: cobBody5 as a PATCH', async () => {
    const { http, calls } = answeringWith({ ...fixture<CobVWire>('cobv-response').body, status: 'REMOVIDA_PELO_USUARIO_RECEBEDOR' });
    const record = await new PixApiDueDatePixCharges(http, account).cancel('7978c0c97ea847e78e8849634473c1f1');
    expect(calls).toEqual([{ method: 'PATCH', path: 'cobv/7978c0c97ea847e78e8849634473c1f1', options: { json: fixture('cobv-cancel-request').body } }]);
    expect(record.status).toBe(DueDatePixChargeStatus.CANCELLED);
  });

  test('list: getCobsV1 → a page; inicio/fim/status/cpf and paging as query parameters', async () => {
    const { http, calls } = answeringWith(fixture<CobVListWire>('cobv-list').body);
    const page = await new PixApiDueDatePixCharges(http, account).list({
      offset: 0,
      limit: 20,
      createdFrom: new Date('2020-04-01T00:00:00Z'),
      createdTo: new Date('2020-04-01T23:59:59Z'),
      status: DueDatePixChargeStatus.ACTIVE,
      debtorDocument: '12345678909',
    });
    expect(page).toEqual({ items: [expect.objectContaining({ txid: '7978c0c97ea847e78e8849634473c1f1' })], totalCount: 1, hasNextPage: false });
    expect(calls[0].options?.searchParams).toEqual({
      inicio: '2020-04-01T00:00:00.000Z',
      fim: '2020-04-01T23:59:59.000Z',
      status: 'ATIVA',
      cpf: '12345678909',
      'paginacao.paginaAtual': 0,
      'paginacao.itensPorPagina': 20,
    });
  });

  test('list: UNKNOWN matches nothing, without a call', async () => {
    const { http, calls } = answeringWith({});
    const page = await new PixApiDueDatePixCharges(http, account).list({
      offset: 0,
      limit: 5,
      createdFrom: new Date(0),
      createdTo: new Date(),
      status: DueDatePixChargeStatus.UNKNOWN,
    });
    expect(page.items).toEqual([]);
    expect(calls).toEqual([]);
  });
});
