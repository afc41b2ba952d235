import { PixChargeStatus } from '../../../../../src/domain/pix-charges/model';
import { decodeGlobalId } from '../../../../../src/lib/global-id';
import { parseLaravelDate, tokenExpiryFromWire } from '../../../../../src/datasources/pagstar/transformers';
import { chargeFromCreated, chargeFromWire, createDepositToWire } from '../../../../../src/datasources/pagstar/pix-charges/transformers';
import { mapPagstarError, validationMessages } from '../../../../../src/datasources/pagstar/errors';
import type { PagstarTransactionWire } from '../../../../../src/datasources/pagstar/pix-charges/wire';
import { ErrorCode } from '../../../../../src/errors/codes';
import type { PaygraphError } from '../../../../../src/errors/domain-errors';

const REF = '47023acc-0727-476a-a011-9d759e7f58c9';

function details(overrides: Partial<PagstarTransactionWire> = {}): PagstarTransactionWire {
  return {
    id: 168258,
    external_reference: REF,
    value: 10.05,
    callback: 'https://pay.example/webhooks/pagstar/SECRET',
    type: 'payment',
    user_id: null,
    status: 1,
    deeplink: null,
    pix_deposit: {
      qr_code_url: 'https://chart…',
      pix_key: 'IxoYKcQw.PAGSTARMOCK2022.x',
      favoured: 'Pagstar',
      external_reference: REF,
      checkout: `https://dev-checkout.pagstar.com/payment/pix/${REF}`,
    },
    partner: { name: 'Futurama', document: '87539319' },
    tenant: { id: 't', name: 'T' },
    created_at: '2024-01-15T13:30:00.000000Z',
    ...overrides,
  };
}

