import { registerEnumType } from 'type-graphql';
import { PixChargeStatus } from '../../domain/pix-charges/model';

export { PixChargeStatus };

registerEnumType(PixChargeStatus, {
  name: 'PixChargeStatus',
  description: 'Normalized status of a Pix charge. A terminal status (EXPIRED, CANCELLED, REFUNDED) never moves back.',
  valuesConfig: {
    ACTIVE: { description: 'Created and waiting for payment.' },
    PAID: { description: 'Paid in full; nothing refunded yet.' },
    EXPIRED: { description: 'Not paid before `expiresAt`. Terminal.' },
    CANCELLED: { description: 'Cancelled by the provider or the merchant before payment. Terminal.' },
    REFUNDED: { description: 'Paid, then refunded in full. Terminal.' },
    PARTIALLY_REFUNDED: { description: 'Paid, and part of the amount refunded.' },
    UNKNOWN: { description: 'The provider reported a status Paygraph does not know; see `providerStatus`.' },
  },
});
