import { authorizationListQuery, paymentListQuery } from '../../../src/domain/automatic-pix/list-queries';
import { AutomaticPixAuthorizationStatus, AutomaticPixPaymentStatus } from '../../../src/domain/automatic-pix/model';
import { cardRecurrenceQuery } from '../../../src/domain/card-recurrences/list-query';
import { CardRecurrenceStatus } from '../../../src/domain/card-recurrences/model';
import { paymentLinkListQuery } from '../../../src/domain/payment-links/list-query';
import { PaymentLinkStatus } from '../../../src/domain/payment-links/model';
import { chargeListQuery } from '../../../src/domain/pix-charges/list-query';
import { PixChargeStatus } from '../../../src/domain/pix-charges/model';
import type { PixChargeListPort } from '../../../src/domain/pix-charges/port';
import { BadUserInputError, NotSupportedError } from '../../../src/errors/domain-errors';
import { encodeGlobalId } from '../../../src/lib/global-id';
import { InvalidScalarInput } from '../../../src/schema/scalars/invalid-scalar-input';

// Each family's list filter → the provider's query; a filter no provider should receive is refused, naming its path,
// before any call.

const cpf = { kind: 'CPF' as const, value: '12345678909' };
const badDocument = new InvalidScalarInput('CpfCnpj', '111', 'is not a valid CPF or CNPJ.');
const from = new Date('2030-05-01T00:00:00Z');
const to = new Date('2030-05-02T00:00:00Z');

