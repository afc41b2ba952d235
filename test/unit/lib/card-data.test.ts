import { inspect } from 'node:util';
import { brandOf, expiryProblem, luhnValid, maskPan, panProblem } from '../../../src/lib/card-data';
import { CardNumberScalar, CardNumberValue, CardSecurityCodeScalar, CardSecurityCodeValue, InvalidScalarInput } from '../../../src/schema/scalars';
import { withoutEchoedValues } from '../../../src/errors/no-echo';
import { fingerprintOf } from '../../../src/domain/idempotency/record';

const PAN = '4111111111111111';

test('Luhn, brands, mask, expiry', () => {
  expect(luhnValid(PAN)).toBe(true);
  expect(luhnValid('4111111111111112')).toBe(false);
  expect([brandOf(PAN), brandOf('5555555555554444'), brandOf('2221000000000009'), brandOf('378282246310005'), brandOf('6011111111111117')]).toEqual([
    'VISA',
    'MASTERCARD',
    'MASTERCARD',
    'AMEX',
    'OTHER',
  ]);
  expect(maskPan(PAN)).toBe('411111******1111');
  expect(panProblem('4111 1111 1111 1111')).toBeNull();
  expect(panProblem('41111111111')).toMatch(/13 to 19/);
  const now = new Date('2026-11-15T00:00:00Z');
  expect(expiryProblem(2026, 11, now)).toBeNull();
  expect(expiryProblem(2026, 10, now)).toMatch(/past/);
});

test('a parsed card number shows only its masked form to JSON, inspect, String and Object.entries', () => {
  const value = CardNumberScalar.parseValue(PAN) as CardNumberValue;
  expect(value.digits()).toBe(PAN);
  for (const shown of [JSON.stringify({ value }), inspect({ value }), String(value), JSON.stringify(Object.entries(value)), fingerprintOf({ value })]) {
    expect(shown).not.toContain(PAN);
  }
  const cvv = CardSecurityCodeScalar.parseValue('737') as CardSecurityCodeValue;
  expect(JSON.stringify({ cvv }) + inspect(cvv) + String(cvv)).not.toContain('737');
});

test('invalid card values become markers without the value, never thrown errors', () => {
  for (const bad of ['4111111111111112', 4111111111111111, null, { n: PAN }]) {
    const parsed = CardNumberScalar.parseValue(bad);
    expect(parsed).toBeInstanceOf(InvalidScalarInput);
    expect(JSON.stringify(parsed)).not.toContain('41111111111111');
  }
  expect(CardSecurityCodeScalar.parseValue(737)).toBeInstanceOf(InvalidScalarInput);
});

test('graphql-js messages lose the quoted value and keep path and reason', () => {
  expect(withoutEchoedValues(`Variable "$input" got invalid value { card: { number: "${PAN}" } }; Field "amount" of required type "Decimal!" was not provided.`)).toBe(
    'Variable "$input" got an invalid value; Field "amount" of required type "Decimal!" was not provided.',
  );
  expect(withoutEchoedValues(`Variable "$input" got invalid value "${PAN}" at "input.installments"; Int cannot represent non-integer value: "${PAN}"`)).toBe(
    'Variable "$input" got an invalid value at "input.installments"; the value does not match the type (the value is not repeated here; see the schema).',
  );
  expect(withoutEchoedValues(`Int cannot represent non-integer value: "${PAN}"`)).toBe('Int cannot represent non-integer value (the value is not repeated here).');
  expect(withoutEchoedValues(`Expected value of type "Int", found "${PAN}"; boom ${PAN}`)).not.toContain(PAN);
  expect(withoutEchoedValues('Cannot query field "x" on type "Query".')).toBe('Cannot query field "x" on type "Query".');
});
