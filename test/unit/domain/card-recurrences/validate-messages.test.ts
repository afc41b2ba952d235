import type { CardRecurrenceLimits } from '../../../../src/domain/card-recurrences/port';
import { CardRecurrenceFrequency, CardRecurrenceType } from '../../../../src/domain/card-recurrences/model';
import { checkCreateRecurrence, type CreateRecurrenceArgs } from '../../../../src/domain/card-recurrences/validate';
import { UserErrorCode } from '../../../../src/domain/user-errors';
import { CardNumberValue, CardSecurityCodeValue } from '../../../../src/schema/scalars';
import { InvalidScalarInput } from '../../../../src/schema/scalars/invalid-scalar-input';

/** 2025-06-10 12:00 in Brasília. */
const NOW = new Date('2025-06-10T15:00:00.000Z');
const LIMITS: CardRecurrenceLimits = {
  minAmountCents: 100,
  maxAmountCents: 10_000,
  holderNameMax: 20,
  securityCodeDigits: 3,
  referenceMax: 4,
  descriptionMax: 6,
  countMax: 5,
  maxAttemptsMax: 4,
  defaultMaxAttempts: 2,
};
const NUMBER = new CardNumberValue('4111111111111111');
const CVV = new CardSecurityCodeValue('123');
const CPF = { kind: 'CPF' as const, value: '12345678909' };
const CARD = { number: NUMBER, holderName: 'JOAO SILVA', expiryMonth: 12, expiryYear: 2030 };
const args = (overrides: Partial<CreateRecurrenceArgs> = {}): CreateRecurrenceArgs => ({
  card: CARD,
  securityCode: CVV,
  amount: 500,
  frequency: CardRecurrenceFrequency.MONTHLY,
  type: CardRecurrenceType.LIMITED_TIMES,
  count: 3,
  payer: { document: CPF },
  ...overrides,
});
const minimal = {
  card: CARD,
  securityCode: CVV,
  amountCents: 500,
  frequency: CardRecurrenceFrequency.MONTHLY,
  count: 3,
  startDate: '2025-06-10',
  maxAttempts: 2,
  validateCard: false,
  payerDocument: CPF,
};
const run = (input: CreateRecurrenceArgs, now = NOW) => checkCreateRecurrence(input, LIMITS, now);
const invalid = (field: string[], message: string) => ({ field, code: UserErrorCode.INVALID, message });
const only = (field: string[], message: string) => ({ errors: [invalid(field, message)] });

describe('checkCreateRecurrence: the command', () => {
  test('minimal: startDate today (Brasília), default maxAttempts, validateCard false, no optional keys', () => {
    expect(run(args())).toStrictEqual({ errors: [], command: minimal });
    expect(run(args({ startDate: null, maxAttempts: null, validateCard: null, description: null, reference: null }))).toStrictEqual({ errors: [], command: minimal });
  });

  test('every optional field is carried over', () => {
    const input = args({ startDate: '2025-07-01', maxAttempts: 4, validateCard: true, description: 'Plano', reference: 'R-1', frequency: CardRecurrenceFrequency.WEEKLY });
    expect(run(input)).toStrictEqual({
      errors: [],
      command: {
        ...minimal,
        frequency: CardRecurrenceFrequency.WEEKLY,
        startDate: '2025-07-01',
        maxAttempts: 4,
        validateCard: true,
        description: 'Plano',
        reference: 'R-1',
      },
    });
  });

  test('INDETERMINATE without count: no count key', () => {
    const { count: _count, ...rest } = minimal;
    expect(run(args({ type: CardRecurrenceType.INDETERMINATE, count: undefined }))).toStrictEqual({ errors: [], command: rest });
  });

  test('today is the Brasília day: at 23:00 Brasília (02:00 UTC next day) the default startDate is still that day', () => {
    const late = new Date('2025-06-11T02:00:00.000Z');
    expect(run(args(), late).command?.startDate).toBe('2025-06-10');
    expect(run(args({ startDate: '2025-06-10' }), late).command?.startDate).toBe('2025-06-10');
  });
});

