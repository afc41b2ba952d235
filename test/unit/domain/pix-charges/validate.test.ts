import { validateCreatePixCharge, type CreatePixChargeArgs } from '../../../../src/domain/pix-charges/validate';
import { checkAmount, checkLength } from '../../../../src/domain/input-checks';
import type { PixChargeLimits } from '../../../../src/domain/pix-charges/port';
import { UserErrorCode, providerRejectionAsUserError, type UserErrorShape } from '../../../../src/domain/user-errors';
import { InvalidScalarInput } from '../../../../src/schema/scalars/invalid-scalar-input';
import { ProviderRejectedError, ProviderUnavailableError } from '../../../../src/errors/domain-errors';

const LIMITS: PixChargeLimits = {
  minAmountCents: 1,
  maxAmountCents: 10_000,
  descriptionMax: 5,
  referenceMax: 3,
  debtorNameMax: 4,
  expiresInMin: 60,
  expiresInMax: 120,
};
const CPF = { kind: 'CPF', value: '12345678909' } as const;

function errorsOf(args: CreatePixChargeArgs): UserErrorShape[] {
  const result = validateCreatePixCharge(args, LIMITS);
  if (result.ok) throw new Error('expected validation errors');
  return result.errors;
}

describe('validateCreatePixCharge', () => {
  test('a minimal valid input becomes a command with only the amount', () => {
    expect(validateCreatePixCharge({ amount: 100 }, LIMITS)).toEqual({ ok: true, value: { amountCents: 100 } });
  });

  test('every optional field given is carried over, null ones are left out', () => {
    const full = validateCreatePixCharge(
      { amount: 10_000, expiresIn: 120, description: 'abcde', reference: 'r1', debtor: { name: 'Ana', document: CPF }, onlyDebtorMayPay: false },
      LIMITS,
    );
    expect(full).toEqual({
      ok: true,
      value: { amountCents: 10_000, expiresInSeconds: 120, description: 'abcde', reference: 'r1', debtor: { name: 'Ana', document: CPF }, onlyDebtorMayPay: false },
    });
    const nulls = validateCreatePixCharge({ amount: 1, expiresIn: null, description: null, reference: null, debtor: null, onlyDebtorMayPay: null }, LIMITS);
    expect(nulls).toEqual({ ok: true, value: { amountCents: 1 } });
    expect(validateCreatePixCharge({ amount: 1, expiresIn: 60, onlyDebtorMayPay: true, debtor: { name: 'A', document: CPF } }, LIMITS)).toEqual({
      ok: true,
      value: { amountCents: 1, expiresInSeconds: 60, onlyDebtorMayPay: true, debtor: { name: 'A', document: CPF } },
    });
  });

  test('amount bounds are inclusive and reported with the formatted limit', () => {
    expect(errorsOf({ amount: 0 })).toEqual([{ field: ['input', 'amount'], code: UserErrorCode.INVALID, message: 'amount must be at least 0.01.' }]);
    expect(errorsOf({ amount: 10_001 })).toEqual([{ field: ['input', 'amount'], code: UserErrorCode.INVALID, message: 'amount must be at most 100.00.' }]);
    expect(validateCreatePixCharge({ amount: 1 }, LIMITS).ok).toBe(true);
  });

  test('an amount the scalar could not read is INVALID with its reason', () => {
    const amount = new InvalidScalarInput('Decimal', '1.001', 'must have at most 2 fraction digits');
    expect(errorsOf({ amount })).toEqual([{ field: ['input', 'amount'], code: UserErrorCode.INVALID, message: 'amount must have at most 2 fraction digits' }]);
  });

  test('expiresIn bounds are inclusive', () => {
    const message = 'expiresIn must be between 60 and 120 seconds.';
    expect(errorsOf({ amount: 1, expiresIn: 59 })).toEqual([{ field: ['input', 'expiresIn'], code: UserErrorCode.INVALID, message }]);
    expect(errorsOf({ amount: 1, expiresIn: 121 })).toEqual([{ field: ['input', 'expiresIn'], code: UserErrorCode.INVALID, message }]);
    expect(validateCreatePixCharge({ amount: 1, expiresIn: 60 }, LIMITS).ok).toBe(true);
    expect(validateCreatePixCharge({ amount: 1, expiresIn: 120 }, LIMITS).ok).toBe(true);
  });

  test('description and reference lengths count characters (not UTF-16 units), limit inclusive', () => {
    expect(validateCreatePixCharge({ amount: 1, description: '😀😀😀😀😀', reference: 'ção' }, LIMITS).ok).toBe(true);
    expect(errorsOf({ amount: 1, description: 'abcdef' })).toEqual([
      { field: ['input', 'description'], code: UserErrorCode.INVALID, message: 'description must be at most 5 characters.' },
    ]);
    expect(errorsOf({ amount: 1, reference: 'abcd' })).toEqual([
      { field: ['input', 'reference'], code: UserErrorCode.INVALID, message: 'reference must be at most 3 characters.' },
    ]);
  });

  test('debtor: required for onlyDebtorMayPay, needs a non-blank name, an unreadable document is INVALID', () => {
    expect(errorsOf({ amount: 1, onlyDebtorMayPay: true })).toEqual([
      { field: ['input', 'debtor'], code: UserErrorCode.REQUIRED, message: 'debtor is required when onlyDebtorMayPay is true.' },
    ]);
    const nameRequired = [{ field: ['input', 'debtor', 'name'], code: UserErrorCode.REQUIRED, message: 'debtor.name is required when a debtor is given.' }];
    expect(errorsOf({ amount: 1, debtor: { name: '   ', document: CPF } })).toEqual(nameRequired);
    expect(errorsOf({ amount: 1, debtor: { name: null, document: CPF } })).toEqual(nameRequired);
    const document = new InvalidScalarInput('CpfCnpj', '123', 'is not a valid CPF or CNPJ');
    expect(errorsOf({ amount: 1, debtor: { name: 'A', document } })).toEqual([
      { field: ['input', 'debtor', 'document'], code: UserErrorCode.INVALID, message: 'document is not a valid CPF or CNPJ' },
    ]);
  });

  test("debtor.name: at most the provider's limit, no control or bidi characters", () => {
    expect(validateCreatePixCharge({ amount: 1, debtor: { name: 'Anna', document: CPF } }, LIMITS).ok).toBe(true);
    expect(errorsOf({ amount: 1, debtor: { name: 'Annae', document: CPF } })).toEqual([
      { field: ['input', 'debtor', 'name'], code: UserErrorCode.INVALID, message: 'name must be at most 4 characters.' },
    ]);
    expect(errorsOf({ amount: 1, debtor: { name: 'A\u202Eb', document: CPF } })).toEqual([
      { field: ['input', 'debtor', 'name'], code: UserErrorCode.INVALID, message: 'name must not contain control or bidirectional-override characters.' },
    ]);
  });

  test('every problem is reported at once, in input order', () => {
    const errors = errorsOf({ amount: 0, expiresIn: 1, description: 'toolong', reference: 'long', onlyDebtorMayPay: true });
    expect(errors.map((error) => error.field!.join('.'))).toEqual(['input.amount', 'input.expiresIn', 'input.description', 'input.reference', 'input.debtor']);
  });

  test('a valid amount with another invalid field is still a failure', () => {
    expect(validateCreatePixCharge({ amount: 5, reference: 'long' }, LIMITS).ok).toBe(false);
  });
});

