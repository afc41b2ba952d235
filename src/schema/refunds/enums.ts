import { registerEnumType } from 'type-graphql';
import { RefundStatus } from '../../domain/refunds/model';

export { RefundStatus };

registerEnumType(RefundStatus, {
  name: 'RefundStatus',
  description: 'Normalized status of a refund.',
  valuesConfig: {
    PROCESSING: { description: 'Requested; the money has not moved yet.' },
    REFUNDED: { description: 'Completed: the money went back to the payer.' },
    FAILED: { description: 'Not completed; the charge keeps its amount.' },
    UNKNOWN: { description: 'The provider reported a status Paygraph does not know; see `providerStatus`.' },
  },
});
