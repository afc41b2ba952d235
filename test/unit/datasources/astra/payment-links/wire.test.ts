import { AstraPaymentLinks } from '../../../../../src/datasources/astra/payment-links/adapter';
import { createLinkToWire, paymentLinkFromWire } from '../../../../../src/datasources/astra/payment-links/transformers';
import type { AstraPaymentLinkWire } from '../../../../../src/datasources/astra/payment-links/wire';
import { PaymentLinkStatus } from '../../../../../src/domain/payment-links/model';
import { answeringWith, loadFixture } from '../../../../helpers/wire-fixtures';

const object = loadFixture<AstraPaymentLinkWire>('astra', 'asm-a26-payment-link-object').body;

describe('payment-link wire (ASM-A26…A28) against the documented examples', () => {
  test('the ASM-A26 object maps to a PaymentLink in cents', () => {
    expect(paymentLinkFromWire(object)).toMatchObject({
      __typename: 'PaymentLink',
      providerId: 'c1fac1de-b4f8-4dfe-bdbd-bd0ce9b4c919',
      status: PaymentLinkStatus.CREATED,
      providerStatus: '1:CREATED',
      amount: { amount: 10_000 },
      installments: 3,
      installmentOptions: [
        { count: 1, installmentAmount: { amount: 10_000 }, totalAmount: { amount: 10_000 } },
        { count: 2, installmentAmount: { amount: 5_000 }, totalAmount: { amount: 10_000 } },
        { count: 3, installmentAmount: { amount: 3_333 }, totalAmount: { amount: 10_000 } },
      ],
      payerDocument: '12345678901',
      reference: 'order-12345',
      expiresAt: new Date('2025-01-25T16:03:27.000Z'),
      payment: null,
    });
  });

  test.each([
    [2, 'PAID', PaymentLinkStatus.PAID],
    [3, 'EXPIRED', PaymentLinkStatus.EXPIRED],
    [4, 'CANCELED', PaymentLinkStatus.CANCELLED],
    [7, 'REVERSED', PaymentLinkStatus.UNKNOWN],
  ])('status code %i (%s) reads as %s, the raw value kept', (code, description, status) => {
    const link = paymentLinkFromWire({ ...object, status: { code, description } });
    expect([link.status, link.providerStatus]).toEqual([status, `${code}:${description}`]);
  });

  test('a payment by card keeps its NSU as the receipt', () => {
    const payment = {
      paymentId: 'astra250123160327254lnk003102r2rcZ',
      paymentMethod: 'CREDIT_CARD',
      paymentReceipt: '457856445',
      paymentDate: '2025-01-23T16:03:27.000Z',
      amount: 100,
    };
    expect(paymentLinkFromWire({ ...object, status: { code: 2, description: 'PAID' }, payment }).payment).toEqual({
      paymentId: payment.paymentId,
      method: 'CREDIT_CARD',
      providerMethod: 'CREDIT_CARD',
      receipt: '457856445',
      paidAt: new Date(payment.paymentDate),
      amount: { amount: 10_000, currency: 'BRL' },
    });
  });

  test('the create body is the documented one', () => {
    const command = {
      payerName: 'João Silva',
      payerDocument: '12345678901',
      amountCents: 10_000,
      installments: 3,
      description: 'Payment for order #12345',
      reference: 'order-12345',
      expiresInDays: 10,
    };
    expect(createLinkToWire(command)).toEqual(loadFixture('astra', 'doc-4.3-create-link-request').body);
  });

  test('list sends status by code and dates only when asked for; UNKNOWN is refused without a call', async () => {
    const { http, calls } = answeringWith({ content: [object], page: 0, size: 20, totalElements: 1, totalPages: 1 });
    const adapter = new AstraPaymentLinks(http);
    await adapter.listLinks({ offset: 0, limit: 20, status: PaymentLinkStatus.EXPIRED, payerDocument: '12345678901' });
    expect(calls[0]).toMatchObject({
      method: 'GET',
      path: 'payment-link/v1',
      options: { searchParams: { status: 3, registrationNumber: '12345678901', startDate: undefined, page: 0, size: 20 } },
    });
    await expect(adapter.listLinks({ offset: 0, limit: 20, status: PaymentLinkStatus.UNKNOWN })).rejects.toMatchObject({ code: 'NOT_SUPPORTED' });
    expect(calls).toHaveLength(1);
  });
});
