/**
 * API Pix wire mapping against the specification's own examples (test/fixtures/pix-api, each naming
 * its `components.examples` entry), through the real transformers, error mapper and callback
 * parser, independently of the simulator.
 */
import { mapPixApiError, PixApiProblemError, withInputFields } from '../../../../src/datasources/pix-api/errors';
import { PixApiPixCharges } from '../../../../src/datasources/pix-api/pix-charges/adapter';
import { parseCallbackItem, splitCallback } from '../../../../src/datasources/pix-api/pix-charges/callback';
import { chargeFromWire, cobRequestToWire } from '../../../../src/datasources/pix-api/pix-charges/transformers';
import { refundFromWire } from '../../../../src/datasources/pix-api/refunds/transformers';
import { webhookFromWire } from '../../../../src/datasources/pix-api/webhooks/transformers';
import { PixChargeStatus } from '../../../../src/domain/pix-charges/model';
import { RefundStatus } from '../../../../src/domain/refunds/model';
import { providerRejectionAsUserError } from '../../../../src/domain/user-errors';
import { ProviderAuthError, ProviderNotFoundError, ProviderUnavailableError } from '../../../../src/errors/domain-errors';
import { decodeGlobalId } from '../../../../src/lib/global-id';
import { answeringWith, loadFixture } from '../../../helpers/wire-fixtures';
import type { PixApiCobWire, PixApiPixWire, PixApiRefundWire } from '../../../../src/datasources/pix-api/pix-charges/wire';

const fixture = <T>(name: string) => loadFixture<T>('pix-api', name);
const BEFORE_EXPIRY = new Date('2020-09-09T20:30:00Z');
const AFTER_EXPIRY = new Date('2020-09-09T21:16:00Z');

describe('cob examples → PixCharge', () => {
  test('cobResponse1: ATIVA → ACTIVE; amount "37.00" = 3700 cents; debtor CNPJ; expiry = criacao + expiracao', () => {
    const charge = chargeFromWire(fixture<PixApiCobWire>('cobResponse1').body, BEFORE_EXPIRY);
    expect(charge).toMatchObject({
      provider: 'PIX_API',
      txid: '7978c0c97ea847e78e8849634473c1f1',
      status: PixChargeStatus.ACTIVE,
      providerStatus: 'ATIVA',
      amount: { amount: 3700 },
      amountRefunded: { amount: 0 },
      description: 'Serviço realizado.',
      reference: null,
      debtor: { name: 'Empresa de Serviços SA', document: '12345678000195' },
      payer: null,
      paidAt: null,
      endToEndId: null,
      payments: [],
    });
    expect(charge.expiresAt?.toISOString()).toBe('2020-09-09T21:15:00.358Z');
    expect(decodeGlobalId(charge.id)).toMatchObject({ type: 'PixCharge', provider: 'PIX_API', providerId: charge.txid });
  });

  test('cobResponse1 after its expiry: still ATIVA at the PSP, EXPIRED in the graph', () => {
    expect(chargeFromWire(fixture<PixApiCobWire>('cobResponse1').body, AFTER_EXPIRY).status).toBe(PixChargeStatus.EXPIRED);
  });

  test('cobResponse2: CONCLUIDA with one Pix of 110.00 → PAID; its payment, paidAt and endToEndId; a refund EM_PROCESSAMENTO is not refunded yet', () => {
    const charge = chargeFromWire(fixture<PixApiCobWire>('cobResponse2').body, AFTER_EXPIRY);
    expect(charge).toMatchObject({ status: PixChargeStatus.PAID, amount: { amount: 10000 }, amountRefunded: { amount: 0 }, endToEndId: 'E1234567820200909122120200808008' });
    expect(charge.paidAt?.toISOString()).toBe('2020-09-09T20:15:00.358Z');
    expect(charge.payments).toEqual([
      {
        endToEndId: 'E1234567820200909122120200808008',
        amount: { amount: 11000, currency: 'BRL' },
        paidAt: new Date('2020-09-09T20:15:00.358Z'),
        payer: null,
        payerMessage: '0123456789',
      },
    ]);
  });

  test('cobResponse2 with its refund DEVOLVIDO → PARTIALLY_REFUNDED by 10.00', () => {
    const wire = fixture<PixApiCobWire>('cobResponse2').body;
    wire.pix![0].devolucoes![0].status = 'DEVOLVIDO';
    expect(chargeFromWire(wire, AFTER_EXPIRY)).toMatchObject({ status: PixChargeStatus.PARTIALLY_REFUNDED, amountRefunded: { amount: 1000 } });
  });

  test('cobResponse3 (revised, debtor CPF) → the CPF is the debtor document', () => {
    expect(chargeFromWire(fixture<PixApiCobWire>('cobResponse3').body, BEFORE_EXPIRY).debtor).toEqual({ name: 'Francisco da Silva', document: '12345678909' });
  });

  test('REMOVIDA_PELO_USUARIO_RECEBEDOR → CANCELLED; REMOVIDA_PELO_PSP → EXPIRED; an unknown status → UNKNOWN with the raw one kept', () => {
    const wire = fixture<PixApiCobWire>('cobResponse1').body;
    expect(chargeFromWire({ ...wire, status: 'REMOVIDA_PELO_USUARIO_RECEBEDOR' }, BEFORE_EXPIRY).status).toBe(PixChargeStatus.CANCELLED);
    expect(chargeFromWire({ ...wire, status: 'REMOVIDA_PELO_PSP' }, BEFORE_EXPIRY).status).toBe(PixChargeStatus.EXPIRED);
    expect(chargeFromWire({ ...wire, status: 'NOVO' }, BEFORE_EXPIRY)).toMatchObject({ status: PixChargeStatus.UNKNOWN, providerStatus: 'NOVO' });
  });

  test('create → PUT /cob/{txid} body: valor as a string, the Pix key, expiry, solicitacaoPagador, reference as infoAdicionais', () => {
    const body = cobRequestToWire(
      {
        amountCents: 3700,
        expiresInSeconds: 3600,
        description: 'Serviço realizado.',
        reference: 'order-7',
        debtor: { name: 'Empresa de Serviços SA', document: { kind: 'CNPJ', value: '12345678000195' } },
      },
      '7d9f0335-8dcc-4054-9bf9-0dbd61d36906',
    );
    expect(body).toEqual({
      calendario: { expiracao: 3600 },
      valor: { original: '37.00' },
      chave: '7d9f0335-8dcc-4054-9bf9-0dbd61d36906',
      devedor: { nome: 'Empresa de Serviços SA', cnpj: '12345678000195' },
      solicitacaoPagador: 'Serviço realizado.',
      infoAdicionais: [{ nome: 'paygraph-reference', valor: 'order-7' }],
    });
  });

  test('the adapter PUTs to cob/<derived txid>: the same key gives the same 35-character txid, another key another', async () => {
    const { http, calls } = answeringWith(fixture('cobResponse1').body);
    const charges = new PixApiPixCharges(http, { pspClientId: 'psp-client', pixKey: 'key', clock: { now: () => BEFORE_EXPIRY } });
    await charges.createCharge({ amountCents: 3700 }, { clientId: 'client-a', key: 'order-7' });
    await charges.createCharge({ amountCents: 3700 }, { clientId: 'client-a', key: 'order-7' });
    await charges.createCharge({ amountCents: 3700 }, { clientId: 'client-a', key: 'order-8' });
    const paths = calls.map((call) => `${call.method} ${call.path}`);
    expect(paths[0]).toMatch(/^PUT cob\/[0-9a-f]{35}$/);
    expect(paths[1]).toBe(paths[0]);
    expect(paths[2]).not.toBe(paths[0]);
  });
});