describe('checkCreateRecurrence: messages and paths', () => {
  test('count: 1 and countMax accepted; 0, one more and fractions refused', () => {
    expect(run(args({ count: 1 })).command?.count).toBe(1);
    expect(run(args({ count: 5 })).command?.count).toBe(5);
    for (const count of [0, 6, 2.5]) expect(run(args({ count }))).toStrictEqual(only(['input', 'count'], 'count must be between 1 and 5.'));
  });

  test('count missing for LIMITED_TIMES is REQUIRED', () => {
    expect(run(args({ count: null }))).toStrictEqual({
      errors: [{ field: ['input', 'count'], code: UserErrorCode.REQUIRED, message: 'count is required for a LIMITED_TIMES recurrence.' }],
    });
    expect(run(args({ count: undefined })).errors.map((e) => e.code)).toEqual([UserErrorCode.REQUIRED]);
  });

  test('count with INDETERMINATE is INVALID', () => {
    expect(run(args({ type: CardRecurrenceType.INDETERMINATE, count: 1 }))).toStrictEqual(
      only(['input', 'count'], 'count must be absent for an INDETERMINATE recurrence (it runs until cancelled).'),
    );
    expect(run(args({ type: CardRecurrenceType.INDETERMINATE, count: null })).errors).toEqual([]);
  });

  test('maxAttempts: 1 and maxAttemptsMax accepted; 0, one more and fractions refused', () => {
    expect(run(args({ maxAttempts: 1 })).command?.maxAttempts).toBe(1);
    expect(run(args({ maxAttempts: 4 })).command?.maxAttempts).toBe(4);
    for (const maxAttempts of [0, 5, 1.5]) expect(run(args({ maxAttempts }))).toStrictEqual(only(['input', 'maxAttempts'], 'maxAttempts must be between 1 and 4.'));
  });

  test('startDate: not a date, before today, beyond 366 days, each with its message; 366 days ahead accepted', () => {
    expect(run(args({ startDate: '2025-06-31' }))).toStrictEqual(only(['input', 'startDate'], 'startDate must be a date in yyyy-MM-dd format.'));
    expect(run(args({ startDate: '2025-06-09' }))).toStrictEqual(only(['input', 'startDate'], 'startDate must be today (2025-06-10, Brasília) or later.'));
    expect(run(args({ startDate: '2026-06-11' })).command?.startDate).toBe('2026-06-11');
    expect(run(args({ startDate: '2026-06-12' }))).toStrictEqual(only(['input', 'startDate'], 'startDate must be within 366 days.'));
  });

  test('payer document marker: its reason at input.payer.document', () => {
    const document = new InvalidScalarInput('CpfCnpj', 'x', 'has wrong check digits');
    expect(run(args({ payer: { document } }))).toStrictEqual(only(['input', 'payer', 'document'], 'document has wrong check digits'));
  });

  test('card, CVV and amount are checked at their paths', () => {
    const number = new InvalidScalarInput('CardNumber', '', 'fails the Luhn check');
    const input = args({ card: { ...CARD, number }, securityCode: new CardSecurityCodeValue('12'), amount: 99 });
    expect(run(input)).toStrictEqual({
      errors: [
        invalid(['input', 'card', 'number'], 'number fails the Luhn check'),
        invalid(['input', 'securityCode'], 'securityCode must have exactly 3 digits at this provider.'),
        invalid(['input', 'amount'], 'amount must be at least 1.00.'),
      ],
    });
  });

  test('description and reference: the max accepted, one more refused', () => {
    expect(run(args({ description: 'd'.repeat(6), reference: 'r'.repeat(4) })).errors).toEqual([]);
    expect(run(args({ description: 'd'.repeat(7), reference: 'r'.repeat(5) }))).toStrictEqual({
      errors: [invalid(['input', 'description'], 'description must be at most 6 characters.'), invalid(['input', 'reference'], 'reference must be at most 4 characters.')],
    });
  });
});
