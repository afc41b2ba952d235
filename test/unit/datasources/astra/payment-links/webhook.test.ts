import { paymentLinkInbound } from '../../../../../src/datasources/astra/payment-links/webhook';
import { paymentLinkFromWire } from '../../../../../src/datasources/astra/payment-links/transformers';
import type { AstraPaymentLinkWire } from '../../../../../src/datasources/astra/payment-links/wire';
import type { PaymentLinkPort } from '../../../../../src/domain/payment-links/port';
import { ProviderNotFoundError, ProviderUnavailableError } from '../../../../../src/errors/domain-errors';
import { loadFixture } from '../../../../helpers/wire-fixtures';

const wire = loadFixture<AstraPaymentLinkWire>('astra', 'asm-a26-payment-link-object').body;
const PAYMENT = { paymentId: 'astra250123160327254lnk003102r2rcZ', paymentMethod: 'PIX', paymentReceipt: 'E123', paymentDate: '2025-01-23T16:03:27.000Z', amount: 100 };
const paid = { ...wire, status: { code: 2, description: 'PAID' }, payment: PAYMENT };
const expired = { ...wire, status: { code: 3, description: 'EXPIRED' } };

/** A port whose getLink answers `answer` (a wire object or an error): the single unit under test is the product. */
function productOver(answer: AstraPaymentLinkWire | Error) {
  const port = { getLink: () => (answer instanceof Error ? Promise.reject(answer) : Promise.resolve(paymentLinkFromWire(answer))) } as unknown as PaymentLinkPort;
  return paymentLinkInbound(port);
}
const paymentDelivery = { paymentLinkUuid: wire.linkPaymentUuid, paymentId: PAYMENT.paymentId, statusCode: null };
const statusDelivery = (code: number) => ({ paymentLinkUuid: wire.linkPaymentUuid, paymentId: null, statusCode: code });

describe('PAYMENT_LINK_INBOUND confirmation: only what the re-fetched link shows is published', () => {
  test('a payment the link carries → PAYMENT_LINK_PAID with the link as subject, at the payment time', async () => {
    const result = await productOver(paid).confirm!(paymentDelivery, 'e1');
    expect(result).toMatchObject({ outcome: 'confirmed', event: { type: 'PAYMENT_LINK_PAID', occurredAt: new Date(PAYMENT.paymentDate), subject: { status: 'PAID' } } });
  });

  test.each([
    ['the link is still open', wire],
    ['the link was paid by another payment', { ...paid, payment: { ...PAYMENT, paymentId: 'astraOTHER' } }],
  ])('a payment claim is suspicious when %s', async (_case, answer) => {
    expect(await productOver(answer).confirm!(paymentDelivery, 'e1')).toMatchObject({ outcome: 'suspicious' });
  });

  test('a status update matching the link → PAYMENT_LINK_STATUS_CHANGED; one it does not have → suspicious', async () => {
    expect(await productOver(expired).confirm!(statusDelivery(3), 'e2')).toMatchObject({
      outcome: 'confirmed',
      event: { type: 'PAYMENT_LINK_STATUS_CHANGED', subject: { status: 'EXPIRED' } },
    });
    expect(await productOver(expired).confirm!(statusDelivery(4), 'e2')).toMatchObject({ outcome: 'suspicious' });
    expect(await productOver(wire).confirm!(statusDelivery(1), 'e2')).toMatchObject({ outcome: 'suspicious' });
    expect(await productOver(paid).confirm!(statusDelivery(2), 'e2')).toMatchObject({ outcome: 'suspicious' });
  });

  test('an unknown link is an unknown subject; an unavailable provider throws (the relay retries)', async () => {
    expect(await productOver(new ProviderNotFoundError('gone', { provider: 'ASTRA' })).confirm!(paymentDelivery, 'e3')).toEqual({ outcome: 'unknown-subject' });
    await expect(productOver(new ProviderUnavailableError('down', { provider: 'ASTRA' })).confirm!(paymentDelivery, 'e3')).rejects.toThrow('down');
  });

  test('a delivery with neither paymentId nor status is invalid', () => {
    expect(productOver(wire).parse({ paymentLinkUuid: 'x' })).toEqual({ ok: false, reason: 'neither paymentId nor status.code' });
  });
});
