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
