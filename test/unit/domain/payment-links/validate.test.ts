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

describe('validateCreatePaymentLink: the command and the exact answers', () => {
  const problems = (overrides: Partial<CreatePaymentLinkArgs>) => {
    const result = validateCreatePaymentLink(args(overrides), limits);
    return result.ok ? [] : result.errors.map((e) => ({ field: e.field?.join('.'), code: e.code, message: e.message }));
  };

  test('every optional field is carried into the command; absent ones leave no key', () => {
    expect(validateCreatePaymentLink(args({ installments: 3, description: 'Pedido 42', reference: 'order-42', expiresInDays: 5 }), limits)).toStrictEqual({
      ok: true,
      value: { payerName: 'João Silva', payerDocument: '12345678909', amountCents: 10_000, installments: 3, description: 'Pedido 42', reference: 'order-42', expiresInDays: 5 },
    });
    expect(validateCreatePaymentLink(args({ description: null, reference: null, expiresInDays: null }), limits)).toStrictEqual({
      ok: true,
      value: { payerName: 'João Silva', payerDocument: '12345678909', amountCents: 10_000, installments: 1 },
    });
  });

  test('messages name the field and the rule', () => {
    expect(problems({ installments: 11, expiresInDays: 0 })).toEqual([
      { field: 'input.installments', code: 'INVALID', message: 'installments must be between 1 and 10.' },
      { field: 'input.expiresInDays', code: 'INVALID', message: 'expiresInDays must be between 1 and 10.' },
    ]);
    expect(problems({ payer: { name: '   ', document: { kind: 'CPF', value: '12345678909' } } })).toEqual([
      { field: 'input.payer.name', code: 'REQUIRED', message: 'name is required.' },
    ]);
    expect(problems({ amount: 0 })).toEqual([{ field: 'input.amount', code: 'INVALID', message: 'amount must be at least 0.01.' }]);
  });

  test('description ≤ 140 and reference ≤ 77, each on its own path', () => {
    expect(problems({ description: 'd'.repeat(140), reference: 'r'.repeat(77) })).toEqual([]);
    expect(problems({ description: 'd'.repeat(141), reference: 'r'.repeat(78) })).toEqual([
      { field: 'input.description', code: 'INVALID', message: 'description must be at most 140 characters.' },
      { field: 'input.reference', code: 'INVALID', message: 'reference must be at most 77 characters.' },
    ]);
  });

  test('payer document: a scalar problem is INVALID with its reason; an alphanumeric CNPJ is NOT_SUPPORTED (ASM-A26)', () => {
    const bad = new InvalidScalarInput('CpfCnpj', '123', 'is not a valid CPF or CNPJ.');
    expect(problems({ payer: { name: 'João', document: bad } })).toEqual([{ field: 'input.payer.document', code: 'INVALID', message: 'document is not a valid CPF or CNPJ.' }]);
    expect(problems({ payer: { name: 'João', document: { kind: 'CNPJ', value: '12ABC34501DE35' } } })).toEqual([
      { field: 'input.payer.document', code: 'NOT_SUPPORTED', message: 'Payment links accept numeric CPF/CNPJ only.' },
    ]);
    expect(problems({ payer: { name: 'João', document: { kind: 'CNPJ', value: '11222333000181' } } })).toEqual([]);
  });
});
