import type { Family } from '../../family';
import { loaderKey } from '../../domain/loaders';
import { pixPayoutLoaders } from '../../domain/pix-payouts/loaders';
import { PixPayoutBatchResolver } from './pix-payout-batch.resolver';
import { PixPayoutBatchUpdatedResolver } from './pix-payout-batch-updated.resolver';
import { PixPayoutResolver } from './pix-payout.resolver';
import { PIX_PAYOUT_EVENTS } from '../../domain/pix-payouts/events';
import { pixPayoutTabs } from './graphiql-tabs';
import { PixPayoutBatchPaymentObjectResolver, PixPayoutPaymentObjectResolver } from './payment-object.resolver';

/** Pix payout batches (Astra Pix Checkout, ASM-A30…A35): outgoing Pix payments released together. */
export const pixPayoutsFamily: Family = {
  name: 'Pix payout batches',
  resolvers: [PixPayoutBatchResolver, PixPayoutBatchUpdatedResolver, PixPayoutResolver, PixPayoutBatchPaymentObjectResolver, PixPayoutPaymentObjectResolver],
  createLoaders: pixPayoutLoaders,
  nodeFetchers: {
    PixPayoutBatch: (ctx, provider, batchId) => ctx.loaders.pixPayoutBatch.load(loaderKey(provider, batchId)),
    PixPayout: (ctx, provider, payoutId) => ctx.loaders.pixPayout.load(loaderKey(provider, payoutId)),
  },
  eventTypes: PIX_PAYOUT_EVENTS,
  graphiqlTabs: pixPayoutTabs,
};