describe('Pagstar transformers', () => {
  test('GET details → PixCharge: reais to exact cents, global id, null for what Pagstar does not return', () => {
    const charge = chargeFromWire(details());
    expect(decodeGlobalId(charge.id)).toEqual({ type: 'PixCharge', provider: 'PAGSTAR', providerId: REF });
    expect(charge).toMatchObject({
      provider: 'PAGSTAR',
      txid: REF,
      status: PixChargeStatus.PAID,
      providerStatus: '1',
      amount: { amount: 1005, currency: 'BRL' },
      amountRefunded: { amount: 0, currency: 'BRL' },
      brCode: 'IxoYKcQw.PAGSTARMOCK2022.x',
      checkoutUrl: `https://dev-checkout.pagstar.com/payment/pix/${REF}`,
      createdAt: new Date('2024-01-15T13:30:00.000Z'),
      description: null,
      reference: null,
      // `partner` is the merchant's own account, not the payer or the debtor.
      debtor: null,
      payer: null,
      expiresAt: null,
      paidAt: null,
      endToEndId: null,
    });
    expect(JSON.stringify(charge)).not.toContain('SECRET');
  });

  test.each([
    [0.1, 10],
    [29.9, 2990],
    [1.005 * 1, null],
    [999999.99, 99_999_999],
    [10, 1000],
  ])('value %p reais → %p cents', (value, cents) => {
    if (cents === null) expect(() => chargeFromWire(details({ value }))).toThrow();
    else expect(chargeFromWire(details({ value })).amount.amount).toBe(cents);
  });

  test("create answer → PixCharge with what Paygraph sent and Pagstar's expiration_date", () => {
    const charge = chargeFromCreated(
      { external_reference: REF, pix_key: 'KEY', checkout: 'https://c', value: 10.01, expiration_date: '2024-01-15T14:30:00.123456Z' },
      { amountCents: 1001, reference: 'order-1', description: 'Pedido', debtor: { name: 'Ana', document: { kind: 'CPF', value: '12345678909' } } },
    );
    expect(charge).toMatchObject({
      status: PixChargeStatus.ACTIVE,
      providerStatus: null,
      amount: { amount: 1001 },
      reference: 'order-1',
      description: 'Pedido',
      debtor: { name: 'Ana', document: '12345678909' },
      brCode: 'KEY',
      expiresAt: new Date('2024-01-15T14:30:00.123Z'),
      createdAt: null,
    });
  });

  test('create body: reais, tenant, default expiration, transaction_id, callback, name+document together', () => {
    expect(createDepositToWire({ amountCents: 1001 }, { tenantId: 'T', transactionId: 'gen-1', callback: undefined })).toEqual({
      value: 10.01,
      tenant_id: 'T',
      expiration: 3600,
      transaction_id: 'gen-1',
    });
    expect(
      createDepositToWire(
        { amountCents: 5, expiresInSeconds: 600, reference: 'order-9', description: 'D', debtor: { name: 'Ana', document: { kind: 'CNPJ', value: '11222333000181' } } },
        { tenantId: 'T', transactionId: 'gen-2', callback: 'https://pay.example/webhooks/pagstar/s' },
      ),
    ).toEqual({
      value: 0.05,
      tenant_id: 'T',
      expiration: 600,
      transaction_id: 'order-9',
      callback: 'https://pay.example/webhooks/pagstar/s',
      name: 'Ana',
      document: '11222333000181',
      description: 'D',
    });
  });

  test.each([
    ['2024-01-15T13:30:00.000000Z', '2024-01-15T13:30:00.000Z'],
    ['2024-01-15T13:30:00Z', '2024-01-15T13:30:00.000Z'],
    ['2024-01-15T13:30:00.5Z', '2024-01-15T13:30:00.500Z'],
    ['2024-01-15T10:30:00.123456-03:00', '2024-01-15T13:30:00.123Z'],
  ])('Laravel date %s', (text, iso) => {
    expect(parseLaravelDate(text)?.toISOString()).toBe(iso);
  });

  test.each([['2024-01-15'], ['yesterday'], ['2024-01-15T13:30:00.1234567Z'], [null]])('unreadable date %p → null', (text) => {
    expect(parseLaravelDate(text)).toBeNull();
  });

  test('token expires_in: absolute date, or seconds when a number (ASM-P02)', () => {
    expect(tokenExpiryFromWire('2029-01-15T13:30:00.000000Z', 0)).toBe(Date.parse('2029-01-15T13:30:00Z'));
    expect(tokenExpiryFromWire(3600, 1_000)).toBe(3_601_000);
    expect(tokenExpiryFromWire('3600', 1_000)).toBe(3_601_000);
    expect(tokenExpiryFromWire('soon', 0)).toBeNaN();
  });
});

describe('Pagstar errors', () => {
  const ctx = (status: number, body?: unknown) => ({ status, body, transactionId: 'tx-1', method: 'GET', path: 'p' });

  test.each([
    [401, ErrorCode.PROVIDER_AUTH_FAILED],
    [404, ErrorCode.NOT_FOUND],
    [408, ErrorCode.PROVIDER_UNAVAILABLE],
    [422, ErrorCode.PROVIDER_REJECTED],
    [429, ErrorCode.PROVIDER_UNAVAILABLE],
    [500, ErrorCode.PROVIDER_UNAVAILABLE],
    [503, ErrorCode.PROVIDER_UNAVAILABLE],
  ])('HTTP %i → %s (status only; the message is never parsed)', (status, code) => {
    const error = mapPagstarError(ctx(status, { message: 'Erro interno com detalhes sensíveis.' })) as PaygraphError;
    expect(error.code).toBe(code);
    expect(error.details).toMatchObject({ provider: 'PAGSTAR', upstreamTransactionId: 'tx-1', httpStatus: status });
    expect(error.message).not.toContain('sensíveis');
  });

  test('422: the Laravel errors map is flattened into the user-facing messages', () => {
    const body = { message: 'O campo value é obrigatório.', errors: { value: ['O campo value é obrigatório.'], name: ['a', 'b'], odd: 'c', skip: [1] } };
    expect(validationMessages(body)).toEqual(['O campo value é obrigatório.', 'a', 'b', 'c']);
    expect(mapPagstarError(ctx(422, body)).message).toBe('Pagstar rejected the request: O campo value é obrigatório.; a; b; c');
    expect(validationMessages('<html>')).toEqual([]);
  });
});
