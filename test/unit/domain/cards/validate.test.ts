import { checkChargeCommon, type ChargeArgs } from '../../../../src/domain/cards/validate';
import type { UserErrorShape } from '../../../../src/domain/user-errors';
import { ASTRA_ASSUMPTIONS } from '../../../../src/datasources/astra/assumptions';
import { InvalidScalarInput } from '../../../../src/schema/scalars/invalid-scalar-input';

// The rules every card charge shares (amount, installments, texts, payer), checked before any provider call.

const LIMITS = ASTRA_ASSUMPTIONS.cards;
const collect = <T>(run: (errors: UserErrorShape[]) => T) => {
  const errors: UserErrorShape[] = [];
  const value = run(errors);
  return { value, errors: errors.map((e) => ({ field: e.field?.join('.'), code: e.code, message: e.message })) };
};

describe('checkChargeCommon', () => {
  const common = (patch: Partial<ChargeArgs>) => collect((errors) => checkChargeCommon({ amount: 1000, ...patch }, LIMITS, errors));

  test('defaults: 1 installment, no optional keys', () => {
    expect(common({})).toStrictEqual({ value: { amountCents: 1000, installments: 1 }, errors: [] });
  });

  test('every optional field is carried', () => {
    const document = { kind: 'CPF' as const, value: '12345678909' };
    expect(common({ installments: 12, description: 'Pedido 42', reference: 'order-42', payer: { document } })).toStrictEqual({
      value: { amountCents: 1000, installments: 12, description: 'Pedido 42', reference: 'order-42', payerDocument: document },
      errors: [],
    });
  });

  test('installments 1 to 12, whole numbers only', () => {
    const problem = [{ field: 'input.installments', code: 'INVALID', message: 'installments must be between 1 and 12.' }];
    expect(common({ installments: 1 }).errors).toEqual([]);
    expect(common({ installments: 12 }).errors).toEqual([]);
    expect(common({ installments: 0 }).errors).toEqual(problem);
    expect(common({ installments: 13 }).errors).toEqual(problem);
    expect(common({ installments: 2.5 }).errors).toEqual(problem);
  });

  test('amount bounds; without a valid amount there is no command, with its problem reported', () => {
    expect(common({ amount: 0 })).toEqual({ value: undefined, errors: [{ field: 'input.amount', code: 'INVALID', message: 'amount must be at least 0.01.' }] });
    expect(common({ amount: 99_999_999 }).errors).toEqual([]);
    expect(common({ amount: 100_000_000 }).errors).toEqual([{ field: 'input.amount', code: 'INVALID', message: 'amount must be at most 999999.99.' }]);
  });

  test('description (82: 100 minus the retry marker) and reference (77) are bounded', () => {
    expect(common({ description: 'd'.repeat(82), reference: 'r'.repeat(77) }).errors).toEqual([]);
    expect(common({ description: 'd'.repeat(83), reference: 'r'.repeat(78) }).errors).toEqual([
      { field: 'input.description', code: 'INVALID', message: 'description must be at most 82 characters.' },
      { field: 'input.reference', code: 'INVALID', message: 'reference must be at most 77 characters.' },
    ]);
  });

  test('an invalid payer document is reported on input.payer.document and not carried', () => {
    const bad = new InvalidScalarInput('CpfCnpj', '123', 'is not a valid CPF or CNPJ.');
    expect(common({ payer: { document: bad } })).toEqual({
      value: { amountCents: 1000, installments: 1 },
      errors: [{ field: 'input.payer.document', code: 'INVALID', message: 'document is not a valid CPF or CNPJ.' }],
    });
  });
});
