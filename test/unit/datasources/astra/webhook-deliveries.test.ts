import { ASTRA_WEBHOOK_PRODUCTS, astraWebhookHandler, classifyAstraDelivery } from '../../../../src/datasources/astra/webhook-deliveries';
import { boundPorts } from '../../../../src/datasources/astra/webhook-product';
import { bind, type PortKey } from '../../../../src/domain/ports';
import { CARDS } from '../../../../src/domain/cards/port';
import { CARD_RECURRENCES } from '../../../../src/domain/card-recurrences/port';
import { PAYMENT_LINKS } from '../../../../src/domain/payment-links/port';
import { PIX_CHARGES } from '../../../../src/domain/pix-charges/port';
import { PIX_PAYOUTS } from '../../../../src/domain/pix-payouts/port';
import { PIX_REFUNDS } from '../../../../src/domain/refunds/port';

// Parsing and building never call a port: the ports only confirm.
const EVERY_PORT = [PIX_CHARGES, PIX_REFUNDS, PAYMENT_LINKS, PIX_PAYOUTS, CARDS, CARD_RECURRENCES].map((key: PortKey<unknown>) => bind(key, {}));

describe("Astra's webhook products, assembled from the families' lists", () => {
  test('every product Astra sends, in classification order', () => {
    expect(ASTRA_WEBHOOK_PRODUCTS.map(({ product, identifiedBy }) => [product, identifiedBy])).toEqual([
      ['PIX_QR_INBOUND', 'txid'],
      ['PAYMENT_LINK_INBOUND', 'paymentLinkUuid'],
      ['PIX_OUTBOUND', 'checkoutId'],
      ['CARD_RECURRING_INBOUND', 'scheduleId'],
      ['CARD_CHARGEBACK', 'chargebackDate'],
      ['CARD_PAYMENT_INBOUND', 'transactionId'],
    ]);
  });

  test('each declaration builds the product it names, confirmable once its ports are bound', () => {
    for (const declared of ASTRA_WEBHOOK_PRODUCTS) {
      const bound = declared.create(boundPorts(EVERY_PORT));
      expect({ product: bound.product, confirms: typeof bound.confirm }).toEqual({ product: declared.product, confirms: 'function' });
      expect(declared.create(boundPorts([])).confirm).toBeUndefined();
    }
  });

  test('a chargeback also carries transactionId: its own field decides first', () => {
    expect(classifyAstraDelivery({ transactionId: 't', chargebackDate: '2025-01-20T12:00:00.000Z' })).toBe('CARD_CHARGEBACK');
    expect(classifyAstraDelivery({ transactionId: 't', status: 'APPROVED' })).toBe('CARD_PAYMENT_INBOUND');
  });

  test('with every port bound, card deliveries are confirmable too', () => {
    const parsed = astraWebhookHandler(EVERY_PORT).parse({ transactionId: 't1', status: 'APPROVED' });
    expect(parsed).toMatchObject({ ok: true, confirmable: true, product: 'CARD_PAYMENT_INBOUND' });
  });
});
