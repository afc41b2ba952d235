import type { Family } from '../../family';
import { loaderKey } from '../../domain/loaders';
import { pixPayoutLoaders } from '../../domain/pix-payouts/loaders';
import { PixPayoutBatchResolver } from './pix-payout-batch.resolver';
import { PixPayoutBatchUpdatedResolver } from './pix-payout-batch-updated.resolver';
import { PIX_PAYOUT_EVENTS } from '../../domain/pix-payouts/events';
import { pixPayoutTabs } from './graphiql-tabs';
import { PixPayoutBatchPaymentObjectResolver } from './payment-object.resolver';

/** Pix payout batches (Astra Pix Checkout, ASM-A30…A35): outgoing Pix payments released together. */
export const pixPayoutsFamily: Family = {
  name: 'Pix payout batches',
  resolvers: [PixPayoutBatchResolver, PixPayoutBatchUpdatedResolver, PixPayoutBatchPaymentObjectResolver],
  createLoaders: pixPayoutLoaders,
  nodeFetchers: { PixPayoutBatch: (ctx, provider, batchId) => ctx.loaders.pixPayoutBatch.load(loaderKey(provider, batchId)) },
  eventTypes: PIX_PAYOUT_EVENTS,
  graphiqlTabs: pixPayoutTabs,
};
