import { validateCreatePaymentLink, type CreatePaymentLinkArgs } from '../../../../src/domain/payment-links/validate';
import { ASTRA_ASSUMPTIONS as A } from '../../../../src/datasources/astra/assumptions';
import { InvalidScalarInput } from '../../../../src/schema/scalars/invalid-scalar-input';

const limits = { ...A.paymentLink };
const args = (overrides: Partial<CreatePaymentLinkArgs> = {}): CreatePaymentLinkArgs => ({
  payer: { name: 'João Silva', document: { kind: 'CPF', value: '12345678909' } },
  amount: 10_000,
  ...overrides,
});
const fields = (overrides: Partial<CreatePaymentLinkArgs>) => {
  const result = validateCreatePaymentLink(args(overrides), limits);
  return result.ok ? [] : result.errors.map((error) => [error.field?.join('.'), error.code]);
};

describe('validateCreatePaymentLink (ASM-A26 limits, before any provider call)', () => {
  test('the smallest valid input: one installment, no expiry (the provider default applies)', () => {
    expect(validateCreatePaymentLink(args(), limits)).toEqual({ ok: true, value: { payerName: 'João Silva', payerDocument: '12345678909', amountCents: 10_000, installments: 1 } });
  });

  test.each([1, 10])('installments %i is accepted', (installments) => expect(fields({ installments })).toEqual([]));
  test.each([0, 11, 2.5])('installments %p is refused', (installments) => expect(fields({ installments })).toEqual([['input.installments', 'INVALID']]));
  test.each([1, 10])('expiresInDays %i is accepted', (expiresInDays) => expect(fields({ expiresInDays })).toEqual([]));
  test.each([0, 11])('expiresInDays %i is refused', (expiresInDays) => expect(fields({ expiresInDays })).toEqual([['input.expiresInDays', 'INVALID']]));

  test('amount bounds and a malformed amount', () => {
    expect(fields({ amount: 1 })).toEqual([]);
    expect(fields({ amount: 99_999_999 })).toEqual([]);
    expect(fields({ amount: 100_000_000 })).toEqual([['input.amount', 'INVALID']]);
    expect(fields({ amount: new InvalidScalarInput('Decimal', '1.001', 'must have at most 2 decimals') })).toEqual([['input.amount', 'INVALID']]);
  });

  test('payer name: required, ≤ 100, no bidi overrides', () => {
    const payer = (name: string) => ({ payer: { name, document: { kind: 'CPF' as const, value: '12345678909' } } });
    expect(fields(payer(''))).toEqual([['input.payer.name', 'REQUIRED']]);
    expect(fields(payer('a'.repeat(100)))).toEqual([]);
    expect(fields(payer('a'.repeat(101)))).toEqual([['input.payer.name', 'INVALID']]);
    expect(fields(payer('Jo\u202Eão'))).toEqual([['input.payer.name', 'INVALID']]);
  });
});
