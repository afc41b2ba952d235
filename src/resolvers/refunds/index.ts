import type { Family } from '../../family';
import { loaderKey } from '../../domain/loaders';
import { refundLoaders } from '../../domain/refunds/loaders';
import { PixChargeRefundsResolver, PixRefundResolver } from './refund.resolver';
import { REFUND_EVENTS } from '../../domain/refunds/events';
import { refundSubjectWatcher } from './watch';
import { RefundPaymentObjectResolver } from './payment-object.resolver';

/** Refunds of Pix charges (`PixRefund`, the first implementation of the `Refund` interface). */
export const refundsFamily: Family = {
  name: 'Refunds',
  resolvers: [PixRefundResolver, PixChargeRefundsResolver, RefundPaymentObjectResolver],
  createLoaders: refundLoaders,
  // Global ids of refunds say `Refund` (ids handed out before the interface existed keep working).
  nodeFetchers: { Refund: (ctx, provider, refundId) => ctx.loaders.refund.load(loaderKey(provider, refundId)) },
  // Astra sends no webhook for a failed refund (ASM-A12): requested refunds are watched until final.
  subjectWatcher: ({ ports, bus, pollers }) => refundSubjectWatcher({ ports, bus }, pollers),
  eventTypes: REFUND_EVENTS,
};
