import { astraWebhookHandler } from '../../../../src/datasources/astra/webhook-deliveries';
import { bind } from '../../../../src/domain/ports';
import { PIX_CHARGES } from '../../../../src/domain/pix-charges/port';
import { PIX_REFUNDS } from '../../../../src/domain/refunds/port';
import { PAYMENT_LINKS } from '../../../../src/domain/payment-links/port';
import { PIX_PAYOUTS } from '../../../../src/domain/pix-payouts/port';

// Parsing never calls a port: the ports only confirm. No card ports: card deliveries are not confirmable here.
const parseAstraDelivery = (body: unknown) =>
  astraWebhookHandler([bind(PIX_CHARGES, {} as never), bind(PIX_REFUNDS, {} as never), bind(PAYMENT_LINKS, {} as never), bind(PIX_PAYOUTS, {} as never)]).parse(body);

const payment = {
  txid: 'astra202412dfsdrtsdgdgdst00005Z',
  amount: 100.0,
  payer: { documentNumber: '12345678901', name: 'João Silva' },
  endToEndId: 'E12345678202401151030123456789',
  type: 'PAYMENT',
  status: 'PAID',
  paymentDate: '2024-01-15T10:30:00.000Z',
  userReference: 'order-12345',
};

describe('Astra webhook payloads (astra.md §2.3)', () => {
  test('PIX_QR_INBOUND payment: keyed by end-to-end id', () => {
    expect(parseAstraDelivery(payment)).toMatchObject({
      ok: true,
      confirmable: true,
      dedupKey: `pix:PAYMENT:${payment.endToEndId}`,
      delivery: { delivery: { kind: 'pix-payment', txid: payment.txid } },
    });
  });

  test('PIX_QR_INBOUND refund: keyed by both end-to-end ids; devolutionEndToEndId required', () => {
    const refund = { ...payment, type: 'REFUND', status: 'REFUNDED', amount: 40, devolutionEndToEndId: 'D12345678202401151030ABCDEFGHIJK' };
    expect(parseAstraDelivery(refund)).toMatchObject({
      ok: true,
      confirmable: true,
      dedupKey: `pix:REFUND:${payment.endToEndId}:${refund.devolutionEndToEndId}`,
      delivery: { delivery: { kind: 'pix-refund' } },
    });
    expect(parseAstraDelivery({ ...refund, devolutionEndToEndId: undefined })).toMatchObject({ ok: false });
  });

  test.each([
    [
      'payment link paid',
      { paymentLinkUuid: 'c1fac1de', paymentDate: '2025-01-23T16:03:27.000Z', paymentMethod: 'PIX', paymentId: 'astra250123', paymentReceipt: '457856445', amount: 100 },
      'link:astra250123',
    ],
    ['payment link status update', { paymentLinkUuid: 'c1fac1de', status: { code: 3, description: 'EXPIRED' }, updatedAt: '2025-02-02T16:03:27.000Z' }, 'link:c1fac1de:3'],
  ])('%s: parsed and keyed (ASM-A11), confirmable by the payment-links family', (_name, body, dedupKey) => {
    expect(parseAstraDelivery(body)).toEqual(expect.objectContaining({ ok: true, confirmable: true, product: 'PAYMENT_LINK_INBOUND', dedupKey }));
  });

  test.each([
    [
      'card payment',
      { transactionId: '0b6f3c1e', nsu: '457856445', status: 'APPROVED', amount: 150, paymentDate: '2025-01-15T10:30:00.000Z' },
      'CARD_PAYMENT_INBOUND',
      'card:0b6f3c1e:APPROVED',
    ],
    ['card recurring', { recurrenceId: '7d3f0a52', scheduleId: 'c0a8e4b2', status: 'PAID', amount: 49.9 }, 'CARD_RECURRING_INBOUND', 'recurring:c0a8e4b2:PAID'],
    ['card chargeback', { transactionId: '0b6f3c1e', amount: 150, chargebackDate: '2025-01-20T12:00:00.000Z', reason: 'Fraud' }, 'CARD_CHARGEBACK', 'chargeback:0b6f3c1e'],
  ])('%s: parsed and keyed (ASM-A11), acknowledged without a datasource to confirm it', (_name, body, product, dedupKey) => {
    expect(parseAstraDelivery(body)).toEqual(expect.objectContaining({ ok: true, confirmable: false, product, dedupKey }));
  });

  test('pix outbound: parsed and keyed (ASM-A15), confirmable (the payouts family re-reads the batch)', () => {
    const body = { checkoutId: 'TEST_CHECKOUT_001', paymentId: 'PAY_001', status: 'PAID', amount: 100, processedAt: '2025-01-15T10:35:03.000Z' };
    expect(parseAstraDelivery(body)).toEqual(
      expect.objectContaining({ ok: true, confirmable: true, product: 'PIX_OUTBOUND', dedupKey: 'outbound:TEST_CHECKOUT_001:PAY_001:PAID' }),
    );
  });

  test.each([
    ['not an object', '"text"'],
    ['an array', []],
    ['a Pix payload without endToEndId', { ...payment, endToEndId: undefined }],
    ['a float amount with more than 2 decimals', { ...payment, amount: 1.005 }],
    ['a negative amount', { ...payment, amount: -1 }],
    ['an unknown PIX_QR_INBOUND type', { ...payment, type: 'CHARGEBACK' }],
    ['a card payload without status', { transactionId: 'x', amount: 1 }],
  ])('%s → invalid', (_name, body) => {
    expect(parseAstraDelivery(body)).toMatchObject({ ok: false });
  });

  test('an unknown shape is an unknown product (acknowledged, never an error)', () => {
    expect(parseAstraDelivery({ somethingNew: true })).toEqual({ ok: true, confirmable: false, dedupKey: 'unknown', occurredAt: null, product: 'UNKNOWN' });
  });
});
