import { applyReferenceAndCreatedRange, documentFilter, type ReferenceAndCreatedFilter } from '../../../src/domain/list-filters';
import { BadUserInputError } from '../../../src/errors/domain-errors';
import { InvalidScalarInput } from '../../../src/schema/scalars/invalid-scalar-input';

function refusal(run: () => unknown): { message: string; field: unknown } {
  try {
    run();
  } catch (error) {
    if (error instanceof BadUserInputError) return { message: error.message, field: error.field };
    throw error;
  }
  throw new Error('expected a BadUserInputError');
}

describe('documentFilter', () => {
  test('a parsed document gives its digits', () => {
    expect(documentFilter({ kind: 'CPF', value: '12345678909' }, 'payerDocument')).toBe('12345678909');
  });

  test('a refused scalar is a BadUserInputError at filter.<name>, with the scalar reason', () => {
    const error = refusal(() => documentFilter(new InvalidScalarInput('CpfCnpj', '111.111.111-11', 'is not a valid CPF or CNPJ.'), 'debtorDocument'));
    expect(error).toEqual({ message: 'filter.debtorDocument is not a valid CPF or CNPJ.', field: ['filter', 'debtorDocument'] });
  });
});

describe('applyReferenceAndCreatedRange', () => {
  const from = new Date('2026-11-01T00:00:00Z');
  const to = new Date('2026-11-02T00:00:00Z');

  test('copies reference and range into the query', () => {
    const query: ReferenceAndCreatedFilter = {};
    applyReferenceAndCreatedRange({ reference: 'order-1', createdFrom: from, createdTo: to }, query);
    expect(query).toEqual({ reference: 'order-1', createdFrom: from, createdTo: to });
  });

  test('an empty filter leaves the query untouched', () => {
    const query: ReferenceAndCreatedFilter = {};
    applyReferenceAndCreatedRange({}, query);
    expect(query).toEqual({});
  });

  test('equal ends are a valid range; a reversed range is refused at filter.createdFrom', () => {
    expect(() => applyReferenceAndCreatedRange({ createdFrom: from, createdTo: from }, {})).not.toThrow();
    expect(refusal(() => applyReferenceAndCreatedRange({ createdFrom: to, createdTo: from }, {}))).toEqual({
      message: 'filter.createdFrom must not be after filter.createdTo.',
      field: ['filter', 'createdFrom'],
    });
  });

  test('a reference with a control or bidirectional-override character is refused before it is copied', () => {
    for (const reference of ['a\u0000b', 'a\u202Eb']) {
      const query: ReferenceAndCreatedFilter = {};
      expect(refusal(() => applyReferenceAndCreatedRange({ reference }, query)).field).toEqual(['filter', 'reference']);
      expect(query).toEqual({});
    }
  });
});

describe('applyReferenceAndCreatedRange: exact query and message', () => {
  const from = new Date('2026-11-01T00:00:00Z');
  const to = new Date('2026-11-02T00:00:00Z');

  test('absent and empty values set no key at all (not even undefined)', () => {
    const query: ReferenceAndCreatedFilter = {};
    applyReferenceAndCreatedRange({ reference: '', createdFrom: undefined, createdTo: undefined }, query);
    expect(query).toStrictEqual({});
  });

  test('each value is copied on its own', () => {
    const onlyFrom: ReferenceAndCreatedFilter = {};
    applyReferenceAndCreatedRange({ createdFrom: from }, onlyFrom);
    expect(onlyFrom).toStrictEqual({ createdFrom: from });
    const onlyTo: ReferenceAndCreatedFilter = {};
    applyReferenceAndCreatedRange({ createdTo: to }, onlyTo);
    expect(onlyTo).toStrictEqual({ createdTo: to });
    const onlyReference: ReferenceAndCreatedFilter = {};
    applyReferenceAndCreatedRange({ reference: 'r' }, onlyReference);
    expect(onlyReference).toStrictEqual({ reference: 'r' });
  });

  test('values already in the query are kept when the filter has none, and the range is checked on the query', () => {
    const query: ReferenceAndCreatedFilter = { reference: 'keep', createdTo: from };
    applyReferenceAndCreatedRange({ createdFrom: from }, query);
    expect(query).toStrictEqual({ reference: 'keep', createdFrom: from, createdTo: from });
    expect(refusal(() => applyReferenceAndCreatedRange({ createdFrom: to }, { createdTo: from })).field).toEqual(['filter', 'createdFrom']);
  });

  test('a forbidden reference is refused with its message', () => {
    expect(refusal(() => applyReferenceAndCreatedRange({ reference: 'a\u202Eb' }, {}))).toEqual({
      message: 'filter.reference must not contain control or bidirectional-override characters.',
      field: ['filter', 'reference'],
    });
  });
});
