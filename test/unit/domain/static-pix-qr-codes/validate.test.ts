import { validateCreateStaticPixQrCode } from '../../../../src/domain/static-pix-qr-codes/validate';
import { InvalidScalarInput } from '../../../../src/schema/scalars/invalid-scalar-input';

const LIMITS = { minAmountCents: 1, maxAmountCents: 99_999_999, descriptionMax: 72, referenceMax: 25 };

describe('validateCreateStaticPixQrCode', () => {
  test('everything is optional: an empty input is a payer-typed code', () => {
    expect(validateCreateStaticPixQrCode({}, LIMITS)).toEqual({ ok: true, value: {} });
    expect(validateCreateStaticPixQrCode({ amount: null, description: null, reference: null }, LIMITS)).toEqual({ ok: true, value: {} });
  });

  test('keeps amount (cents), description and reference at their limits', () => {
    const input = { amount: 99_999_999, description: 'Doação '.padEnd(72, 'x'), reference: 'A'.repeat(25) };
    expect(validateCreateStaticPixQrCode(input, LIMITS)).toEqual({
      ok: true,
      value: { amountCents: 99_999_999, description: input.description, reference: input.reference },
    });
    expect(validateCreateStaticPixQrCode({ amount: 1 }, LIMITS)).toEqual({ ok: true, value: { amountCents: 1 } });
  });

  test.each([
    ['amount over the maximum', { amount: 100_000_000 }, 'amount', /at most 999999.99/],
    ['amount of zero', { amount: 0 }, 'amount', /at least 0.01/],
    ['malformed amount', { amount: new InvalidScalarInput('Decimal', '1.001', 'must have at most 2 fraction digits') }, 'amount', /^amount must have at most 2 fraction digits$/],
    ['description over 72', { description: 'd'.repeat(73) }, 'description', /at most 72 characters/],
    ['description with an emoji', { description: 'Pizza 🍕' }, 'description', /printable text/],
    ['description with a bidi override', { description: 'abc\u202Edef' }, 'description', /printable text/],
    ['description with a newline', { description: 'a\nb' }, 'description', /printable text/],
    ['empty reference', { reference: '' }, 'reference', /1-25 letters or digits/],
    ['reference over 25', { reference: 'R'.repeat(26) }, 'reference', /1-25 letters or digits/],
    ['reference with a dash', { reference: 'order-1' }, 'reference', /1-25 letters or digits/],
  ])('%s → INVALID at its field path', (_name, input, field, message) => {
    expect(validateCreateStaticPixQrCode(input, LIMITS)).toEqual({
      ok: false,
      errors: [{ field: ['input', field], code: 'INVALID', message: expect.stringMatching(message) }],
    });
  });

  test('reports every problem at once', () => {
    const result = validateCreateStaticPixQrCode({ amount: 100_000_000, description: 'd'.repeat(73), reference: 'a-b' }, LIMITS);
    expect(result.ok ? [] : result.errors.map((error) => error.field)).toEqual([
      ['input', 'amount'],
      ['input', 'description'],
      ['input', 'reference'],
    ]);
  });
});
