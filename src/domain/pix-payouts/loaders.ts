import DataLoader from 'dataloader';
import type { PortRegistry } from '../ports';
import { settleEach } from '../loaders';
import type { PixPayoutBatchRecord, PixPayoutRecord } from './model';
import { PIX_PAYOUTS } from './port';
import { findPayout } from './find-payout';

declare module '../loaders' {
  interface Loaders {
    /** Key `loaderKey(provider, batchId)`. */
    pixPayoutBatch: DataLoader<string, PixPayoutBatchRecord>;
    /** Key `loaderKey(provider, payoutProviderId(batchId, paymentId))` (payout-id.ts). */
    pixPayout: DataLoader<string, PixPayoutRecord>;
  }
}

export function pixPayoutLoaders(ports: PortRegistry) {
  return {
    pixPayoutBatch: new DataLoader<string, PixPayoutBatchRecord>((keys) => settleEach(keys, (provider, id) => ports.get(PIX_PAYOUTS, provider).getBatch(id))),
    pixPayout: new DataLoader<string, PixPayoutRecord>((keys) => settleEach(keys, (provider, id) => findPayout(ports.get(PIX_PAYOUTS, provider), id))),
  };
}
