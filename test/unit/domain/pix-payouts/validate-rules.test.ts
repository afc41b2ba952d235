import { payoutBatchId } from '../../../../src/domain/pix-payouts/batch-id';
import { DebitAccountType, PixKeyType } from '../../../../src/domain/pix-payouts/model';
import { validateCreatePixPayoutBatch, type CreatePixPayoutBatchArgs, type PixPayoutArgs } from '../../../../src/domain/pix-payouts/validate';
import { ASTRA_ASSUMPTIONS } from '../../../../src/datasources/astra/assumptions';
import { InvalidScalarInput } from '../../../../src/schema/scalars/invalid-scalar-input';

// validateCreatePixPayoutBatch: every ASM-A30 rule before the one POST, every problem of every payment at once.

const LIMITS = ASTRA_ASSUMPTIONS.pixCheckout.limits;
const TODAY = '2030-05-14';
const payment = (patch: Partial<PixPayoutArgs> = {}): PixPayoutArgs => ({
  paymentId: 'P1',
  pixKey: { type: PixKeyType.CPF, value: '123.456.789-09' },
  amount: 150,
  beneficiaryName: 'Ana Lima',
  ...patch,
});
const args = (patch: Partial<CreatePixPayoutBatchArgs> = {}): CreatePixPayoutBatchArgs => ({
  debitAccount: { agency: '0001', account: '123456', accountDigit: '7', accountType: DebitAccountType.CHECKING },
  payments: [payment()],
  ...patch,
});
const validate = (patch: Partial<CreatePixPayoutBatchArgs> = {}) => validateCreatePixPayoutBatch(args(patch), LIMITS, TODAY);
const problems = (patch: Partial<CreatePixPayoutBatchArgs>) => {
  const result = validate(patch);
  return result.ok ? [] : result.errors.map((e) => ({ field: e.field?.join('.'), code: e.code, message: e.message }));
};
const onePayment = (patch: Partial<PixPayoutArgs>) => problems({ payments: [payment(patch)] });

describe('a valid batch becomes the command', () => {
  test('minimal: the key normalized, no optional keys', () => {
    expect(validate()).toStrictEqual({
      ok: true,
      value: {
        debitAccount: { agency: '0001', account: '123456', accountDigit: '7', accountType: DebitAccountType.CHECKING },
        payments: [{ paymentId: 'P1', pixKey: { type: PixKeyType.CPF, value: '12345678909' }, amountCents: 150, beneficiaryName: 'Ana Lima' }],
      },
    });
  });

  test('every optional field is carried', () => {
    const full = payment({ description: 'Salário', scheduledDate: '2030-05-20', reference: 'ref-1' });
    expect(validate({ payments: [full], reference: 'batch-ref' })).toStrictEqual({
      ok: true,
      value: {
        debitAccount: { agency: '0001', account: '123456', accountDigit: '7', accountType: DebitAccountType.CHECKING },
        payments: [
          {
            paymentId: 'P1',
            pixKey: { type: PixKeyType.CPF, value: '12345678909' },
            amountCents: 150,
            beneficiaryName: 'Ana Lima',
            description: 'Salário',
            scheduledDate: '2030-05-20',
            reference: 'ref-1',
          },
        ],
        reference: 'batch-ref',
      },
    });
  });

  test('the bounds themselves pass: 1,000 payments, 0.01 and 999999.99, 20-digit agency and account, check digit X, longest texts', () => {
    const thousand = Array.from({ length: 1000 }, (_, i) => payment({ paymentId: `P${i}`, reference: `R${i}` }));
    expect(validate({ payments: thousand }).ok).toBe(true);
    const edges = [payment({ paymentId: 'a', amount: 1 }), payment({ paymentId: 'b', amount: 99_999_999 })];
    expect(validate({ payments: edges }).ok).toBe(true);
    const account = { agency: '1'.repeat(20), account: '2'.repeat(20), accountDigit: 'X', accountType: DebitAccountType.SAVINGS };
    expect(validate({ debitAccount: account, reference: 'r'.repeat(100) }).ok).toBe(true);
    const texts = payment({ paymentId: 'i'.repeat(50), beneficiaryName: 'n'.repeat(100), description: 'd'.repeat(200), reference: 'r'.repeat(100) });
    expect(validate({ payments: [texts] }).ok).toBe(true);
  });
});

