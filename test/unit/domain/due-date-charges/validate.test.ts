import { validateCreateDueDatePixCharge, type CreateDueDatePixChargeArgs } from '../../../../src/domain/due-date-charges/validate';
import { DiscountModality, FineModality, InterestModality, RebateModality } from '../../../../src/domain/due-date-charges/model';
import type { DueDatePixChargeLimits } from '../../../../src/domain/due-date-charges/port';
import { InvalidScalarInput } from '../../../../src/lib/scalar-values';
import { UserErrorCode } from '../../../../src/domain/user-errors';

const limits: DueDatePixChargeLimits = { minAmountCents: 1, maxAmountCents: 999_999_999_999, descriptionMax: 140, debtorNameMax: 200, maxFixedDateDiscounts: 3 };
const TODAY = '2026-03-10';

const valid = (overrides: Partial<CreateDueDatePixChargeArgs> = {}): CreateDueDatePixChargeArgs => ({
  amount: 12_345,
  dueDate: '2026-03-31',
  debtor: { name: 'Francisco da Silva', document: { kind: 'CPF', value: '12345678909' } },
  ...overrides,
});

function errorsOf(args: CreateDueDatePixChargeArgs) {
  const result = validateCreateDueDatePixCharge(args, limits, TODAY);
  return result.ok ? [] : result.errors.map((error) => ({ field: error.field?.join('.'), code: error.code }));
}

const invalid = (field: string) => ({ field, code: UserErrorCode.INVALID });

