import { checkCreateRecurrence, type CreateRecurrenceArgs } from '../../../../src/domain/card-recurrences/validate';
import { CardRecurrenceFrequency, CardRecurrenceType } from '../../../../src/domain/card-recurrences/model';
import { ASTRA_ASSUMPTIONS } from '../../../../src/datasources/astra/assumptions';
import { CardNumberValue, CardSecurityCodeValue } from '../../../../src/schema/scalars';
import { InvalidScalarInput } from '../../../../src/schema/scalars/invalid-scalar-input';

/** ASM-A47 rules before any provider call. "Now" is 2025-06-10 12:00 in Brasília (15:00 UTC). */
const NOW = new Date('2025-06-10T15:00:00.000Z');
const limits = ASTRA_ASSUMPTIONS.cardRecurrences;
const valid = (overrides: Partial<CreateRecurrenceArgs> = {}): CreateRecurrenceArgs => ({
  card: { number: new CardNumberValue('4111111111111111'), holderName: 'JOAO SILVA', expiryMonth: 12, expiryYear: 2030 },
  securityCode: new CardSecurityCodeValue('123'),
  amount: 4990,
  frequency: CardRecurrenceFrequency.MONTHLY,
  type: CardRecurrenceType.LIMITED_TIMES,
  count: 12,
  startDate: '2025-06-10',
  payer: { document: { kind: 'CPF', value: '12345678909' } },
  ...overrides,
});
const fields = (args: CreateRecurrenceArgs) => checkCreateRecurrence(args, limits, NOW).errors.map((e) => `${e.field!.join('.')}:${e.code}`);

test('a valid input becomes a command: defaults maxAttempts 3, validateCard false', () => {
  const { command, errors } = checkCreateRecurrence(valid({ startDate: null }), limits, NOW);
  expect(errors).toEqual([]);
  expect(command).toMatchObject({ amountCents: 4990, count: 12, startDate: '2025-06-10', maxAttempts: 3, validateCard: false, payerDocument: { value: '12345678909' } });
});

test('INDETERMINATE: no count in the command', () => {
  const { command } = checkCreateRecurrence(valid({ type: CardRecurrenceType.INDETERMINATE, count: null }), limits, NOW);
  expect(command).not.toHaveProperty('count');
});

test.each([
  ['count missing', { count: null }, 'input.count:REQUIRED'],
  ['count 0', { count: 0 }, 'input.count:INVALID'],
  ['count 121', { count: 121 }, 'input.count:INVALID'],
  ['INDETERMINATE with count', { type: CardRecurrenceType.INDETERMINATE, count: 1 }, 'input.count:INVALID'],
  ['startDate yesterday in Brasília', { startDate: '2025-06-09' }, 'input.startDate:INVALID'],
  ['startDate beyond a year', { startDate: '2026-06-12' }, 'input.startDate:INVALID'],
  ['startDate 31 June', { startDate: '2025-06-31' }, 'input.startDate:INVALID'],
  ['maxAttempts 0', { maxAttempts: 0 }, 'input.maxAttempts:INVALID'],
  ['maxAttempts 11', { maxAttempts: 11 }, 'input.maxAttempts:INVALID'],
  ['amount marker', { amount: new InvalidScalarInput('Decimal', 'x', 'must be a decimal') }, 'input.amount:INVALID'],
  ['CVV of 4 digits', { securityCode: new CardSecurityCodeValue('1234') }, 'input.securityCode:INVALID'],
  ['payer document marker', { payer: { document: new InvalidScalarInput('CpfCnpj', 'x', 'has wrong check digits') } }, 'input.payer.document:INVALID'],
  ['description of 101', { description: 'x'.repeat(101) }, 'input.description:INVALID'],
  ['reference of 78', { reference: 'x'.repeat(78) }, 'input.reference:INVALID'],
] as Array<[string, Partial<CreateRecurrenceArgs>, string]>)('%s', (_name, overrides, expected) => {
  expect(fields(valid(overrides))).toEqual([expected]);
});