describe('each rule with its path, code and message', () => {
  test('debit account: agency and account 1-20 digits, check digit one digit or X', () => {
    const account = { agency: '', account: '12a', accountDigit: 'XX', accountType: DebitAccountType.CHECKING };
    expect(problems({ debitAccount: account })).toEqual([
      { field: 'input.debitAccount.agency', code: 'INVALID', message: 'agency must be 1 to 20 digits.' },
      { field: 'input.debitAccount.account', code: 'INVALID', message: 'account must be 1 to 20 digits (without its check digit).' },
      { field: 'input.debitAccount.accountDigit', code: 'INVALID', message: 'accountDigit must be one digit or X.' },
    ]);
    const tooLong = { agency: '1'.repeat(21), account: '2'.repeat(21), accountDigit: 'x', accountType: DebitAccountType.CHECKING };
    expect(problems({ debitAccount: tooLong }).map((p) => p.field)).toEqual(['input.debitAccount.agency', 'input.debitAccount.account', 'input.debitAccount.accountDigit']);
  });

  test('1 to 1,000 payments, saying how many were sent', () => {
    expect(problems({ payments: [] })).toEqual([{ field: 'input.payments', code: 'INVALID', message: 'payments must hold 1 to 1000 payments (got 0).' }]);
    const tooMany = Array.from({ length: 1001 }, (_, i) => payment({ paymentId: `P${i}` }));
    expect(problems({ payments: tooMany })).toEqual([{ field: 'input.payments', code: 'INVALID', message: 'payments must hold 1 to 1000 payments (got 1001).' }]);
  });

  test('batch reference at most 100 characters', () => {
    expect(problems({ reference: 'r'.repeat(101) })).toEqual([{ field: 'input.reference', code: 'INVALID', message: 'reference must be at most 100 characters.' }]);
  });

  test('paymentId and beneficiaryName: required (blank counts) and bounded', () => {
    expect(onePayment({ paymentId: '  ', beneficiaryName: '' })).toEqual([
      { field: 'input.payments.0.paymentId', code: 'REQUIRED', message: 'paymentId must not be empty.' },
      { field: 'input.payments.0.beneficiaryName', code: 'REQUIRED', message: 'beneficiaryName must not be empty.' },
    ]);
    expect(onePayment({ paymentId: 'i'.repeat(51), beneficiaryName: 'n'.repeat(101) })).toEqual([
      { field: 'input.payments.0.paymentId', code: 'INVALID', message: 'paymentId must be at most 50 characters.' },
      { field: 'input.payments.0.beneficiaryName', code: 'INVALID', message: 'beneficiaryName must be at most 100 characters.' },
    ]);
  });

  test('the Pix key is checked for its type, on pixKey.value', () => {
    expect(onePayment({ pixKey: { type: PixKeyType.CPF, value: '12345678900' } })).toEqual([
      { field: 'input.payments.0.pixKey.value', code: 'INVALID', message: expect.stringMatching(/^value .+\.$/) },
    ]);
  });

  test('amount: at least 0.01, at most 999999.99, scalar problems passed on', () => {
    expect(onePayment({ amount: 0 })).toEqual([{ field: 'input.payments.0.amount', code: 'INVALID', message: 'amount must be at least 0.01.' }]);
    expect(onePayment({ amount: 100_000_000 })).toEqual([{ field: 'input.payments.0.amount', code: 'INVALID', message: 'amount must be at most 999999.99.' }]);
    const scalar = new InvalidScalarInput('Decimal', '1.001', 'must have at most 2 fraction digits.');
    expect(onePayment({ amount: scalar })).toEqual([{ field: 'input.payments.0.amount', code: 'INVALID', message: 'amount must have at most 2 fraction digits.' }]);
  });

  test('description and payment reference are bounded', () => {
    expect(onePayment({ description: 'd'.repeat(201), reference: 'r'.repeat(101) })).toEqual([
      { field: 'input.payments.0.description', code: 'INVALID', message: 'description must be at most 200 characters.' },
      { field: 'input.payments.0.reference', code: 'INVALID', message: 'reference must be at most 100 characters.' },
    ]);
  });

  test('scheduledDate: a real YYYY-MM-DD date, not before today in Brasília', () => {
    const format = { field: 'input.payments.0.scheduledDate', code: 'INVALID', message: 'scheduledDate must be a calendar date written YYYY-MM-DD.' };
    for (const value of ['2030-02-30', '2030-5-20', '20/05/2030', '2030-05-20T00:00:00Z']) expect(onePayment({ scheduledDate: value })).toEqual([format]);
    expect(onePayment({ scheduledDate: '2030-05-13' })).toEqual([
      { field: 'input.payments.0.scheduledDate', code: 'INVALID', message: 'scheduledDate must not be in the past (today in Brasília is 2030-05-14).' },
    ]);
    expect(validate({ payments: [payment({ scheduledDate: TODAY })] }).ok).toBe(true);
  });

  test('a repeated paymentId or reference is reported at each repeat, naming the first', () => {
    const payments = [
      payment({ paymentId: 'A', reference: 'R' }),
      payment({ paymentId: 'B', reference: 'R' }),
      payment({ paymentId: 'A', reference: 'S' }),
      payment({ paymentId: 'A', reference: '' }),
      payment({ paymentId: 'C', reference: '' }),
    ];
    expect(problems({ payments })).toEqual([
      { field: 'input.payments.2.paymentId', code: 'INVALID', message: 'paymentId repeats the one of payments[0]; each must be unique in the batch.' },
      { field: 'input.payments.3.paymentId', code: 'INVALID', message: 'paymentId repeats the one of payments[0]; each must be unique in the batch.' },
      { field: 'input.payments.1.reference', code: 'INVALID', message: 'reference repeats the one of payments[0]; each must be unique in the batch.' },
    ]);
  });

  test('payments without a reference are not repeats of each other', () => {
    expect(validate({ payments: [payment({ paymentId: 'A' }), payment({ paymentId: 'B' })] }).ok).toBe(true);
  });

  test('problems of several payments come at once, each under its own index', () => {
    const payments = [payment(), payment({ paymentId: 'P2', amount: 0 }), payment({ paymentId: 'P3', beneficiaryName: ' ' })];
    expect(problems({ payments }).map((p) => p.field)).toEqual(['input.payments.1.amount', 'input.payments.2.beneficiaryName']);
  });
});

describe('payoutBatchId', () => {
  test('PG + 40 base64url characters of HMAC-SHA256(client NUL key): fixed for given inputs', () => {
    expect(payoutBatchId('client-a', 'key-1')).toMatch(/^PG[A-Za-z0-9_-]{40}$/);
    // The NUL separator keeps ("ab", "c") and ("a", "bc") apart.
    expect(payoutBatchId('ab', 'c')).not.toBe(payoutBatchId('a', 'bc'));
    // Pinned: a change of derivation would make retried creates miss the batch their first attempt made.
    expect(payoutBatchId('client-a', 'key-1')).toBe(PINNED);
  });
});

const PINNED = 'PGLZHWm3tKwAisKmhugvparr3j5kRqZbSFrwE5NDkY';
