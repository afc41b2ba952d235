import { registerEnumType } from 'type-graphql';
import { PaymentLinkPaymentMethod, PaymentLinkStatus } from '../../domain/payment-links/model';

export { PaymentLinkPaymentMethod, PaymentLinkStatus };

registerEnumType(PaymentLinkStatus, {
  name: 'PaymentLinkStatus',
  description: 'Normalized status of a payment link. Every status but CREATED is terminal.',
  valuesConfig: {
    CREATED: { description: 'Open: the payer can pay it.' },
    PAID: { description: 'Paid by Pix or card; see `payment`. Terminal.' },
    EXPIRED: { description: 'Not paid before `expiresAt`. Terminal.' },
    CANCELLED: { description: 'Cancelled by the merchant (Astra: in the Backoffice portal). Terminal.' },
    UNKNOWN: { description: 'The provider reported a status Paygraph does not know; see `providerStatus`.' },
  },
});

registerEnumType(PaymentLinkPaymentMethod, {
  name: 'PaymentLinkPaymentMethod',
  description: 'How a payment link was paid.',
  valuesConfig: {
    PIX: { description: 'Pix; the receipt is the end-to-end id.' },
    CREDIT_CARD: { description: 'Credit card, possibly in installments; the receipt is the NSU.' },
    UNKNOWN: { description: 'A method Paygraph does not know; see `providerMethod`.' },
  },
});