describe('checkAmount and checkLength', () => {
  test('checkAmount names the field it was given and returns the cents when valid', () => {
    const errors: UserErrorShape[] = [];
    expect(checkAmount(50, ['input', 'refund'], LIMITS, errors)).toBe(50);
    expect(checkAmount(0, ['input', 'refund'], LIMITS, errors)).toBeUndefined();
    expect(errors).toEqual([{ field: ['input', 'refund'], code: UserErrorCode.INVALID, message: 'refund must be at least 0.01.' }]);
  });

  test('messages name the last element of a longer field path', () => {
    const errors: UserErrorShape[] = [];
    checkAmount(new InvalidScalarInput('Decimal', 'x', 'is not a number'), ['input', 'items', 'price'], LIMITS, errors);
    checkAmount(0, ['input', 'items', 'price'], LIMITS, errors);
    checkAmount(10_001, ['input', 'items', 'price'], LIMITS, errors);
    checkLength('abcdef', 5, ['input', 'items', 'label'], errors);
    expect(errors.map((error) => error.message)).toEqual([
      'price is not a number',
      'price must be at least 0.01.',
      'price must be at most 100.00.',
      'label must be at most 5 characters.',
    ]);
  });

  test('checkLength ignores null and undefined', () => {
    const errors: UserErrorShape[] = [];
    checkLength(null, 0, ['x'], errors);
    checkLength(undefined, 0, ['x'], errors);
    checkLength('', 0, ['x'], errors);
    expect(errors).toEqual([]);
  });
});

describe('providerRejectionAsUserError', () => {
  test('a provider 4xx becomes PROVIDER_REJECTED with the upstream reference; other errors are rethrown', () => {
    const rejected = new ProviderRejectedError('Astra rejected the request: bad', ['bad'], { provider: 'ASTRA', upstreamTransactionId: 'tx-1' });
    expect(providerRejectionAsUserError(rejected)).toEqual({
      field: ['input'],
      code: UserErrorCode.PROVIDER_REJECTED,
      message: 'Astra rejected the request: bad (x-transaction-id tx-1)',
    });
    const noReference = new ProviderRejectedError('Astra rejected the request: bad', ['bad'], { provider: 'ASTRA' });
    expect(providerRejectionAsUserError(noReference, ['input', 'amount'])).toEqual({
      field: ['input', 'amount'],
      code: UserErrorCode.PROVIDER_REJECTED,
      message: 'Astra rejected the request: bad',
    });
    const down = new ProviderUnavailableError('down', { provider: 'ASTRA' });
    expect(() => providerRejectionAsUserError(down)).toThrow(down);
  });
});