describe('Pix and refund examples', () => {
  test('devolucaoResponse1: EM_PROCESSAMENTO → PROCESSING, 7.89, id <e2eid>.<id>', () => {
    const refund = refundFromWire(fixture<PixApiRefundWire>('devolucaoResponse1').body, 'E12345678202009091221abcdef12345', 'cd1fe328c875481285a6f233ae41b662');
    expect(refund).toMatchObject({
      status: RefundStatus.PROCESSING,
      amount: { amount: 789 },
      refundId: 'E12345678202009091221abcdef12345.123456',
      endToEndId: 'D12345678202009091000abcde123456',
      chargeTxid: 'cd1fe328c875481285a6f233ae41b662',
    });
    expect(refund.createdAt?.toISOString()).toBe('2020-09-11T15:25:59.411Z');
    expect(decodeGlobalId(refund.id)).toMatchObject({ provider: 'PIX_API', providerId: 'E12345678202009091221abcdef12345.123456' });
  });

  test('devolucaoResponse2: NAO_REALIZADO → FAILED', () => {
    expect(refundFromWire(fixture<PixApiRefundWire>('devolucaoResponse2').body, 'E12345678202009091221abcdef12345', 't').status).toBe(RefundStatus.FAILED);
  });

  test('pixResponse1 as a callback item: a Pix of a txid with a refund still in process → a payment notice', () => {
    const parsed = parseCallbackItem(fixture<PixApiPixWire>('pixResponse1').body);
    expect(parsed).toMatchObject({
      ok: true,
      confirmable: true,
      dedupKey: 'pix:E12345678202009091221abcdef12345',
      delivery: { kind: 'paid', txid: 'cd1fe328c875481285a6f233ae41b662' },
    });
  });

  test('pixResponse2: its endToEndId has 34 characters (not the 32 of EndToEndId): refused as invalid', () => {
    expect(parseCallbackItem(fixture('pixResponse2').body)).toEqual({ ok: false, reason: 'pix item without a valid endToEndId' });
  });

  test('pixWebhook1 (devolucoes as one object, EM_PROCESSAMENTO) → payment; the same with DEVOLVIDO → a refund notice', () => {
    const wire = fixture<PixApiPixWire & { devolucoes: PixApiRefundWire }>('pixWebhook1').body;
    expect(parseCallbackItem(wire)).toMatchObject({ ok: true, delivery: { kind: 'paid', e2eid: 'E12345678202009091221kkkkkkkkkkk' } });
    const refunded = { ...wire, devolucoes: { ...wire.devolucoes, status: 'DEVOLVIDO' } };
    expect(parseCallbackItem(refunded)).toMatchObject({
      ok: true,
      dedupKey: 'devolucao:E12345678202009091221kkkkkkkkkkk:123ABC:DEVOLVIDO',
      delivery: { kind: 'refund', refundId: '123ABC' },
    });
  });

  test('a grouped callback { pix: [pixWebhook1, pixWebhook2] } splits into two items; anything else is not a callback', () => {
    expect(splitCallback({ pix: [fixture('pixWebhook1').body, fixture('pixWebhook2').body] })).toHaveLength(2);
    expect(splitCallback({ pix: {} })).toBeNull();
    expect(splitCallback([])).toBeNull();
  });

  test('webhookResponse1 → a PIX_QR_INBOUND webhook named by its Pix key', () => {
    expect(webhookFromWire(fixture<never>('webhookResponse1').body)).toMatchObject({
      provider: 'PIX_API',
      webhookId: '40a0932d-1918-4eee-845d-35a2da1690dc',
      eventType: 'PIX_QR_INBOUND',
      url: 'https://pix.example.com/api/webhook/',
    });
  });
});

