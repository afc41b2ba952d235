import { checkCard, checkSecurityCode, type CardArgs } from '../../../src/domain/card-input';
import type { UserErrorShape } from '../../../src/domain/user-errors';
import { ASTRA_ASSUMPTIONS } from '../../../src/datasources/astra/assumptions';
import { CardNumberValue } from '../../../src/schema/scalars/card-number.scalar';
import { CardSecurityCodeValue } from '../../../src/schema/scalars/card-security-code.scalar';
import { InvalidScalarInput } from '../../../src/schema/scalars/invalid-scalar-input';

// The card rules of ASM-A44, checked before any provider call; messages name the field and the rule, never the value.

const LIMITS = ASTRA_ASSUMPTIONS.cards;
const NOW = new Date('2030-05-14T12:00:00Z');
const PAN = '4111111111111111';
const card = (patch: Partial<CardArgs> = {}): CardArgs => ({ number: new CardNumberValue(PAN), holderName: 'ANA LIMA', expiryMonth: 5, expiryYear: 2030, ...patch });
const collect = <T>(run: (errors: UserErrorShape[]) => T) => {
  const errors: UserErrorShape[] = [];
  const value = run(errors);
  return { value, errors: errors.map((e) => ({ field: e.field?.join('.'), code: e.code, message: e.message })) };
};
const checkedCard = (patch: Partial<CardArgs>) => collect((errors) => checkCard(card(patch), ['input', 'card'], LIMITS, NOW, errors));

describe('checkCard', () => {
  test('a valid card: the details, nothing reported; the current month is not expired', () => {
    const { value, errors } = checkedCard({});
    expect(errors).toEqual([]);
    expect(value).toEqual({ number: expect.any(CardNumberValue), holderName: 'ANA LIMA', expiryMonth: 5, expiryYear: 2030 });
    expect(value?.number.digits()).toBe(PAN);
  });

  test('an invalid number is reported with the scalar reason and without the digits', () => {
    const { value, errors } = checkedCard({ number: new InvalidScalarInput('CardNumber', '', 'fails the Luhn check.') });
    expect(value).toBeUndefined();
    expect(errors).toEqual([{ field: 'input.card.number', code: 'INVALID', message: 'number fails the Luhn check.' }]);
  });

  test('holderName: required (blank counts), at most 100 characters', () => {
    expect(checkedCard({ holderName: '  ' })).toEqual({ value: undefined, errors: [{ field: 'input.card.holderName', code: 'REQUIRED', message: 'holderName is required.' }] });
    expect(checkedCard({ holderName: 'n'.repeat(100) }).errors).toEqual([]);
    expect(checkedCard({ holderName: 'n'.repeat(101) })).toEqual({
      value: undefined,
      errors: [{ field: 'input.card.holderName', code: 'INVALID', message: 'holderName must be at most 100 characters.' }],
    });
  });

  test('expiry: a month problem is on expiryMonth, a year problem or a past expiry on expiryYear', () => {
    expect(checkedCard({ expiryMonth: 13 })).toEqual({
      value: undefined,
      errors: [{ field: 'input.card.expiryMonth', code: 'INVALID', message: 'expiry month must be between 1 and 12.' }],
    });
    expect(checkedCard({ expiryYear: 30 })).toEqual({
      value: undefined,
      errors: [{ field: 'input.card.expiryYear', code: 'INVALID', message: 'expiry year must be a four-digit year.' }],
    });
    expect(checkedCard({ expiryMonth: 4 })).toEqual({
      value: undefined,
      errors: [{ field: 'input.card.expiryYear', code: 'INVALID', message: 'expiry is in the past: the card has expired.' }],
    });
  });

  test('every problem of a card at once', () => {
    const { errors } = checkedCard({ number: new InvalidScalarInput('CardNumber', '', 'is too short.'), holderName: '', expiryMonth: 0 });
    expect(errors.map((e) => e.field)).toEqual(['input.card.number', 'input.card.holderName', 'input.card.expiryMonth']);
  });

  test('problems already in the list from other fields do not make a valid card invalid', () => {
    const errors: UserErrorShape[] = [{ field: ['input', 'amount'], code: 'INVALID' as never, message: 'x' }];
    expect(checkCard(card(), ['input', 'card'], LIMITS, NOW, errors)).toBeDefined();
  });
});

describe('checkSecurityCode', () => {
  test('exactly 3 digits at Astra; a 4-digit code is refused; scalar problems passed on; never the value', () => {
    const ok = collect((errors) => checkSecurityCode(new CardSecurityCodeValue('123'), ['input', 'card', 'securityCode'], LIMITS, errors));
    expect(ok.errors).toEqual([]);
    expect(ok.value?.code()).toBe('123');
    expect(collect((errors) => checkSecurityCode(new CardSecurityCodeValue('1234'), ['input', 'card', 'securityCode'], LIMITS, errors))).toEqual({
      value: undefined,
      errors: [{ field: 'input.card.securityCode', code: 'INVALID', message: 'securityCode must have exactly 3 digits at this provider.' }],
    });
    const marker = new InvalidScalarInput('CardSecurityCode', '', 'must be 3 or 4 digits.');
    expect(collect((errors) => checkSecurityCode(marker, ['input', 'card', 'securityCode'], LIMITS, errors))).toEqual({
      value: undefined,
      errors: [{ field: 'input.card.securityCode', code: 'INVALID', message: 'securityCode must be 3 or 4 digits.' }],
    });
  });
});
