import { checkDate, checkMoney, validateCreateAuthorization, type CreateAuthorizationArgs } from '../../../../src/domain/automatic-pix/validate';
import { AutomaticPixPeriodicity } from '../../../../src/domain/automatic-pix/model';
import { ASTRA_ASSUMPTIONS } from '../../../../src/datasources/astra/assumptions';
import type { UserErrorShape } from '../../../../src/domain/user-errors';
import { InvalidScalarInput } from '../../../../src/schema/scalars/invalid-scalar-input';

// validateCreateAuthorization: every ASM-A38 rule before any provider call, all problems at once, each with its path.

const LIMITS = ASTRA_ASSUMPTIONS.automaticPix.limits;
// 2030-05-14 12:00 in Brasília: today is 2030-05-14, tomorrow 2030-05-15.
const NOW = new Date('2030-05-14T12:00:00-03:00');
const cpf = (value: string) => ({ kind: 'CPF' as const, value });
const cnpj = (value: string) => ({ kind: 'CNPJ' as const, value });
const badDocument = new InvalidScalarInput('CpfCnpj', '123', 'is not a valid CPF or CNPJ.');
const badAmount = new InvalidScalarInput('Decimal', '1.001', 'must have at most 2 fraction digits.');

const base = (): CreateAuthorizationArgs => ({
  payer: { name: 'Maria Souza', document: cpf('12345678909') },
  participantIspb: '12345678',
  creditors: [{ name: 'Loja Exemplo', document: cnpj('11222333000181') }],
  periodicity: AutomaticPixPeriodicity.P1M,
  contractReference: 'contract-1',
});
const validate = (patch: Partial<CreateAuthorizationArgs>) => validateCreateAuthorization({ ...base(), ...patch }, LIMITS, NOW);
const problems = (patch: Partial<CreateAuthorizationArgs>) => {
  const result = validate(patch);
  return result.ok ? [] : result.errors.map((e) => ({ field: e.field?.join('.'), code: e.code, message: e.message }));
};

describe('validateCreateAuthorization: a valid input becomes the command', () => {
  test('the minimal input: startDate is today in Brasília, retryAccepted false, no optional keys', () => {
    expect(validate({})).toStrictEqual({
      ok: true,
      value: {
        payer: { name: 'Maria Souza', document: '12345678909' },
        participantIspb: '12345678',
        creditors: [{ name: 'Loja Exemplo', document: '11222333000181' }],
        retryAccepted: false,
        periodicity: AutomaticPixPeriodicity.P1M,
        startDate: '2030-05-14',
        contractReference: 'contract-1',
      },
    });
  });

  test('every optional field is carried, names trimmed', () => {
    const result = validate({
      payer: { name: '  Maria Souza  ', document: cpf('12345678909') },
      description: 'Plano mensal',
      minAmount: 1000,
      maxAmount: 15000,
      retryAccepted: true,
      startDate: '2030-06-01',
      contractDebtor: { name: 'João Lima', document: cpf('98765432100') },
      firstPayment: { amount: 1000, date: '2030-05-15' },
    });
    expect(result).toEqual({
      ok: true,
      value: {
        payer: { name: 'Maria Souza', document: '12345678909' },
        participantIspb: '12345678',
        creditors: [{ name: 'Loja Exemplo', document: '11222333000181' }],
        description: 'Plano mensal',
        minAmountCents: 1000,
        maxAmountCents: 15000,
        retryAccepted: true,
        periodicity: AutomaticPixPeriodicity.P1M,
        startDate: '2030-06-01',
        contractReference: 'contract-1',
        contractDebtor: { name: 'João Lima', document: '98765432100' },
        firstPayment: { amountCents: 1000, date: '2030-05-15' },
      },
    });
  });

  test('the bounds themselves are accepted: 10 creditors, 0.01 and the maximum amount, min equal to max, today as start date', () => {
    const creditors = Array.from({ length: 10 }, () => ({ name: 'C', document: cnpj('11222333000181') }));
    expect(validate({ creditors, minAmount: 1, maxAmount: 1, startDate: '2030-05-14', firstPayment: { amount: 1, date: '2030-05-15' } }).ok).toBe(true);
    expect(validate({ minAmount: LIMITS.maxAmountCents, maxAmount: LIMITS.maxAmountCents }).ok).toBe(true);
    expect(validate({ description: 'd'.repeat(140), contractReference: 'c'.repeat(50), payer: { name: 'n'.repeat(100), document: cpf('12345678909') } }).ok).toBe(true);
  });
});

