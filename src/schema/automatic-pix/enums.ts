import { registerEnumType } from 'type-graphql';
import { AutomaticPixAuthorizationStatus, AutomaticPixPaymentStatus, AutomaticPixPeriodicity } from '../../domain/automatic-pix/model';

export { AutomaticPixAuthorizationStatus, AutomaticPixPaymentStatus, AutomaticPixPeriodicity };

registerEnumType(AutomaticPixAuthorizationStatus, {
  name: 'AutomaticPixAuthorizationStatus',
  description: 'Normalized status of an Automatic Pix authorization. REJECTED, EXPIRED and CANCELLED are terminal.',
  valuesConfig: {
    PENDING: { description: 'Waiting for the payer to approve it in their bank app.' },
    APPROVED: { description: 'Approved: payments may be scheduled.' },
    REJECTED: { description: 'Refused by the payer or their institution. Terminal.' },
    EXPIRED: { description: 'Not approved in time. Terminal.' },
    CANCELLED: { description: 'Revoked by the payer after approval. Terminal.' },
    UNKNOWN: { description: 'The provider reported a status Paygraph does not know; see `providerStatus`.' },
  },
});

registerEnumType(AutomaticPixPaymentStatus, {
  name: 'AutomaticPixPaymentStatus',
  description: 'Normalized status of an Automatic Pix payment. A FAILED payment may be retried (retryAutomaticPixPayment).',
  valuesConfig: {
    SCHEDULED: { description: 'Waiting for `scheduledDate`.' },
    PAID: { description: 'Settled; `endToEndId` is set. Terminal.' },
    FAILED: { description: 'Both attempts of `scheduledDate` failed; `failureReason` says why.' },
    CANCELLED: { description: 'The authorization ended before the debit ran. Terminal.' },
    UNKNOWN: { description: 'The provider reported a status Paygraph does not know; see `providerStatus`.' },
  },
});

registerEnumType(AutomaticPixPeriodicity, {
  name: 'AutomaticPixPeriodicity',
  description: 'How often the payer expects a debit, as an ISO-8601 duration.',
  valuesConfig: {
    P1W: { description: 'Weekly.' },
    P1M: { description: 'Monthly.' },
    P3M: { description: 'Quarterly.' },
    P6M: { description: 'Every six months.' },
    P1Y: { description: 'Yearly.' },
  },
});