test('startDate today and a year ahead are accepted at the edges', () => {
  expect(fields(valid({ startDate: '2025-06-10' }))).toEqual([]);
  expect(fields(valid({ startDate: '2026-06-11' }))).toEqual([]);
});

test('every problem at once', () => {
  expect(fields(valid({ count: null, maxAttempts: 0, startDate: '2000-01-01', description: 'x'.repeat(101) })).sort()).toEqual([
    'input.count:REQUIRED',
    'input.description:INVALID',
    'input.maxAttempts:INVALID',
    'input.startDate:INVALID',
  ]);
});

describe('the command and the exact answers', () => {
  const problems = (overrides: Partial<CreateRecurrenceArgs>) =>
    checkCreateRecurrence(valid(overrides), limits, NOW).errors.map((e) => ({ field: e.field?.join('.'), code: e.code, message: e.message }));

  test('every field is carried: the card under input.card, optional texts only when given', () => {
    const args = valid({ maxAttempts: 10, validateCard: true, description: 'Plano', reference: 'sub-1', count: 120 });
    const { command } = checkCreateRecurrence(args, limits, NOW);
    expect(command).toStrictEqual({
      card: { number: args.card.number, holderName: 'JOAO SILVA', expiryMonth: 12, expiryYear: 2030 },
      securityCode: args.securityCode,
      amountCents: 4990,
      frequency: CardRecurrenceFrequency.MONTHLY,
      count: 120,
      startDate: '2025-06-10',
      maxAttempts: 10,
      validateCard: true,
      payerDocument: { kind: 'CPF', value: '12345678909' },
      description: 'Plano',
      reference: 'sub-1',
    });
    const plain = checkCreateRecurrence(valid(), limits, NOW).command;
    expect(plain).not.toHaveProperty('description');
    expect(plain).not.toHaveProperty('reference');
    expect(checkCreateRecurrence(valid({ count: 1, maxAttempts: 1 }), limits, NOW).errors).toEqual([]);
  });

  test('card problems carry the input.card path', () => {
    expect(problems({ card: { number: new CardNumberValue('4111111111111111'), holderName: '', expiryMonth: 12, expiryYear: 2030 } })).toEqual([
      { field: 'input.card.holderName', code: 'REQUIRED', message: 'holderName is required.' },
    ]);
  });

  test('messages name the rule and its bounds', () => {
    expect(problems({ count: 121, maxAttempts: 11 })).toEqual([
      { field: 'input.count', code: 'INVALID', message: 'count must be between 1 and 120.' },
      { field: 'input.maxAttempts', code: 'INVALID', message: 'maxAttempts must be between 1 and 10.' },
    ]);
    expect(problems({ count: null })).toEqual([{ field: 'input.count', code: 'REQUIRED', message: 'count is required for a LIMITED_TIMES recurrence.' }]);
    expect(problems({ type: CardRecurrenceType.INDETERMINATE, count: 3 })).toEqual([
      { field: 'input.count', code: 'INVALID', message: 'count must be absent for an INDETERMINATE recurrence (it runs until cancelled).' },
    ]);
    expect(problems({ payer: { document: new InvalidScalarInput('CpfCnpj', 'x', 'has wrong check digits.') } })).toEqual([
      { field: 'input.payer.document', code: 'INVALID', message: 'document has wrong check digits.' },
    ]);
  });

  test('startDate messages: format, today in Brasília, at most 366 days ahead', () => {
    expect(problems({ startDate: '10/06/2025' })).toEqual([{ field: 'input.startDate', code: 'INVALID', message: 'startDate must be a date in yyyy-MM-dd format.' }]);
    expect(problems({ startDate: '2025-06-09' })).toEqual([{ field: 'input.startDate', code: 'INVALID', message: 'startDate must be today (2025-06-10, Brasília) or later.' }]);
    expect(problems({ startDate: '2026-06-12' })).toEqual([{ field: 'input.startDate', code: 'INVALID', message: 'startDate must be within 366 days.' }]);
  });
});