describe('validateCreateAuthorization: each rule with its path, code and message', () => {
  test('participantIspb must be exactly 8 digits', () => {
    const expected = [{ field: 'input.participantIspb', code: 'INVALID', message: 'participantIspb must be 8 digits (an ISPB from automaticPixParticipants).' }];
    expect(problems({ participantIspb: '1234567' })).toEqual(expected);
    expect(problems({ participantIspb: '123456789' })).toEqual(expected);
    expect(problems({ participantIspb: '1234567a' })).toEqual(expected);
  });

  test('1 to creditorsMax creditors', () => {
    const expected = [{ field: 'input.creditors', code: 'INVALID', message: 'creditors must list 1 to 10 parties.' }];
    expect(problems({ creditors: [] })).toEqual(expected);
    const eleven = Array.from({ length: 11 }, () => ({ name: 'C', document: cnpj('11222333000181') }));
    expect(problems({ creditors: eleven })).toEqual(expected);
  });

  test('a party: name required (blank counts), forbidden characters, length, document', () => {
    expect(problems({ payer: { name: '   ', document: cpf('12345678909') } })).toEqual([{ field: 'input.payer.name', code: 'REQUIRED', message: 'name is required.' }]);
    expect(problems({ payer: { name: null, document: cpf('12345678909') } })).toEqual([{ field: 'input.payer.name', code: 'REQUIRED', message: 'name is required.' }]);
    expect(problems({ payer: { name: 'Maria\u202eSouza', document: cpf('12345678909') } })).toEqual([
      { field: 'input.payer.name', code: 'INVALID', message: 'name must not contain control or bidirectional-override characters.' },
    ]);
    expect(problems({ payer: { name: 'n'.repeat(101), document: cpf('12345678909') } })).toEqual([
      { field: 'input.payer.name', code: 'INVALID', message: 'name must be at most 100 characters.' },
    ]);
    expect(problems({ payer: { name: 'Maria', document: badDocument } })).toEqual([
      { field: 'input.payer.document', code: 'INVALID', message: 'document is not a valid CPF or CNPJ.' },
    ]);
  });

  test('creditor and contract debtor problems carry their own paths', () => {
    const creditors = [
      { name: 'A', document: cnpj('11222333000181') },
      { name: '', document: badDocument },
    ];
    expect(problems({ creditors })).toEqual([
      { field: 'input.creditors.1.document', code: 'INVALID', message: 'document is not a valid CPF or CNPJ.' },
      { field: 'input.creditors.1.name', code: 'REQUIRED', message: 'name is required.' },
    ]);
    expect(problems({ contractDebtor: { name: 'João', document: badDocument } })).toEqual([
      { field: 'input.contractDebtor.document', code: 'INVALID', message: 'document is not a valid CPF or CNPJ.' },
    ]);
  });

  test('description: length and forbidden characters', () => {
    expect(problems({ description: 'd'.repeat(141) })).toEqual([{ field: 'input.description', code: 'INVALID', message: 'description must be at most 140 characters.' }]);
    expect(problems({ description: 'a\u0000b' })).toEqual([
      { field: 'input.description', code: 'INVALID', message: 'description must not contain control or bidirectional-override characters.' },
    ]);
  });

  test('amounts: 0.01 to the maximum, scalar problems passed on, min not above max', () => {
    expect(problems({ minAmount: 0 })).toEqual([{ field: 'input.minAmount', code: 'INVALID', message: 'minAmount must be between 0.01 and 999999.99.' }]);
    expect(problems({ maxAmount: LIMITS.maxAmountCents + 1 })).toEqual([{ field: 'input.maxAmount', code: 'INVALID', message: 'maxAmount must be between 0.01 and 999999.99.' }]);
    expect(problems({ maxAmount: badAmount })).toEqual([{ field: 'input.maxAmount', code: 'INVALID', message: 'maxAmount must have at most 2 fraction digits.' }]);
    expect(problems({ minAmount: 1001, maxAmount: 1000 })).toEqual([{ field: 'input.minAmount', code: 'INVALID', message: 'minAmount must not be greater than maxAmount.' }]);
  });

  test('startDate: a real date, today or later in Brasília', () => {
    expect(problems({ startDate: '2030-02-30' })).toEqual([{ field: 'input.startDate', code: 'INVALID', message: 'startDate must be a date in yyyy-MM-dd format.' }]);
    expect(problems({ startDate: '2030-05-13' })).toEqual([{ field: 'input.startDate', code: 'INVALID', message: 'startDate must be today or later (Brasília).' }]);
  });

  test('startDate follows the Brasília calendar: at 01:00 UTC it is still the day before there', () => {
    const lateEvening = new Date('2030-05-15T01:00:00Z'); // 2030-05-14 22:00 in Brasília
    const result = validateCreateAuthorization({ ...base(), startDate: '2030-05-14' }, LIMITS, lateEvening);
    expect(result.ok && result.value.startDate).toBe('2030-05-14');
    const defaulted = validateCreateAuthorization(base(), LIMITS, lateEvening);
    expect(defaulted.ok && defaulted.value.startDate).toBe('2030-05-14');
  });

  test('contractReference: required (blank counts) and at most 50 characters', () => {
    expect(problems({ contractReference: '  ' })).toEqual([{ field: 'input.contractReference', code: 'REQUIRED', message: 'contractReference is required.' }]);
    expect(problems({ contractReference: 'c'.repeat(51) })).toEqual([
      { field: 'input.contractReference', code: 'INVALID', message: 'contractReference must be at most 50 characters.' },
    ]);
  });

  test('firstPayment: within min and max (inclusive), a real date, tomorrow or later', () => {
    const range = { minAmount: 1000, maxAmount: 2000 };
    expect(validate({ ...range, firstPayment: { amount: 1000, date: '2030-05-15' } }).ok).toBe(true);
    expect(validate({ ...range, firstPayment: { amount: 2000, date: '2030-05-15' } }).ok).toBe(true);
    expect(problems({ ...range, firstPayment: { amount: 999, date: '2030-05-15' } })).toEqual([
      { field: 'input.firstPayment.amount', code: 'INVALID', message: 'amount must be at least minAmount, 10.00.' },
    ]);
    expect(problems({ ...range, firstPayment: { amount: 2001, date: '2030-05-15' } })).toEqual([
      { field: 'input.firstPayment.amount', code: 'INVALID', message: 'amount must be at most maxAmount, 20.00.' },
    ]);
    expect(problems({ firstPayment: { amount: 0, date: '2030-05-15' } })).toEqual([
      { field: 'input.firstPayment.amount', code: 'INVALID', message: 'amount must be between 0.01 and 999999.99.' },
    ]);
    expect(problems({ firstPayment: { amount: badAmount, date: '2030-05-15' } })).toEqual([
      { field: 'input.firstPayment.amount', code: 'INVALID', message: 'amount must have at most 2 fraction digits.' },
    ]);
    expect(problems({ firstPayment: { amount: 1000, date: '15/05/2030' } })).toEqual([
      { field: 'input.firstPayment.date', code: 'INVALID', message: 'date must be a date in yyyy-MM-dd format.' },
    ]);
    expect(problems({ firstPayment: { amount: 1000, date: '2030-05-14' } })).toEqual([
      { field: 'input.firstPayment.date', code: 'INVALID', message: 'date must be tomorrow or later (Brasília).' },
    ]);
  });

  test('without min or max, a first payment is only bounded by the product limits', () => {
    expect(validate({ minAmount: 1000, firstPayment: { amount: 5_000_000, date: '2030-05-15' } }).ok).toBe(true);
    expect(validate({ maxAmount: 1000, firstPayment: { amount: 1, date: '2030-05-15' } }).ok).toBe(true);
  });

  test('all problems are reported at once, in input order', () => {
    const result = validate({
      payer: { name: '', document: cpf('12345678909') },
      participantIspb: 'x',
      minAmount: 0,
      startDate: 'tomorrow',
      contractReference: '',
    });
    expect(result.ok ? [] : result.errors.map((e: UserErrorShape) => e.field?.join('.'))).toEqual([
      'input.payer.name',
      'input.participantIspb',
      'input.minAmount',
      'input.startDate',
      'input.contractReference',
    ]);
  });
});

describe('checkDate and checkMoney', () => {
  test('checkDate returns the date or reports the field by its last path element', () => {
    const errors: UserErrorShape[] = [];
    expect(checkDate('2030-12-31', ['input', 'dueDate'], errors)).toBe('2030-12-31');
    expect(checkDate('2030-13-01', ['input', 'dueDate'], errors)).toBeUndefined();
    expect(errors).toEqual([{ field: ['input', 'dueDate'], code: 'INVALID', message: 'dueDate must be a date in yyyy-MM-dd format.' }]);
  });

  test('checkMoney: absent → undefined without an error; 1 and the maximum accepted', () => {
    const errors: UserErrorShape[] = [];
    expect(checkMoney(undefined, ['input', 'amount'], LIMITS, errors)).toBeUndefined();
    expect(checkMoney(null, ['input', 'amount'], LIMITS, errors)).toBeUndefined();
    expect(checkMoney(1, ['input', 'amount'], LIMITS, errors)).toBe(1);
    expect(checkMoney(LIMITS.maxAmountCents, ['input', 'amount'], LIMITS, errors)).toBe(LIMITS.maxAmountCents);
    expect(errors).toEqual([]);
  });
});