function refusal(run: () => unknown): { type: string; message: string; field?: unknown } {
  try {
    run();
  } catch (error) {
    if (error instanceof BadUserInputError) return { type: 'BAD_USER_INPUT', message: error.message, field: error.field };
    if (error instanceof NotSupportedError) return { type: 'NOT_SUPPORTED', message: error.message };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('Automatic Pix authorizations', () => {
  test('no filter: paging only; every filter carried', () => {
    expect(authorizationListQuery(undefined, 0, 20)).toStrictEqual({ offset: 0, limit: 20 });
    expect(authorizationListQuery({ status: AutomaticPixAuthorizationStatus.APPROVED, contractReference: 'c-1', payerDocument: cpf }, 40, 10)).toStrictEqual({
      offset: 40,
      limit: 10,
      status: AutomaticPixAuthorizationStatus.APPROVED,
      contractReference: 'c-1',
      payerDocument: '12345678909',
    });
  });

  test('a contract reference with control characters, or a refused document, is BAD_USER_INPUT at its path', () => {
    expect(refusal(() => authorizationListQuery({ contractReference: 'c\u0000' }, 0, 20))).toEqual({
      type: 'BAD_USER_INPUT',
      message: 'filter.contractReference must not contain control characters.',
      field: ['filter', 'contractReference'],
    });
    expect(refusal(() => authorizationListQuery({ payerDocument: badDocument }, 0, 20))).toEqual({
      type: 'BAD_USER_INPUT',
      message: 'filter.payerDocument is not a valid CPF or CNPJ.',
      field: ['filter', 'payerDocument'],
    });
  });
});

describe('Automatic Pix payments', () => {
  const authorizationId = encodeGlobalId('AutomaticPixAuthorization', 'ASTRA', 'auth-1');

  test('no filter: paging only; every filter carried, the authorization as its provider id', () => {
    expect(paymentListQuery(undefined, 'ASTRA', 0, 20)).toStrictEqual({ offset: 0, limit: 20 });
    const filter = { authorizationId, status: AutomaticPixPaymentStatus.FAILED, scheduledFrom: '2030-05-01', scheduledTo: '2030-05-01' };
    expect(paymentListQuery(filter, 'ASTRA', 20, 50)).toStrictEqual({
      offset: 20,
      limit: 50,
      status: AutomaticPixPaymentStatus.FAILED,
      authorizationId: 'auth-1',
      scheduledFrom: '2030-05-01',
      scheduledTo: '2030-05-01',
    });
  });

  test('an id of another type, another provider or no id at all is refused', () => {
    const refused = {
      type: 'BAD_USER_INPUT',
      message: 'filter.authorizationId is not an AutomaticPixAuthorization id of ASTRA.',
      field: ['filter', 'authorizationId'],
    };
    for (const id of ['nonsense', encodeGlobalId('AutomaticPixPayment', 'ASTRA', 'auth-1'), encodeGlobalId('AutomaticPixAuthorization', 'PAGSTAR', 'auth-1')]) {
      expect(refusal(() => paymentListQuery({ authorizationId: id }, 'ASTRA', 0, 20))).toEqual(refused);
    }
  });

  test('dates: yyyy-MM-dd each, from not after to', () => {
    expect(refusal(() => paymentListQuery({ scheduledFrom: '2030-02-30' }, 'ASTRA', 0, 20))).toEqual({
      type: 'BAD_USER_INPUT',
      message: 'filter.scheduledFrom must be a date in yyyy-MM-dd format.',
      field: ['filter', 'scheduledFrom'],
    });
    expect(refusal(() => paymentListQuery({ scheduledTo: '01/05/2030' }, 'ASTRA', 0, 20))).toEqual({
      type: 'BAD_USER_INPUT',
      message: 'filter.scheduledTo must be a date in yyyy-MM-dd format.',
      field: ['filter', 'scheduledTo'],
    });
    expect(refusal(() => paymentListQuery({ scheduledFrom: '2030-05-02', scheduledTo: '2030-05-01' }, 'ASTRA', 0, 20))).toEqual({
      type: 'BAD_USER_INPUT',
      message: 'filter.scheduledFrom must not be after filter.scheduledTo.',
      field: ['filter', 'scheduledFrom'],
    });
    expect(paymentListQuery({ scheduledTo: '2030-05-01' }, 'ASTRA', 0, 20)).toStrictEqual({ offset: 0, limit: 20, scheduledTo: '2030-05-01' });
  });
});

describe('card recurrences', () => {
  test('no filter: paging only; every filter carried', () => {
    expect(cardRecurrenceQuery(undefined, 0, 20)).toStrictEqual({ offset: 0, limit: 20 });
    expect(cardRecurrenceQuery({ status: CardRecurrenceStatus.ACTIVE, reference: 'sub-1', payerDocument: cpf }, 5, 10)).toStrictEqual({
      offset: 5,
      limit: 10,
      status: CardRecurrenceStatus.ACTIVE,
      reference: 'sub-1',
      payerDocument: '12345678909',
    });
    expect(cardRecurrenceQuery({}, 0, 20)).toStrictEqual({ offset: 0, limit: 20 });
  });

  test('a reference with a bidi override, or a refused document, is BAD_USER_INPUT at its path', () => {
    expect(refusal(() => cardRecurrenceQuery({ reference: 'a\u202eb' }, 0, 20))).toEqual({
      type: 'BAD_USER_INPUT',
      message: 'filter.reference must not contain control or bidirectional-override characters.',
      field: ['filter', 'reference'],
    });
    expect(refusal(() => cardRecurrenceQuery({ payerDocument: badDocument }, 0, 20))).toMatchObject({ field: ['filter', 'payerDocument'] });
  });
});

describe('payment links', () => {
  test('no filter: paging only; every filter carried', () => {
    expect(paymentLinkListQuery(undefined, 0, 20)).toStrictEqual({ offset: 0, limit: 20 });
    expect(paymentLinkListQuery({ status: PaymentLinkStatus.PAID, payerDocument: cpf, reference: 'order-1', createdFrom: from, createdTo: to }, 0, 20)).toStrictEqual({
      offset: 0,
      limit: 20,
      status: PaymentLinkStatus.PAID,
      payerDocument: '12345678909',
      reference: 'order-1',
      createdFrom: from,
      createdTo: to,
    });
  });

  test('a refused document and a reversed range are refused at their paths', () => {
    expect(refusal(() => paymentLinkListQuery({ payerDocument: badDocument }, 0, 20))).toMatchObject({ field: ['filter', 'payerDocument'] });
    expect(refusal(() => paymentLinkListQuery({ createdFrom: to, createdTo: from }, 0, 20))).toMatchObject({ field: ['filter', 'createdFrom'] });
  });
});

describe('Pix charges', () => {
  const provider = (status: boolean) => ({ code: 'ASTRA', listFilters: { status, reference: true, debtorDocument: true, createdRange: true } }) as unknown as PixChargeListPort;

  test('no filter: paging only; every filter carried', () => {
    expect(chargeListQuery(provider(true), undefined, 0, 20)).toStrictEqual({ offset: 0, limit: 20 });
    expect(chargeListQuery(provider(true), { status: [PixChargeStatus.PAID], debtorDocument: cpf, reference: 'r', createdFrom: from, createdTo: to }, 0, 20)).toStrictEqual({
      offset: 0,
      limit: 20,
      status: PixChargeStatus.PAID,
      debtorDocument: '12345678909',
      reference: 'r',
      createdFrom: from,
      createdTo: to,
    });
    expect(chargeListQuery(provider(false), { status: [] }, 0, 20)).toStrictEqual({ offset: 0, limit: 20 });
  });

  test('a status filter the provider cannot apply, or several statuses, are NOT_SUPPORTED', () => {
    expect(refusal(() => chargeListQuery(provider(false), { status: [PixChargeStatus.PAID] }, 0, 20))).toEqual({
      type: 'NOT_SUPPORTED',
      message: 'ASTRA cannot filter charges by status.',
    });
    expect(refusal(() => chargeListQuery(provider(true), { status: [PixChargeStatus.PAID, PixChargeStatus.ACTIVE] }, 0, 20))).toEqual({
      type: 'NOT_SUPPORTED',
      message: 'ASTRA filters by one status at a time.',
    });
  });

  test('a refused debtor document is BAD_USER_INPUT at filter.debtorDocument', () => {
    expect(refusal(() => chargeListQuery(provider(true), { debtorDocument: badDocument }, 0, 20))).toMatchObject({ field: ['filter', 'debtorDocument'] });
  });
});