describe('validateCreateDueDatePixCharge', () => {
  test('the spec example (fine 2 %, interest 2 % a day, one fixed-date discount) becomes a command in cents and hundredths', () => {
    const result = validateCreateDueDatePixCharge(
      valid({
        daysValidAfterDueDate: 30,
        description: 'Cobrança dos serviços prestados.',
        fine: { modality: FineModality.PERCENTAGE, value: 1500 },
        interest: { modality: InterestModality.PERCENT_PER_DAY_CALENDAR_DAYS, value: 200 },
        discount: { modality: DiscountModality.FIXED_AMOUNT_UNTIL_DATES, fixedDates: [{ date: '2026-03-20', value: 3000 }] },
      }),
      limits,
      TODAY,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        amountCents: 12_345,
        dueDate: '2026-03-31',
        daysValidAfterDueDate: 30,
        debtor: { name: 'Francisco da Silva', document: { kind: 'CPF', value: '12345678909' } },
        description: 'Cobrança dos serviços prestados.',
        fine: { modality: FineModality.PERCENTAGE, value: 1500 },
        interest: { modality: InterestModality.PERCENT_PER_DAY_CALENDAR_DAYS, value: 200 },
        rebate: null,
        discount: { modality: DiscountModality.FIXED_AMOUNT_UNTIL_DATES, fixedDates: [{ date: '2026-03-20', value: 3000 }], valuePerDay: null },
      },
    });
  });

  test('a due date today (Brasília) is fine; yesterday is not; a non-date is INVALID', () => {
    expect(errorsOf(valid({ dueDate: TODAY }))).toEqual([]);
    expect(errorsOf(valid({ dueDate: '2026-03-09' }))).toEqual([invalid('input.dueDate')]);
    expect(errorsOf(valid({ dueDate: '2026-02-30' }))).toEqual([invalid('input.dueDate')]);
  });

  test('amount: above 0, scalar markers reported with their reason', () => {
    expect(errorsOf(valid({ amount: 0 }))).toEqual([invalid('input.amount')]);
    const result = validateCreateDueDatePixCharge(valid({ amount: new InvalidScalarInput('Decimal', '1.234', 'must have at most 2 fraction digits') }), limits, TODAY);
    expect(result.ok ? [] : result.errors).toEqual([{ field: ['input', 'amount'], code: UserErrorCode.INVALID, message: 'amount must have at most 2 fraction digits' }]);
  });

  test('daysValidAfterDueDate below 0 is INVALID (0 is allowed)', () => {
    expect(errorsOf(valid({ daysValidAfterDueDate: 0 }))).toEqual([]);
    expect(errorsOf(valid({ daysValidAfterDueDate: -1 }))).toEqual([invalid('input.daysValidAfterDueDate')]);
  });

  test('debtor: name required and at most 200 characters, document checked', () => {
    expect(errorsOf(valid({ debtor: { name: ' ', document: { kind: 'CPF', value: '12345678909' } } }))).toEqual([{ field: 'input.debtor.name', code: UserErrorCode.REQUIRED }]);
    expect(errorsOf(valid({ debtor: { name: 'x'.repeat(201), document: { kind: 'CPF', value: '12345678909' } } }))).toEqual([invalid('input.debtor.name')]);
    expect(errorsOf(valid({ debtor: { name: 'Ana', document: new InvalidScalarInput('CpfCnpj', '1', 'is not a valid CPF or CNPJ') } }))).toEqual([
      invalid('input.debtor.document'),
    ]);
  });

  test('description at most 140 characters', () => {
    expect(errorsOf(valid({ description: 'x'.repeat(141) }))).toEqual([invalid('input.description')]);
  });

  test('fine and interest: above 0; percentages at most 100', () => {
    expect(errorsOf(valid({ fine: { modality: FineModality.PERCENTAGE, value: 10_000 } }))).toEqual([]);
    expect(errorsOf(valid({ fine: { modality: FineModality.PERCENTAGE, value: 10_001 } }))).toEqual([invalid('input.fine.value')]);
    expect(errorsOf(valid({ fine: { modality: FineModality.FIXED_AMOUNT, value: 0 } }))).toEqual([invalid('input.fine.value')]);
    expect(errorsOf(valid({ fine: { modality: FineModality.FIXED_AMOUNT, value: 50_000 } }))).toEqual([]);
    expect(errorsOf(valid({ interest: { modality: InterestModality.PERCENT_PER_YEAR_BUSINESS_DAYS, value: 10_001 } }))).toEqual([invalid('input.interest.value')]);
    expect(errorsOf(valid({ interest: { modality: InterestModality.AMOUNT_PER_CALENDAR_DAY, value: 20_000 } }))).toEqual([]);
  });

  test('rebate: below the amount or below 100 %', () => {
    expect(errorsOf(valid({ rebate: { modality: RebateModality.FIXED_AMOUNT, value: 12_345 } }))).toEqual([invalid('input.rebate.value')]);
    expect(errorsOf(valid({ rebate: { modality: RebateModality.FIXED_AMOUNT, value: 12_344 } }))).toEqual([]);
    expect(errorsOf(valid({ rebate: { modality: RebateModality.PERCENTAGE, value: 10_000 } }))).toEqual([invalid('input.rebate.value')]);
  });

  test('fixed-date discounts: required for the *_UNTIL_DATES modalities, at most 3, no valuePerDay', () => {
    const modality = DiscountModality.PERCENTAGE_UNTIL_DATES;
    expect(errorsOf(valid({ discount: { modality } }))).toEqual([{ field: 'input.discount.fixedDates', code: UserErrorCode.REQUIRED }]);
    const four = ['2026-03-11', '2026-03-12', '2026-03-13', '2026-03-14'].map((date) => ({ date, value: 100 }));
    expect(errorsOf(valid({ discount: { modality, fixedDates: four } }))).toEqual([invalid('input.discount.fixedDates')]);
    expect(errorsOf(valid({ discount: { modality, fixedDates: four.slice(0, 1), valuePerDay: 100 } }))).toEqual([invalid('input.discount.valuePerDay')]);
  });

  test('fixed-date discounts: dates today or later, on or before the due date, strictly ascending', () => {
    const modality = DiscountModality.FIXED_AMOUNT_UNTIL_DATES;
    expect(errorsOf(valid({ discount: { modality, fixedDates: [{ date: '2026-03-31', value: 100 }] } }))).toEqual([]);
    expect(errorsOf(valid({ discount: { modality, fixedDates: [{ date: '2026-04-01', value: 100 }] } }))).toEqual([invalid('input.discount.fixedDates.0.date')]);
    expect(errorsOf(valid({ discount: { modality, fixedDates: [{ date: '2026-03-09', value: 100 }] } }))).toEqual([invalid('input.discount.fixedDates.0.date')]);
    const unordered = [
      { date: '2026-03-20', value: 300 },
      { date: '2026-03-15', value: 200 },
      { date: '2026-03-15', value: 100 },
    ];
    expect(errorsOf(valid({ discount: { modality, fixedDates: unordered } }))).toEqual([invalid('input.discount.fixedDates.1.date'), invalid('input.discount.fixedDates.2.date')]);
  });

  test('discount values: above 0, below the amount or below 100 %', () => {
    expect(errorsOf(valid({ discount: { modality: DiscountModality.FIXED_AMOUNT_UNTIL_DATES, fixedDates: [{ date: '2026-03-20', value: 12_345 }] } }))).toEqual([
      invalid('input.discount.fixedDates.0.value'),
    ]);
    expect(errorsOf(valid({ discount: { modality: DiscountModality.PERCENTAGE_UNTIL_DATES, fixedDates: [{ date: '2026-03-20', value: 0 }] } }))).toEqual([
      invalid('input.discount.fixedDates.0.value'),
    ]);
    expect(errorsOf(valid({ discount: { modality: DiscountModality.PERCENT_PER_CALENDAR_DAY_EARLY, valuePerDay: 10_000 } }))).toEqual([invalid('input.discount.valuePerDay')]);
  });

  test('per-day discounts: valuePerDay required, fixedDates refused', () => {
    expect(errorsOf(valid({ discount: { modality: DiscountModality.AMOUNT_PER_BUSINESS_DAY_EARLY } }))).toEqual([
      { field: 'input.discount.valuePerDay', code: UserErrorCode.REQUIRED },
    ]);
    expect(errorsOf(valid({ discount: { modality: DiscountModality.AMOUNT_PER_BUSINESS_DAY_EARLY, valuePerDay: 50, fixedDates: [{ date: '2026-03-20', value: 1 }] } }))).toEqual([
      invalid('input.discount.fixedDates'),
    ]);
    expect(errorsOf(valid({ discount: { modality: DiscountModality.AMOUNT_PER_BUSINESS_DAY_EARLY, valuePerDay: 50 } }))).toEqual([]);
  });

  test('the amount less the rebate and the largest discount must stay above 0', () => {
    const rebate = { modality: RebateModality.PERCENTAGE, value: 3000 };
    const discounts = (largest: number) => ({
      modality: DiscountModality.FIXED_AMOUNT_UNTIL_DATES,
      fixedDates: [
        { date: '2026-03-20', value: largest },
        { date: '2026-03-25', value: 4000 },
      ],
    });
    // 100.00 − 30 % − 69.99 = 0.01: payable.
    expect(errorsOf(valid({ amount: 10_000, rebate, discount: discounts(6999) }))).toEqual([]);
    // 100.00 − 30 % − 70.00 = 0.00: nothing left to pay.
    expect(errorsOf(valid({ amount: 10_000, rebate, discount: discounts(7000) }))).toEqual([invalid('input.rebate')]);
    expect(errorsOf(valid({ amount: 10_000, rebate: { modality: RebateModality.FIXED_AMOUNT, value: 6000 }, discount: discounts(4000) }))).toEqual([invalid('input.rebate')]);
  });

  test('every problem at once', () => {
    const errors = errorsOf({
      amount: 0,
      dueDate: '2026-03-01',
      daysValidAfterDueDate: -2,
      debtor: { name: '', document: { kind: 'CNPJ', value: '56989000019533' } },
      fine: { modality: FineModality.PERCENTAGE, value: 20_000 },
      interest: { modality: InterestModality.PERCENT_PER_MONTH_CALENDAR_DAYS, value: 0 },
    });
    expect(errors.map((error) => error.field)).toEqual([
      'input.amount',
      'input.dueDate',
      'input.daysValidAfterDueDate',
      'input.debtor.name',
      'input.fine.value',
      'input.interest.value',
    ]);
  });
});