describe('problem+json examples → typed errors', () => {
  const ctx = (name: string, transactionId = 'tx-1') => {
    const { status, body } = fixture(name);
    return { status: status!, body, transactionId, method: 'PUT', path: 'cob/x' };
  };

  test('RequisicaoInvalidaCobExample1 → PROVIDER_REJECTED with type, title, violation; the violation names cob.valor.original → userError field input.amount', () => {
    const error = mapPixApiError(ctx('RequisicaoInvalidaCobExample1'));
    expect(error).toBeInstanceOf(PixApiProblemError);
    const problem = error as PixApiProblemError;
    expect(problem).toMatchObject({
      problemType: 'CobOperacaoInvalida',
      title: 'Cobrança inválida.',
      details: { provider: 'PIX_API', providerCode: 'CobOperacaoInvalida', httpStatus: 400, upstreamTransactionId: 'tx-1' },
    });
    expect(problem.violations).toEqual([{ reason: 'O campo cob.valor.original não respeita o _schema_.', property: 'cob.valor.original' }]);
    withInputFields(problem, { 'cob.valor': ['input', 'amount'] });
    expect(providerRejectionAsUserError(problem)).toMatchObject({ field: ['input', 'amount'], code: 'PROVIDER_REJECTED' });
  });

  test('RequisicaoInvalidaDevolucaoExample1 (no violations) → the detail is the message; the field stays the whole input', () => {
    const error = mapPixApiError(ctx('RequisicaoInvalidaDevolucaoExample1')) as PixApiProblemError;
    expect(error.problemType).toBe('PixDevolucaoInvalida');
    expect(error.providerMessages[0]).toMatch(/^A presente requisição de devolução/);
    expect(providerRejectionAsUserError(withInputFields(error, { 'devolucao.valor': ['input', 'amount'] }))).toMatchObject({ field: ['input'] });
  });

  test('a correlationId becomes the upstream transaction id', () => {
    const { status, body } = fixture<Record<string, unknown>>('RequisicaoInvalidaCobExample1');
    const error = mapPixApiError({ status: status!, body: { ...body, correlationId: 'corr-42' }, transactionId: 'tx-1', method: 'PUT', path: 'cob/x' });
    expect(error).toMatchObject({ details: { upstreamTransactionId: 'corr-42' } });
  });

  test('NaoEncontrado → NOT_FOUND; AcessoNegado → PROVIDER_AUTH_FAILED; ServicoIndisponivel → PROVIDER_UNAVAILABLE (retryable)', () => {
    expect(mapPixApiError(ctx('NaoEncontradoExample1'))).toBeInstanceOf(ProviderNotFoundError);
    expect(mapPixApiError(ctx('AcessoNegadoExample1'))).toBeInstanceOf(ProviderAuthError);
    const unavailable = mapPixApiError(ctx('ServicoIndisponivelExample1'));
    expect(unavailable).toBeInstanceOf(ProviderUnavailableError);
    expect(unavailable).toMatchObject({ details: { providerCode: 'ServicoIndisponivel', retryable: true } });
  });
});
